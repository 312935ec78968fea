import type { Action, MessageKind, Reason } from '../types';
import type { BounceMessage } from '../message';

/** What a format module knows about one recipient; the engine fills in the rest. */
export interface PartialFact {
  recipient: string | null;
  action?: Action;
  status?: string | null;
  replyCode?: string | null;
  diagnostic?: string;
  remoteHost?: string | null;
  smtpCommand?: string | null;
  reason?: Reason;
  feedbackType?: string | null;
  /** Extra text around the diagnostic that may name the reason (the block the recipient sits in). */
  context?: string;
}

export interface ParseResult {
  kind?: MessageKind;
  facts: PartialFact[];
}

/** The one interface every format module implements. */
export interface FormatModule {
  id: string;
  /** Cheap check on headers/subject/markers; no heavy parsing. */
  detect(msg: BounceMessage): boolean;
  /** Returns null when the message is not in this format after all. */
  parse(msg: BounceMessage): ParseResult | null;
}
