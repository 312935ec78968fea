import { z } from 'zod';

/**
 * How much we trust a figure. Mirrors codes.md: 'primary' = the provider's own page or code,
 * 'secondary' = someone restating it (university IT pages, maintainers' notes),
 * 'unconfirmed' = codes.md marks it UNCONF, so the UI words it cautiously.
 */
export const ConfidenceSchema = z.enum(['primary', 'secondary', 'unconfirmed']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * Where a fact comes from: a URL, a codes.md §0 key (e.g. "G-LIM", "TELNYX"), or a seed
 * help-center document as "seed:<file stem>" (the product brief). Several may be joined with "; ".
 */
export const SourceSchema = z.string().min(2);

/** The date the source states or was read: YYYY-MM or YYYY-MM-DD. */
export const AsOfSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/);

/**
 * What a size limit is measured against. Mail servers measure the message as sent, after base64
 * ('encoded-message'); some composers measure the attached files themselves ('attachments-raw');
 * HTTP sending APIs measure their JSON request, which carries attachments as base64 ('api-payload').
 */
export const SizeCountsSchema = z.enum(['encoded-message', 'attachments-raw', 'api-payload']);
export type SizeCounts = z.infer<typeof SizeCountsSchema>;

export const ProviderKindSchema = z.enum(['webmail', 'business', 'sending-service', 'composer']);
export type ProviderKind = z.infer<typeof ProviderKindSchema>;

export const LargeFileOptionIdSchema = z.enum([
  'google-drive', 'onedrive', 'icloud-mail-drop', 'hosted-link', 'compress-images', 'zip', 'split',
]);
export type LargeFileOptionId = z.infer<typeof LargeFileOptionIdSchema>;

export const ProviderLimitSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(2),
  kind: ProviderKindSchema,
  limitBytes: z.number().int().positive(),
  /** The limit as the source words it, e.g. "25 MB". */
  statedAs: z.string().min(2),
  counts: SizeCountsSchema,
  /** Our own words, shown to the user. */
  note: z.string().min(5),
  source: SourceSchema,
  asOf: AsOfSchema,
  confidence: ConfidenceSchema,
  /** Set when sources give different figures: which we picked and why. */
  disagreement: z.string().min(10).optional(),
  /** Ways round the limit that this provider offers, best first. */
  largeFileOptions: z.array(LargeFileOptionIdSchema).min(1),
});
export type ProviderLimit = z.infer<typeof ProviderLimitSchema>;

export const LargeFileOptionSchema = z.object({
  id: LargeFileOptionIdSchema,
  title: z.string().min(3),
  /** What to do, in our words. */
  howTo: z.string().min(10),
  /** Present when the option states a figure taken from a provider. */
  source: SourceSchema.optional(),
  asOf: AsOfSchema.optional(),
});
export type LargeFileOption = z.infer<typeof LargeFileOptionSchema>;

export const CarrierIdSchema = z.enum(['att', 'tmobile', 'verizon']);
export type CarrierId = z.infer<typeof CarrierIdSchema>;
export const NumberTypeSchema = z.enum(['long-code', 'toll-free', 'short-code']);
export type NumberType = z.infer<typeof NumberTypeSchema>;

export const MmsLimitSchema = z.object({
  carrier: CarrierIdSchema,
  carrierName: z.string().min(2),
  numberType: NumberTypeSchema,
  limitBytes: z.number().int().positive(),
  statedAs: z.string().min(2),
  source: SourceSchema,
  asOf: AsOfSchema,
  confidence: ConfidenceSchema,
  note: z.string().optional(),
});
export type MmsLimit = z.infer<typeof MmsLimitSchema>;

export const MmsTypeSupportSchema = z.enum(['everywhere', 'some-carriers']);
export const MmsMediaTypeSchema = z.object({
  mime: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/),
  label: z.string().min(2),
  extensions: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
  support: MmsTypeSupportSchema,
  source: SourceSchema,
  asOf: AsOfSchema,
});
export type MmsMediaType = z.infer<typeof MmsMediaTypeSchema>;

export const SendingLimitKindSchema = z.enum([
  'recipients-per-message', 'messages-per-day', 'recipients-per-day', 'messages-per-hour',
  'messages-per-minute', 'messages-per-second', 'messages-per-month', 'bulk-sender-threshold',
]);
export type SendingLimitKind = z.infer<typeof SendingLimitKindSchema>;

export const SendingLimitSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  provider: z.string().min(2),
  /** Account type or plan the limit applies to, e.g. "Free", "Workspace", "Starter plan". */
  plan: z.string().min(2),
  kind: SendingLimitKindSchema,
  /** Null only when the source gives no single number (e.g. "depends on your plan"). */
  value: z.number().int().positive().nullable(),
  /** Our own plain wording of the limit, shown to the user. */
  summary: z.string().min(5),
  /** What happens or what to do when you hit it, in our words. */
  whenHit: z.string().min(5).optional(),
  /** Extra words users may type, e.g. "bcc", "smtp". */
  keywords: z.array(z.string().min(2)).default([]),
  source: SourceSchema,
  asOf: AsOfSchema,
  confidence: ConfidenceSchema,
});
export type SendingLimit = z.input<typeof SendingLimitSchema>;
