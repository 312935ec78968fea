import type { Action } from '../types';
import { findAddresses, findReplyCode, findStatus, foldLine, MAX_DIAGNOSTIC_CHARS } from '../text';
import type { FormatModule, PartialFact, ParseResult } from './types';

/**
 * Amazon SES notifications delivered as email with a JSON body (Bounce, Complaint, Delivery);
 * field names from the SES developer guide, notification-contents.md (source: SES in codes.md §0).
 */

const MAX_JSON_CHARS = 128 * 1024;

function jsonStart(text: string): number {
  const i = text.indexOf('{');
  if (i === -1 || i > 2048) return -1;
  return text.slice(i, i + 400).includes('"notificationType"') || text.slice(i, i + 400).includes('"eventType"') ? i : -1;
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
    let data: Json;
    try {
      const body = msg.text.slice(start, start + MAX_JSON_CHARS);
      data = obj(JSON.parse(body.slice(0, body.lastIndexOf('}') + 1)));
    } catch {
      return null;
    }
    const type = (str(data.notificationType) || str(data.eventType)).toLowerCase();
    if (type === 'bounce') {
      const bounce = obj(data.bounce);
      const list = Array.isArray(bounce.bouncedRecipients) ? bounce.bouncedRecipients : [];
      const facts: PartialFact[] = list.slice(0, 100).map((r) => {
        const rec = obj(r);
        const diagnostic = foldLine(str(rec.diagnosticCode), MAX_DIAGNOSTIC_CHARS);
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
