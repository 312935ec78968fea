import type { ProviderRules } from './types';

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
    [null, null, 'security policies', 'spamdetected'],
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

export const franceptt: ProviderRules = {
  id: 'franceptt',
  source: 'SIS-OR (sisimai/go-sisimai rhost/for-franceptt.go)',
  hostSuffixes: ['orange.fr', 'wanadoo.fr', 'laposte.net'],
  textMarkers: ['orange.fr', 'wanadoo', 'laposte'],
  rows: [
    [null, null, 'ofr_506', 'blocked'],
    [null, null, 'ofr_999', 'blocked'],
    [null, null, 'ofr_507', 'blocked'],
    [null, null, 'lpn105', 'blocked'],
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
