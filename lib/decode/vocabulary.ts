/*
 * Plain constants, free of zod, so the extension's bundles can use them without carrying the schema
 * library; ./types builds the schemas from them.
 */
/** Sisimai's reason vocabulary, kept so results compare across tools. */
export const REASONS = [
  'userunknown', 'hostunknown', 'hasmoved', 'mailboxfull', 'suspend', 'notaccept', 'systemfull',
  'mesgtoobig', 'exceedlimit', 'filtered', 'spamdetected', 'virusdetected', 'contenterror',
  'notcompliantrfc', 'securityerror', 'failedstarttls', 'policyviolation', 'blocked', 'badreputation',
  'requireptr', 'authfailure', 'rejected', 'norelaying', 'speeding', 'toomanyconn', 'networkerror',
  'expired', 'systemerror', 'mailererror', 'syntaxerror', 'suppressed', 'onhold', 'undefined',
  'delivered', 'vacation', 'feedback',
] as const;
