import type { RecipientFact, Reason } from '../../lib/decode/types';

/** A fact as the decoder or the paste box would hand it over. */
export function fact(
  diagnostic: string,
  codes: { status?: string | null; replyCode?: string | null; reason?: Reason; remoteHost?: string | null; feedbackType?: string } = {},
): RecipientFact {
  return {
    recipient: null,
    action: 'failed',
    status: codes.status ?? null,
    replyCode: codes.replyCode ?? null,
    diagnostic,
    remoteHost: codes.remoteHost ?? null,
    smtpCommand: null,
    reason: codes.reason ?? 'undefined',
    hardBounce: false,
    ...(codes.feedbackType ? { feedbackType: codes.feedbackType } : {}),
  };
}
