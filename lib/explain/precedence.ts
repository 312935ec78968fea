/**
 * Which rule explains a failure, in one place.
 *
 * Order, strongest first:
 *   3. wording  – a rule whose phrases appear in the server's words (provider wording), or that names the
 *                 feedback type a complaint report declares;
 *   2. status   – a rule keyed on the enhanced status code (x.y.z);
 *   1. reply    – a rule keyed on the three-digit reply code;
 *   0. reason   – a rule keyed on the decoder's reason alone.
 * A rule's tier is set by the strongest kind of evidence it asks for; every part of a rule's
 * match must hold. Inside a tier a rule can name rules it overrides (`beats`, for a specific state
 * inside a general wording); otherwise the rule with more (and longer) evidence wins; ties keep table order.
 * When the winning rule comes from wording and the code says something of a different kind
 * (e.g. "rate limit exceeded" sent as 5.1.1), the words win and a conflict note says so.
 */
import type { Reason } from '../decode/types';
import { lookupStatusRow, lookupReplyRow } from './codes/lookup';
import type { RuleDef, Topic } from './types';

export const TIER = { wording: 3, status: 2, replyCode: 1, reason: 0 } as const;
export type Tier = (typeof TIER)[keyof typeof TIER];

export interface MatchInput {
  /** Lower-cased, whitespace-folded, capped diagnostic text. */
  text: string;
  status: string | null;
  replyCode: string | null;
  reason: Reason | null;
  host: string | null;
  /** A complaint report's feedback type, lower-case ("abuse", "auth-failure"...). */
  feedbackType: string | null;
}

export interface RuleHit {
  rule: RuleDef;
  tier: Tier;
  score: number;
}

export function tierOf(rule: RuleDef): Tier {
  const m = rule.match;
  // A complaint report's declared type is its own words about what it is.
  if (m.phrases || m.host || m.feedbackType) return TIER.wording;
  if (m.status) return TIER.status;
  if (m.replyCode) return TIER.replyCode;
  return TIER.reason;
}

/** Exact code, or prefix when the pattern ends with a dot ("5.7." matches 5.7.26). */
export function statusMatches(pattern: string, status: string): boolean {
  return pattern.endsWith('.') ? status.startsWith(pattern) : status === pattern;
}

function hostMatches(suffix: string, input: MatchInput): boolean {
  const host = input.host?.toLowerCase();
  if (host && (host === suffix || host.endsWith(`.${suffix}`))) return true;
  return input.text.includes(suffix);
}

/** Scores one rule against the facts, or null when any part of its match fails. */
export function matchRule(rule: RuleDef, input: MatchInput): RuleHit | null {
  const m = rule.match;
  let score = 0;
  if (m.phrases) {
    let longest = 0;
    for (const phrase of m.phrases) if (phrase.length > longest && input.text.includes(phrase)) longest = phrase.length;
    if (!longest) return null;
    score += Math.min(longest, 80);
  }
  if (m.host) {
    if (!m.host.some((h) => hostMatches(h, input))) return null;
    score += 25;
  }
  if (m.status) {
    const status = input.status;
    if (!status) return null;
    let best = -1;
    for (const p of m.status) if (statusMatches(p, status)) best = Math.max(best, p.endsWith('.') ? p.length : 40);
    if (best < 0) return null;
    score += best;
  }
  if (m.replyCode) {
    if (!input.replyCode || !m.replyCode.includes(input.replyCode)) return null;
    score += 15;
  }
  if (m.reason) {
    if (!input.reason || !m.reason.includes(input.reason)) return null;
    score += 10;
  }
  if (m.feedbackType) {
    if (!input.feedbackType || !m.feedbackType.includes(input.feedbackType)) return null;
    // Above any phrase score: the report says what it is; its text only describes the reported message.
    score += 100;
  }
  if (rule.codes && codesAgree(rule, input)) score += 10;
  return { rule, tier: tierOf(rule), score };
}

/**
 * The best rule for the facts: higher tier first; inside the tier, rules named in another
 * matching rule's `beats` drop out; then higher score, then table order.
 */
export function selectRule(rules: readonly RuleDef[], input: MatchInput): RuleHit | null {
  const hits: RuleHit[] = [];
  let topTier = -1;
  for (const rule of rules) {
    const hit = matchRule(rule, input);
    if (!hit) continue;
    hits.push(hit);
    if (hit.tier > topTier) topTier = hit.tier;
  }
  const top = hits.filter((h) => h.tier === topTier);
  const beaten = new Set<string>();
  for (const h of top) for (const id of h.rule.beats ?? []) beaten.add(id);
  let best: RuleHit | null = null;
  for (const h of top) {
    if (beaten.has(h.rule.id)) continue;
    if (!best || h.score > best.score) best = h;
  }
  return best;
}

function codesAgree(rule: RuleDef, input: MatchInput): boolean {
  const listed = [...(rule.codes ?? []), ...(rule.match.status ?? []), ...(rule.match.replyCode ?? [])];
  for (const code of listed) {
    if (input.status && code.includes('.') && statusMatches(code, input.status)) return true;
    if (input.replyCode && !code.includes('.') && code === input.replyCode) return true;
  }
  return false;
}

// Topics that often travel together (a quota sent as a mailbox code, a block list sent as a
// rate code...). Only pairs outside this list count as the text and code disagreeing.
const RELATED: Record<Topic, readonly Topic[]> = {
  address: ['suppressed', 'mailbox', 'policy'],
  mailbox: ['size', 'rate', 'account', 'system'],
  size: ['content', 'system'],
  rate: ['reputation', 'account', 'system', 'policy', 'network'],
  auth: ['account', 'sender', 'network', 'policy'],
  sender: ['reputation', 'policy', 'network', 'content'],
  reputation: ['content', 'policy', 'account', 'network'],
  content: ['policy'],
  network: ['system', 'protocol'],
  system: ['protocol', 'account'],
  protocol: ['address', 'content', 'sender'],
  account: ['policy', 'sender'],
  policy: ['suppressed'],
  suppressed: [],
  delivered: [],
  other: [],
};
/** Code topics too broad to contradict any wording. */
const BROAD: readonly Topic[] = ['other', 'policy', 'system', 'delivered'];

export function topicsRelated(a: Topic, b: Topic): boolean {
  return a === b || RELATED[a].includes(b) || RELATED[b].includes(a);
}

const TOPIC_WORDS: Record<Topic, string> = {
  address: 'a wrong or unknown address',
  mailbox: 'a problem with the recipient\'s mailbox',
  size: 'a message that is too big',
  rate: 'sending too much or too fast',
  auth: 'a sign-in problem',
  sender: 'your sender setup (domain or DNS records)',
  reputation: 'your sending reputation or a block list',
  content: 'the message content',
  network: 'a connection or routing problem',
  system: 'a fault on a mail server',
  protocol: 'how the mail program talks to the server',
  account: 'the state of your sending account',
  policy: 'a policy of the receiving side',
  suppressed: 'an address on a do-not-send list',
  delivered: 'a successful delivery',
  other: 'something else',
};

/** Plain note when the chosen wording rule and the code point at different kinds of problem. */
export function findConflict(hit: RuleHit, input: MatchInput): string | undefined {
  if (hit.tier !== TIER.wording) return undefined;
  if (codesAgree(hit.rule, input)) return undefined;
  const statusRow = input.status ? lookupStatusRow(input.status) : undefined;
  const replyRow = input.replyCode ? lookupReplyRow(input.replyCode) : undefined;
  const row = statusRow && !BROAD.includes(statusRow.topic) ? statusRow : !statusRow && replyRow && !BROAD.includes(replyRow.topic) ? replyRow : undefined;
  if (!row || topicsRelated(row.topic, hit.rule.topic)) return undefined;
  const code = row === statusRow ? input.status : input.replyCode;
  return `The code ${code} usually points to ${TOPIC_WORDS[row.topic]}, but the server's words point to ${TOPIC_WORDS[hit.rule.topic]}. The words are more specific, so this explanation follows them.`;
}
