import type { Reason } from '../types';
import { PhraseSet } from '../../text/phrase-set';
import type { ProviderRules } from './types';
import { google } from './google';
import { microsoft } from './microsoft';
import { yahoo } from './yahoo';
import { apple } from './apple';
import { mimecast, godaddy, franceptt, gmx, spectrum, zoho } from './others';

export type { ProviderRules, ProviderRow } from './types';

export const PROVIDERS: readonly ProviderRules[] = [google, microsoft, yahoo, apple, mimecast, godaddy, franceptt, gmx, spectrum, zoho];

/** Host suffix → the first provider (in PROVIDERS order) that lists it. */
const BY_HOST_SUFFIX = new Map<string, number>();
PROVIDERS.forEach((p, i) => {
  for (const s of p.hostSuffixes) if (!BY_HOST_SUFFIX.has(s)) BY_HOST_SUFFIX.set(s, i);
});

/** The provider whose host suffix the host is or ends in (".suffix"); the earliest listed wins. */
function providerOfHost(host: string): ProviderRules | null {
  let best = -1;
  let at = 0;
  for (;;) {
    const i = BY_HOST_SUFFIX.get(host.slice(at));
    if (i !== undefined && (best === -1 || i < best)) best = i;
    const dot = host.indexOf('.', at);
    if (dot === -1) break;
    at = dot + 1;
  }
  return best === -1 ? null : PROVIDERS[best];
}

/** Every provider's tell-tale tokens, to skip the per-provider search in the common case of none. */
const ANY_MARKER = new PhraseSet(PROVIDERS.flatMap((p) => p.textMarkers));

/** Which provider produced this diagnostic: by remote host first, then by tell-tale tokens. */
export function findProvider(textLower: string, remoteHost: string | null): ProviderRules | null {
  const host = remoteHost?.toLowerCase() ?? '';
  const byHost = host ? providerOfHost(host) : null;
  if (byHost) return byHost;
  if (!ANY_MARKER.anyIn(textLower)) return null;
  for (const p of PROVIDERS) for (const m of p.textMarkers) if (textLower.includes(m)) return p;
  return null;
}

export function matchProviderRule(
  text: string,
  status: string | null,
  replyCode: string | null,
  remoteHost: string | null,
): { provider: string; reason: Reason; source: string } | null {
  return matchProviderRuleLower((text.length > 4096 ? text.slice(0, 4096) : text).toLowerCase(), status, replyCode, remoteHost);
}

/** Same as matchProviderRule, for text the caller has already lower-cased and capped. */
export function matchProviderRuleLower(
  low: string,
  status: string | null,
  replyCode: string | null,
  remoteHost: string | null,
): { provider: string; reason: Reason; source: string } | null {
  const provider = findProvider(low, remoteHost);
  if (!provider) return null;
  const coded = provider.codeReason?.(low) ?? null;
  if (coded) return { provider: provider.id, reason: coded, source: provider.source };
  for (const [reply, st, phrase, reason] of provider.rows) {
    if (reply && reply !== replyCode) continue;
    if (st && st !== status) continue;
    if (!reply && !st && !phrase) continue;
    if (phrase && !low.includes(phrase)) continue;
    return { provider: provider.id, reason, source: provider.source };
  }
  return null;
}
