import type { ProviderRules } from './types';

export const yahoo: ProviderRules = {
  id: 'yahoo',
  source: 'Y-ERR (senders.yahooinc.com/smtp-error-codes); Y-LOGS; SIS-Y',
  hostSuffixes: ['yahoodns.net', 'yahoo.com', 'yahoo.co.jp', 'aol.com', 'aol.jp', 'yahoo.net'],
  textMarkers: ['yahoo', '[tss', '[ts0', '[bl2', 'aol'],
  rows: [
    ['421', '4.7.0', '[tss04]', 'speeding'],
    [null, null, 'temporarily deferred due to unexpected volume', 'speeding'],
    [null, null, '[bl21]', 'blocked'],
    [null, null, '[bl22]', 'blocked'],
    [null, null, '[bl23]', 'blocked'],
    [null, null, '[tss09]', 'blocked'],
    [null, null, '[tss11]', 'blocked'],
    [null, null, '[ts03]', 'blocked'],
    [null, '5.7.9', 'authenticate', 'authfailure'],
    [null, '5.7.9', 'policy reasons', 'policyviolation'],
    [null, null, '[ph01]', 'policyviolation'],
    [null, null, 'unresolvable rfc.5321', 'rejected'],
    ['554', null, 'this user doesn\'t have', 'userunknown'],
    ['554', null, 'is no longer valid', 'suspend'],
    ['554', null, 'mailbox is disabled', 'suspend'],
    ['552', null, 'mailbox not found', 'userunknown'],
    ['450', null, 'receiving mail too quickly', 'speeding'],
    ['421', null, 'max message per connection', 'toomanyconn'],
  ],
};
