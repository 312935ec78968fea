import type { Action } from '../types';
import { findAddresses, findReplyCode, findStatus, foldLine, MAX_DIAGNOSTIC_CHARS } from '../text';
import type { FormatModule, PartialFact, ParseResult } from './types';
import { stripType } from './rfc3464';

/**
 * Amazon SES notifications delivered as email with a JSON body (Bounce, Complaint, Delivery);
 * field names from the SES developer guide, notification-contents.md (source: SES in codes.md §0).
 */

const MAX_JSON_CHARS = 128 * 1024;

/**
 * Where the JSON starts, when it is an SES notification: the notification itself, or the Amazon SNS envelope that
 * carries it as a string in its "Message" field (SNS notification format, with "Type": "Notification").
 */
function jsonStart(text: string): number {
  const i = text.indexOf('{');
  if (i === -1 || i > 2048) return -1;
  const head = text.slice(i, i + 1200);
  return head.includes('notificationType') || head.includes('eventType') ? i : -1;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The SES notification in `data`: itself, or the one an SNS envelope carries as a JSON string. */
function unwrapSns(data: Json): Json {
  const message = data.Message;
  if (data.notificationType || data.eventType || typeof message !== 'string' || !message.trimStart().startsWith('{')) return data;
  const inner = parseJson(message);
  return inner && typeof inner === 'object' ? (inner as Json) : data;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export const amazonSesJson: FormatModule = {
  id: 'amazonses',
  detect: (msg) => jsonStart(msg.text) !== -1,
  parse(msg): ParseResult | null {
    const start = jsonStart(msg.text);
    if (start === -1) return null;
    const body = msg.text.slice(start, start + MAX_JSON_CHARS);
    const json = body.slice(0, body.lastIndexOf('}') + 1);
    // A mail server may fold a line longer than the 998 characters RFC 5322 allows (a line break before a blank,
    // inside a string), which JSON does not allow; unfolded as RFC 5322 unfolds (the break goes, the blank stays), it parses.
    const data = unwrapSns(obj(parseJson(json) ?? parseJson(json.replace(/\r?\n(?=[ \t])/g, ''))));
    const type = (str(data.notificationType) || str(data.eventType)).toLowerCase();
    if (type === 'bounce') {
      const bounce = obj(data.bounce);
      const list = Array.isArray(bounce.bouncedRecipients) ? bounce.bouncedRecipients : [];
      const facts: PartialFact[] = list.slice(0, 100).map((r) => {
        const rec = obj(r);
        // SES writes the diagnostic as a DSN's Diagnostic-Code ("smtp; 550 5.1.1 user unknown").
        const diagnostic = foldLine(stripType(str(rec.diagnosticCode)), MAX_DIAGNOSTIC_CHARS);
        const status = findStatus(str(rec.status)) ?? findStatus(diagnostic);
        return {
          recipient: findAddresses(str(rec.emailAddress))[0] ?? null,
          action: (str(rec.action) as Action) || (bounce.bounceType === 'Transient' ? 'delayed' : 'failed'),
          status,
          replyCode: findReplyCode(diagnostic),
          diagnostic,
          remoteHost: str(bounce.remoteMtaIp) || null,
          context: `${str(bounce.bounceType)} ${str(bounce.bounceSubType)}`,
        };
      });
      return facts.length ? { facts } : null;
    }
    if (type === 'complaint') {
      const complaint = obj(data.complaint);
      const list = Array.isArray(complaint.complainedRecipients) ? complaint.complainedRecipients : [];
      const facts: PartialFact[] = list.slice(0, 100).map((r) => ({
        recipient: findAddresses(str(obj(r).emailAddress))[0] ?? null,
        action: 'delivered',
        status: null,
        replyCode: null,
        diagnostic: '',
        reason: 'feedback',
        feedbackType: str(complaint.complaintFeedbackType) || 'abuse',
      }));
      return facts.length ? { kind: 'complaint', facts } : null;
    }
    if (type === 'delivery') {
      const delivery = obj(data.delivery);
      const list = Array.isArray(delivery.recipients) ? delivery.recipients : [];
      const response = foldLine(str(delivery.smtpResponse), MAX_DIAGNOSTIC_CHARS);
      const facts: PartialFact[] = list.slice(0, 100).map((r) => ({
        recipient: findAddresses(str(r))[0] ?? null,
        action: 'delivered',
        status: findStatus(response),
        replyCode: findReplyCode(response),
        diagnostic: response,
        remoteHost: str(delivery.reportingMTA) || null,
      }));
      return facts.length ? { kind: 'delivered', facts } : null;
    }
    return null;
  },
};
