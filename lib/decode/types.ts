import { z } from 'zod';
import { REASONS } from './vocabulary';

export { REASONS };
export const ReasonSchema = z.enum(REASONS);
export type Reason = z.infer<typeof ReasonSchema>;

export const ActionSchema = z.enum(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);
export type Action = z.infer<typeof ActionSchema>;

export const MessageKindSchema = z.enum([
  'bounce', 'delay', 'delivered', 'auto-reply', 'complaint', 'not-bounce',
]);
export type MessageKind = z.infer<typeof MessageKindSchema>;

/** Enhanced status code as written in the message: class.subject.detail, e.g. 5.1.1. */
export const StatusCodeSchema = z.string().regex(/^[245]\.\d{1,3}\.\d{1,3}$/);
/** Three-digit SMTP reply code as written in the message, e.g. "550". */
export const ReplyCodeSchema = z.string().regex(/^[2-5]\d\d$/);

export const RecipientFactSchema = z.object({
  recipient: z.string().nullable(),
  action: ActionSchema,
  /** Only when the message carries one: never invented. */
  status: StatusCodeSchema.nullable(),
  /** Only when the message carries one: never invented. */
  replyCode: ReplyCodeSchema.nullable(),
  /** The remote server's own words (one line, whitespace folded, capped). */
  diagnostic: z.string(),
  remoteHost: z.string().nullable(),
  smtpCommand: z.string().nullable(),
  reason: ReasonSchema,
  hardBounce: z.boolean(),
  /** Only on complaint reports: ARF Feedback-Type (abuse, auth-failure, ...). */
  feedbackType: z.string().nullable().optional(),
});
export type RecipientFact = z.infer<typeof RecipientFactSchema>;

export const MessageReportSchema = z.object({
  kind: MessageKindSchema,
  /** Id of the format module that produced the facts (e.g. "postfix", "exchange", "rfc3464", "text"). */
  format: z.string().nullable(),
  subject: z.string().nullable(),
  from: z.string().nullable(),
  recipients: z.array(RecipientFactSchema),
});
export type MessageReport = z.infer<typeof MessageReportSchema>;
