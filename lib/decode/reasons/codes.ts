import type { Reason } from '../types';

/**
 * Fallback reasons for bare codes, used only when no phrase names the reason.
 * Meanings from the IANA enhanced status registry and RFC 5321 (codes.md §1, keys IANA, RFC5321, RFC-EXT).
 * Keys starting with "x" apply to both 4.x.x and 5.x.x.
 */
export const STATUS_REASONS: Readonly<Record<string, Reason>> = {
  'x.1.0': 'userunknown', 'x.1.1': 'userunknown', 'x.1.2': 'hostunknown', 'x.1.3': 'userunknown', 'x.1.4': 'userunknown',
  'x.1.5': 'userunknown', 'x.1.6': 'hasmoved', 'x.1.7': 'rejected', 'x.1.8': 'rejected', 'x.1.9': 'userunknown',
  'x.1.10': 'userunknown', 'x.2.0': 'filtered', 'x.2.1': 'suspend', 'x.2.2': 'mailboxfull', 'x.2.3': 'exceedlimit',
  'x.2.4': 'systemerror', 'x.3.0': 'systemerror', 'x.3.1': 'systemfull', 'x.3.2': 'notaccept', 'x.3.3': 'contenterror',
  'x.3.4': 'mesgtoobig', 'x.3.5': 'systemerror', 'x.4.0': 'networkerror', 'x.4.1': 'networkerror', 'x.4.2': 'networkerror',
  'x.4.3': 'systemerror', 'x.4.4': 'hostunknown', 'x.4.5': 'systemfull', 'x.4.6': 'networkerror', 'x.4.7': 'expired',
  'x.5.0': 'syntaxerror', 'x.5.1': 'syntaxerror', 'x.5.2': 'syntaxerror', 'x.5.3': 'exceedlimit', 'x.5.4': 'syntaxerror',
  'x.5.5': 'syntaxerror', 'x.6.0': 'contenterror', 'x.6.1': 'contenterror', 'x.6.2': 'contenterror', 'x.6.3': 'contenterror',
  'x.6.4': 'contenterror', 'x.6.5': 'contenterror', 'x.7.0': 'securityerror', 'x.7.1': 'policyviolation',
  'x.7.2': 'policyviolation', 'x.7.3': 'securityerror', 'x.7.4': 'securityerror', 'x.7.5': 'securityerror',
  'x.7.6': 'securityerror', 'x.7.7': 'securityerror', 'x.7.8': 'securityerror', 'x.7.9': 'securityerror',
  'x.7.10': 'securityerror', 'x.7.11': 'securityerror', 'x.7.12': 'securityerror', 'x.7.13': 'suspend',
  'x.7.14': 'securityerror', 'x.7.15': 'securityerror', 'x.7.16': 'securityerror', 'x.7.17': 'suspend',
  'x.7.18': 'suspend', 'x.7.19': 'suspend', 'x.7.20': 'authfailure', 'x.7.21': 'authfailure', 'x.7.22': 'authfailure',
  'x.7.23': 'authfailure', 'x.7.24': 'authfailure', 'x.7.25': 'requireptr', 'x.7.26': 'authfailure',
  'x.7.27': 'notaccept', 'x.7.28': 'speeding', 'x.7.29': 'authfailure', 'x.7.30': 'securityerror',
  '5.2.0': 'filtered',
};

/** Fallback reasons for bare reply codes (RFC5321, RFC-EXT). */
export const REPLY_REASONS: Readonly<Record<string, Reason>> = {
  '421': 'systemerror', '450': 'systemerror', '451': 'systemerror', '452': 'systemfull', '454': 'securityerror',
  '500': 'syntaxerror', '501': 'syntaxerror', '502': 'syntaxerror', '503': 'syntaxerror', '504': 'syntaxerror',
  '521': 'notaccept', '523': 'mesgtoobig', '525': 'suspend', '530': 'securityerror', '534': 'securityerror',
  '535': 'securityerror', '538': 'securityerror', '550': 'onhold', '551': 'hasmoved', '552': 'mailboxfull',
  '553': 'userunknown', '554': 'onhold', '556': 'notaccept',
};
