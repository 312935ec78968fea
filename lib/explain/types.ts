import { z } from 'zod';
import { ReasonSchema, ReplyCodeSchema, StatusCodeSchema } from '../decode/types';
import type { Reason } from '../decode/types';
import { SENDING_SERVICES, SENDING_SERVICE_NAMES } from './sending-services';

/** Who has to act. 'you' = the sender's own setup, content, credentials or list;
 * 'your-provider' = the sending service's limits, plan or account state. */
export const SIDES = ['you', 'your-provider', 'recipient', 'recipient-server', 'network', 'unknown'] as const;
export const SideSchema = z.enum(SIDES);
export type Side = z.infer<typeof SideSchema>;

export const RetryAdviceSchema = z.enum(['no', 'later', 'after-fix']);
export type RetryAdvice = z.infer<typeof RetryAdviceSchema>;

export const RetrySchema = z.object({
  advice: RetryAdviceSchema,
  /** Plain wording such as "in 15 minutes" or "after 24 hours". */
  when: z.string().min(1).optional(),
});
export type Retry = z.infer<typeof RetrySchema>;

export const CodeMeaningSchema = z.object({ code: z.string(), meaning: z.string().min(1) });

export const ExplanationSchema = z.object({
  rule: z.string().min(1),
  title: z.string().min(1).max(60),
  summary: z.string().min(1).max(400),
  side: SideSchema,
  retry: RetrySchema,
  steps: z.array(z.string().min(1)),
  details: z.object({
    replyCode: CodeMeaningSchema.optional(),
    status: CodeMeaningSchema.optional(),
  }),
  fallback: z.boolean(),
  conflict: z.string().min(1).optional(),
  sources: z.array(z.string().min(1)),
});
export type Explanation = z.infer<typeof ExplanationSchema>;

// The list itself lives in ./sending-services (zod-free, for small content-script bundles).
export { SENDING_SERVICES, SENDING_SERVICE_NAMES };
export const SendingServiceSchema = z.enum(SENDING_SERVICES);
export type SendingService = z.infer<typeof SendingServiceSchema>;

/** What a failure is about; used to notice when the words and the code tell different stories. */
export const TOPICS = [
  'address', 'mailbox', 'size', 'rate', 'auth', 'sender', 'reputation', 'content', 'network',
  'system', 'protocol', 'account', 'policy', 'suppressed', 'delivered', 'other',
] as const;
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;

export const PROVIDERS = [
  'seed', 'google', 'microsoft', 'yahoo-aol', 'icloud', 'zoho', 'gmx-webde', 'mailru', 'amazon-ses',
  'sendgrid', 'mailgun', 'postmark', 'orange-laposte', 'godaddy', 'blocklists', 'generic', 'reason',
] as const;
export const ProviderSchema = z.enum(PROVIDERS);
export type Provider = z.infer<typeof ProviderSchema>;

/** A status pattern: an exact code (5.7.1) or a prefix ending in a dot (5.7.). */
const StatusPatternSchema = z.string().regex(/^[245](\.\d{1,3}){0,2}\.?$/);

export const RuleMatchSchema = z
  .object({
    /** Lower-case substrings, matched with includes() on the lower-cased, whitespace-folded text. */
    phrases: z.array(z.string().min(3).refine((p) => p === p.toLowerCase(), 'phrase must be lower-case')).min(1).optional(),
    status: z.array(StatusPatternSchema).min(1).optional(),
    replyCode: z.array(ReplyCodeSchema).min(1).optional(),
    reason: z.array(ReasonSchema).min(1).optional(),
    /** Remote host suffixes, e.g. "google.com". */
    host: z.array(z.string().min(3)).min(1).optional(),
    /** Feedback types of a complaint report (RFC 5965 and RFC 6591 names, lower-case). */
    feedbackType: z.array(z.string().regex(/^[a-z-]{2,30}$/)).min(1).optional(),
  })
  .refine((m) => Boolean(m.phrases || m.status || m.replyCode || m.reason || m.host || m.feedbackType), 'a rule must match on something');

export const RuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/),
  provider: ProviderSchema,
  topic: TopicSchema,
  match: RuleMatchSchema,
  /** Codes this wording usually arrives with; they never cause a conflict note. */
  codes: z.array(z.string()).optional(),
  beats: z.array(z.string()).optional(),
  title: z.string().min(1).max(60),
  summary: z.string().min(10).max(400),
  side: SideSchema,
  retry: RetrySchema,
  /** Steps may name places as {key} (see services.ts); they render per sending service. */
  steps: z.array(z.string().min(5)).min(1),
  /** Whole step lists for one service, when its screens differ too much for place names. */
  tailoring: z.partialRecord(SendingServiceSchema, z.array(z.string().min(5)).min(1)).optional(),
  source: z.array(z.string().min(2)).min(1),
});
export type Rule = z.infer<typeof RuleSchema>;

/** The shape rule modules are written in (readonly, so tables can be `as const`). */
export interface RuleDef {
  readonly id: string;
  readonly provider: Provider;
  readonly topic: Topic;
  readonly match: {
    readonly phrases?: readonly string[];
    readonly status?: readonly string[];
    readonly replyCode?: readonly string[];
    readonly reason?: readonly Reason[];
    readonly host?: readonly string[];
    readonly feedbackType?: readonly string[];
  };
  readonly codes?: readonly string[];
  /** Rules this one overrides when both match (a more specific state inside a general wording). */
  readonly beats?: readonly string[];
  readonly title: string;
  readonly summary: string;
  readonly side: Side;
  readonly retry: { readonly advice: RetryAdvice; readonly when?: string };
  readonly steps: readonly string[];
  readonly tailoring?: { readonly [S in SendingService]?: readonly string[] };
  readonly source: readonly string[];
}

/** Row of the enhanced status code table. */
export const StatusRowSchema = z.object({
  code: z.string().regex(/^(X|2|4|5)(\.\d{1,3}){0,2}$/),
  meaning: z.string().min(5),
  topic: TopicSchema,
  side: SideSchema,
  source: z.string().min(2),
});
export type StatusRow = z.infer<typeof StatusRowSchema>;

export const ReplyRowSchema = z.object({
  code: z.string().regex(/^[2-5](\d\d|xx)$/),
  meaning: z.string().min(5),
  topic: TopicSchema,
  side: SideSchema,
  temporary: z.boolean(),
  source: z.string().min(2),
});
export type ReplyRow = z.infer<typeof ReplyRowSchema>;

export { StatusCodeSchema, ReplyCodeSchema };
