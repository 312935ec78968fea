import type { Reason } from '../types';

/** One provider rule: [replyCode|null, status|null, lower-case phrase, reason]; null means "any". */
export type ProviderRow = readonly [replyCode: string | null, status: string | null, phrase: string, reason: Reason];

export interface ProviderRules {
  id: string;
  /** Where the rows come from (codes.md §0 keys or URLs). */
  source: string;
  /** Remote host suffixes that identify this provider. */
  hostSuffixes: readonly string[];
  /** Lower-case tokens in a diagnostic that identify this provider when the host is unknown. */
  textMarkers: readonly string[];
  rows: readonly ProviderRow[];
  /** Provider's own numbered error codes in the text (e.g. Orange "OFR_506"), checked before rows. */
  codeReason?: (textLower: string) => Reason | null;
}
