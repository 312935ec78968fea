import type { Reason } from '../types';
import type { ProviderRules } from './types';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Digits at the end of the token that starts at `from` (up to the next space or bracket), at most 12 characters on. */
function trailingDigitsOfToken(text: string, from: number): string {
  let end = from;
  while (end < text.length && end - from < 12 && text[end] !== ' ' && text[end] !== '[' && text[end] !== '(' && text[end] !== ')') end++;
  let start = end;
  while (start > from && isDigit(text[start - 1])) start--;
  return text.slice(start, end);
}

export const mimecast: ProviderRules = {
  id: 'mimecast',
  source: 'SIS-MIME (sisimai/go-sisimai rhost/for-mimecast.go)',
  hostSuffixes: ['mimecast.com'],
  textMarkers: ['mimecast'],
  rows: [
    [null, null, 'anti-spoofing', 'policyviolation'],
    [null, null, 'envelope blocked', 'filtered'],
    [null, null, 'internal resources are temporarily unavailable', 'blocked'],
    [null, null, 'sender invalid', 'authfailure'],
    [null, null, 'ip reputation', 'badreputation'],
    [null, null, 'this route requires', 'securityerror'],
    [null, null, 'maximum email size exceeded', 'mesgtoobig'],
    // "A signature was detected that could either be a virus, or a spam score over the maximum threshold" (SIS-MIME).
    [null, null, 'rejected due to security policies', 'virusdetected'],
  ],
};

export const godaddy: ProviderRules = {
  id: 'godaddy',
  source: 'SIS-GD (sisimai/go-sisimai rhost/for-godaddy.go)',
  hostSuffixes: ['secureserver.net'],
  textMarkers: ['secureserver.net'],
  rows: [
    [null, null, 'ib112', 'toomanyconn'],
    [null, null, 'ib113', 'toomanyconn'],
    [null, null, 'ib212', 'speeding'],
    [null, null, 'ib401', 'blocked'],
    [null, null, 'ib501', 'blocked'],
    [null, null, 'ib502', 'blocked'],
    [null, null, 'ib504', 'blocked'],
  ],
};

/**
 * Orange / La Poste label codes ("OFR_416", "OFR005_505", "LPN007_416"): the last three digits name the
 * case (SIS-OR; postmastery.com/orange-postmaster-smtp-error-codes-ofr/).
 */
const ORANGE_CODES: Readonly<Record<string, Reason>> = {
  '101': 'blocked', '102': 'blocked', '103': 'blocked', '104': 'toomanyconn', '305': 'securityerror', '401': 'authfailure',
  '402': 'securityerror', '403': 'rejected', '405': 'rejected', '415': 'rejected', '416': 'userunknown', '417': 'mailboxfull',
  '420': 'suspend', '421': 'rejected', '426': 'suspend', '505': 'systemerror', '506': 'spamdetected', '510': 'blocked',
  '514': 'mesgtoobig', '517': 'authfailure', '630': 'policyviolation', '999': 'blocked',
};

function orangeCode(textLower: string): Reason | null {
  for (const label of ['lpn', 'ofr', 'ouk']) {
    for (let at = textLower.indexOf(label); at !== -1; at = textLower.indexOf(label, at + label.length)) {
      const digits = trailingDigitsOfToken(textLower, at);
      if (digits.length >= 3) return ORANGE_CODES[digits.slice(-3)] ?? null;
    }
  }
  return null;
}

export const franceptt: ProviderRules = {
  id: 'franceptt',
  source: 'SIS-OR (sisimai/go-sisimai rhost/for-franceptt.go)',
  hostSuffixes: ['orange.fr', 'wanadoo.fr', 'laposte.net'],
  textMarkers: ['orange.fr', 'wanadoo', 'laposte'],
  codeReason: orangeCode,
  rows: [
    [null, null, 'boite du destinataire archivee', 'suspend'],
    [null, null, 'adresse d au moins un destinataire invalide', 'userunknown'],
    [null, null, 'boite du destinataire pleine', 'mailboxfull'],
    [null, null, 'service refuse', 'blocked'],
  ],
};

export const gmx: ProviderRules = {
  id: 'gmx',
  source: 'GMX (postmaster.gmx.com/en/error-messages)',
  hostSuffixes: ['gmx.net', 'gmx.de', 'gmx.com', 'web.de', 'kundenserver.de'],
  textMarkers: ['gmx', 'web.de'],
  rows: [
    [null, null, 'mailbox quota exceeded', 'mailboxfull'],
    [null, null, 'requested action aborted: local error', 'systemerror'],
  ],
};

/**
 * Spectrum (Charter) "AUP#In-1310" / "AUP#Out-1310": the four digits name the case.
 * Source: spectrumbusiness.net/support/internet/understanding-email-error-codes (restated in go-sisimai rhost/for-spectrum.go).
 */
const SPECTRUM_RANGES: ReadonlyArray<readonly [number, number, Reason]> = [
  [1000, 1000, 'blocked'], [1010, 1010, 'rejected'], [1020, 1080, 'rejected'], [1090, 1090, 'systemerror'],
  [1100, 1150, 'requireptr'], [1160, 1190, 'policyviolation'], [1200, 1250, 'blocked'], [1260, 1260, 'networkerror'],
  [1300, 1340, 'toomanyconn'], [1350, 1490, 'speeding'], [1500, 1500, 'rejected'], [1520, 1520, 'rejected'], [1530, 1530, 'mesgtoobig'],
  [1540, 1550, 'speeding'], [1560, 1560, 'policyviolation'], [1580, 1580, 'speeding'],
];

function spectrumCode(textLower: string): Reason | null {
  const at = textLower.indexOf('aup#');
  if (at === -1) return null;
  const digits = trailingDigitsOfToken(textLower, at);
  if (digits.length !== 4) return null;
  const n = Number(digits);
  for (const [lo, hi, reason] of SPECTRUM_RANGES) if (n >= lo && n <= hi) return reason;
  return null;
}

export const spectrum: ProviderRules = {
  id: 'spectrum',
  source: 'https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes',
  hostSuffixes: ['charter.net', 'spectrum.net', 'rr.com'],
  textMarkers: ['spectrum.net', 'charter.net'],
  codeReason: spectrumCode,
  rows: [],
};

/** Zoho Mail's own reply texts, as collected in go-sisimai rhost/for-zoho.go (with ZOHO in codes.md §0). */
export const zoho: ProviderRules = {
  id: 'zoho',
  source: 'ZOHO; https://github.com/sisimai/go-sisimai/blob/main/rhost/for-zoho.go',
  hostSuffixes: ['zoho.com', 'zohomail.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp'],
  textMarkers: ['zoho mail', 'zoho.com'],
  rows: [
    [null, null, 'email rejected per dmarc policy', 'authfailure'],
    [null, null, 'mail rejected by destination domain', 'rejected'],
    [null, null, 'email policy violation detected', 'policyviolation'],
    [null, null, 'mailbox delivery restricted by policy', 'policyviolation'],
    [null, null, 'temporary system error', 'systemerror'],
    [null, null, 'user does not exist', 'userunknown'],
    [null, null, 'detected by zoho mail', 'virusdetected'],
  ],
};
