import type { ProviderRules } from './types';

export const apple: ProviderRules = {
  id: 'apple',
  source: 'APPLE (support.apple.com/102322); SIS-APPLE',
  hostSuffixes: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
  textMarkers: ['icloud', '[hme1]', '[cs01]', 'support.apple.com'],
  rows: [
    [null, '5.7.1', 'dmarc policy', 'authfailure'],
    [null, null, '[hme1]', 'authfailure'],
    [null, null, '[cs01]', 'policyviolation'],
    [null, null, 'proofpoint', 'blocked'],
    [null, null, 'user inactive', 'suspend'],
  ],
};
