import { decodeRaw, decodeVisibleText } from '../decode';
import type { MessageReport } from '../decode/types';
import type { SendingService } from '../explain/sending-services';
import { explainSendFailure } from '../explain/send-failure';
import { classifySendFailure } from '../webmail/send-failure';
import { explainReport } from './explain-report';
import type { ExplainedRecipient } from './support-ticket';

/**
 * The webmail overlay's questions, answered in one place (the extension's background runs these,
 * so the content scripts never load the decoder or the knowledge base).
 */
export interface ExplainedMessage {
  kind: MessageReport['kind'];
  format: string | null;
  /** True when the decoded facts include an enhanced status or reply code. */
  carriesCodes: boolean;
  items: ExplainedRecipient[];
}

function explained(report: MessageReport | undefined, service?: SendingService): ExplainedMessage {
  if (!report) return { kind: 'not-bounce', format: null, carriesCodes: false, items: [] };
  return {
    kind: report.kind,
    format: report.format,
    carriesCodes: report.recipients.some((r) => r.status !== null || r.replyCode !== null),
    items: explainReport(report, service),
  };
}

export function explainVisibleMessage(
  message: { text: string; subject?: string; from?: string }, service?: SendingService,
): ExplainedMessage {
  return explained(decodeVisibleText(message.text, { subject: message.subject, from: message.from }), service);
}

export async function explainRawMessage(raw: string, service?: SendingService): Promise<ExplainedMessage> {
  return explained((await decodeRaw(raw))[0], service);
}

export function explainNotice(text: string, app: 'gmail' | 'outlook', service?: SendingService): ExplainedRecipient | null {
  const match = classifySendFailure(text, app);
  return match ? explainSendFailure(match, text, service) : null;
}
