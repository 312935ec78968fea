import { describe, expect, it } from 'vitest';
import { explainNotice, explainRawMessage, explainVisibleMessage } from '../../lib/report/pipeline';
import { isOverlayRequest } from '../../components/browser/messages';
import { ExplanationSchema } from '../../lib/explain/types';

const GMAIL_CARD = [
  'Address not found',
  "Your message wasn't delivered to pat@example.org because the address couldn't be found, or is unable to receive mail.",
  'The response from the remote server was:',
  '550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
].join('\n');

describe('overlay pipeline', () => {
  it('explains what a webmail shows, per recipient', () => {
    const out = explainVisibleMessage({ text: GMAIL_CARD, subject: 'Delivery Status Notification (Failure)', from: 'mailer-daemon@googlemail.com' });
    expect(out.kind).toBe('bounce');
    expect(out.carriesCodes).toBe(true);
    expect(out.items).toHaveLength(1);
    expect(out.items[0]!.fact.reason).toBe('userunknown');
    expect(ExplanationSchema.safeParse(out.items[0]!.explanation).success).toBe(true);
    expect(out.items[0]!.explanation.side).toBe('recipient');
  });

  it('says when the visible text carries no codes, so Gmail may read the original', () => {
    const out = explainVisibleMessage({ text: 'Address not found\nYour message was not delivered to pat@example.org.', subject: 'Delivery Status Notification (Failure)', from: 'mailer-daemon@googlemail.com' });
    expect(out.carriesCodes).toBe(false);
  });

  it('decodes a raw original into the same shape', async () => {
    const raw = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
      'To: sender@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'This is the mail system at host mx.example.net.',
      '',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; full@example.org',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      '',
      '--b1--',
      '',
    ].join('\r\n');
    const out = await explainRawMessage(raw);
    expect(out.items[0]!.fact).toMatchObject({ recipient: 'full@example.org', status: '5.2.2', reason: 'mailboxfull' });
  });

  it('explains a send-failure notice, and nothing for ordinary toasts', () => {
    expect(explainNotice("This message wasn't sent. The attachment is too large.", 'outlook')?.explanation.rule).toBe('send-failure.attachment-too-large');
    expect(explainNotice('Message sent. Undo', 'gmail')).toBeNull();
  });

  it('accepts only well-formed requests from content scripts', () => {
    expect(isOverlayRequest({ type: 'explain-visible', text: 'x', subject: '', from: '' })).toBe(true);
    expect(isOverlayRequest({ type: 'explain-notice', text: 'x', app: 'gmail' })).toBe(true);
    expect(isOverlayRequest({ type: 'explain-notice', text: 'x', app: 'yahoo' })).toBe(false);
    expect(isOverlayRequest({ type: 'explain-visible', text: 42 })).toBe(false);
    expect(isOverlayRequest('explain-raw')).toBe(false);
    expect(isOverlayRequest(null)).toBe(false);
  });
});
