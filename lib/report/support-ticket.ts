import type { RecipientFact } from '../decode/types';
import type { Explanation } from '../explain/types';
import { displayText } from './display-text';

/** One failed recipient together with what we say about it; the unit every card shows. */
export interface ExplainedRecipient {
  fact: RecipientFact;
  explanation: Explanation;
}

export const SIDE_LABELS: Record<Explanation['side'], string> = {
  you: 'You (your settings, content or list)',
  'your-provider': 'Your email provider',
  recipient: 'The recipient',
  'recipient-server': "The recipient's mail server",
  network: 'The network between the servers',
  unknown: 'Not clear from the message',
};

export function retryLabel(retry: Explanation['retry']): string {
  switch (retry.advice) {
    case 'no':
      return "Sending again won't help";
    case 'later':
      return retry.when ? `Try again later (${retry.when})` : 'Try again later';
    case 'after-fix':
      return 'Send again once it is fixed';
  }
}

/**
 * A plain-text report for a support ticket or an email to an admin: every fact the bounce carried,
 * our reading of it, and the fix steps. Plain text only, so it pastes safely anywhere.
 */
export function supportTicketText(items: ExplainedRecipient[], context: { subject?: string | null } = {}): string {
  const lines: string[] = ['Bounce Lens report'];
  if (context.subject) lines.push(`Bounce subject: ${context.subject}`);
  items.forEach(({ fact, explanation: e }, i) => {
    lines.push('', `${items.length > 1 ? `${i + 1}. ` : ''}${e.title}`);
    if (fact.recipient) lines.push(`Recipient: ${displayText(fact.recipient)}`);
    if (fact.replyCode) lines.push(`Reply code: ${fact.replyCode}${e.details.replyCode ? ` (${e.details.replyCode.meaning})` : ''}`);
    if (fact.status) lines.push(`Status code: ${fact.status}${e.details.status ? ` (${e.details.status.meaning})` : ''}`);
    if (fact.remoteHost) lines.push(`Remote server: ${displayText(fact.remoteHost)}`);
    if (fact.diagnostic) lines.push(`Server said: ${displayText(fact.diagnostic)}`);
    lines.push(`What happened: ${e.summary}`);
    lines.push(`Who needs to act: ${SIDE_LABELS[e.side]}`);
    lines.push(`Retry: ${retryLabel(e.retry)}`);
    if (e.steps.length) {
      lines.push('Steps:');
      e.steps.forEach((s, n) => lines.push(`  ${n + 1}. ${s}`));
    }
  });
  return lines.join('\n');
}
