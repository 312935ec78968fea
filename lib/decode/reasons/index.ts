import type { Reason } from '../types';
import { REASON_PHRASES, STRONG_PHRASES, WEAK_PHRASES, type PhraseReason, type PhraseTable } from './phrases';
import { STATUS_REASONS, REPLY_REASONS } from './codes';
import { matchProviderRule } from '../providers';
import { PhraseSet } from '../../text/phrase-set';

/**
 * The one precedence list: when a diagnostic names several reasons, the first one here wins.
 * Rate limits and authentication come first because servers often send them with a misleading
 * 5.1.x code; a bare code is only consulted when no phrase matches (text beats code).
 */
export const REASON_PRECEDENCE: readonly PhraseReason[] = [
  'suppressed', 'speeding', 'toomanyconn', 'authfailure', 'virusdetected', 'hostunknown', 'hasmoved', 'mailboxfull',
  'mesgtoobig', 'exceedlimit', 'systemfull', 'notaccept', 'userunknown', 'suspend', 'requireptr', 'norelaying',
  'badreputation', 'blocked', 'spamdetected', 'rejected', 'failedstarttls', 'securityerror', 'notcompliantrfc',
  'policyviolation', 'filtered', 'contenterror', 'syntaxerror', 'expired', 'networkerror', 'mailererror',
  'systemerror', 'onhold',
];

function phrasesOf(table: PhraseTable): string[] {
  const out: string[] = [];
  for (const list of Object.values(table)) if (list) out.push(...list);
  return out;
}

const FLAT_PHRASES: ReadonlyArray<readonly [PhraseReason, readonly string[]]> = REASON_PRECEDENCE.map(
  (r) => [r, phrasesOf(REASON_PHRASES[r] as PhraseTable)] as const,
);

/** A reason table as one PhraseSet: the phrase found with the lowest index names the reason listed first. */
class ReasonMatcher {
  private set: PhraseSet | null = null;
  private reasons: Reason[] = [];
  constructor(private readonly table: ReadonlyArray<readonly [Reason, readonly string[]]>) {}
  /** The first reason of the table (in table order) with a phrase in `low`, or null. */
  firstIn(low: string): Reason | null {
    if (!this.set) {
      const phrases: string[] = [];
      for (const [reason, list] of this.table) for (const p of list) {
        phrases.push(p);
        this.reasons.push(reason);
      }
      this.set = new PhraseSet(phrases);
    }
    const at = this.set.firstListedIn(low);
    return at === -1 ? null : this.reasons[at];
  }
}

/** Strong phrases first, then the flat list: one pass finds the strong reason if any, else the first flat one. */
const STRONG_THEN_FLAT = new ReasonMatcher([...STRONG_PHRASES, ...FLAT_PHRASES]);
const WEAK = new ReasonMatcher(WEAK_PHRASES);

export function capLower(text: string): string {
  return (text.length > 4096 ? text.slice(0, 4096) : text).toLowerCase();
}

/** The reason named by the text alone, or null. Input is capped; every phrase is looked for in one pass. */
export function reasonFromText(text: string): Reason | null {
  return text ? reasonFromLowerText(capLower(text)) : null;
}

/** Same as reasonFromText, for text the caller has already lower-cased (and capped). */
export function reasonFromLowerText(low: string): Reason | null {
  if (!low) return null;
  return STRONG_THEN_FLAT.firstIn(low);
}

export function reasonFromWeakText(text: string): Reason | null {
  return text ? WEAK.firstIn(capLower(text)) : null;
}

export function reasonFromWeakLowerText(low: string): Reason | null {
  return low ? WEAK.firstIn(low) : null;
}

/** Codes precise enough to beat phrases found only in the text around the server's reply. */
const STRONG_STATUS: Readonly<Record<string, Reason>> = {
  'x.1.7': 'rejected', 'x.1.8': 'rejected', 'x.2.2': 'mailboxfull', 'x.4.7': 'expired', 'x.7.26': 'authfailure',
  'x.7.25': 'requireptr', 'x.1.6': 'hasmoved', 'x.3.4': 'mesgtoobig', 'x.7.13': 'suspend', 'x.7.27': 'notaccept',
};

export function reasonFromStrongStatus(status: string | null): Reason | null {
  return status ? STRONG_STATUS[`x${status.slice(1)}`] ?? null : null;
}

export function reasonFromStatus(status: string | null): Reason | null {
  if (!status) return null;
  const exact = STATUS_REASONS[status];
  if (exact) return exact;
  const generic = STATUS_REASONS[`x${status.slice(1)}`];
  return generic ?? null;
}

export function reasonFromReply(reply: string | null): Reason | null {
  return reply ? REPLY_REASONS[reply] ?? null : null;
}

/**
 * Best reason for one diagnostic: provider rules (exact provider wording), then phrases,
 * then the enhanced status code, then the reply code. Never throws.
 */
export function classifyReason(text: string, status: string | null, replyCode: string | null, remoteHost?: string | null): Reason {
  try {
    const provider = matchProviderRule(text ?? '', status, replyCode, remoteHost ?? null);
    if (provider) return provider.reason;
    const fromText = reasonFromText(text ?? '');
    if (fromText) return fromText;
    return reasonFromStatus(status) ?? reasonFromReply(replyCode) ?? reasonFromWeakText(text ?? '') ?? 'undefined';
  } catch {
    return 'undefined';
  }
}

const HARD_REASONS: ReadonlySet<Reason> = new Set(['userunknown', 'hostunknown', 'hasmoved']);

/** Hard bounce: the address itself is dead. notaccept counts only when the failure is permanent. */
export function isHardBounce(reason: Reason, status: string | null, replyCode: string | null): boolean {
  if (HARD_REASONS.has(reason)) return true;
  if (reason === 'notaccept') {
    const cls = status?.[0] ?? replyCode?.[0] ?? '5';
    return cls === '5';
  }
  return false;
}
