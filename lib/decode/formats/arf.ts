import type { BounceMessage } from '../message';
import { header } from '../message';
import { findAddresses, foldLine } from '../text';
import type { FormatModule, PartialFact } from './types';
import { PhraseSet } from '../../text/phrase-set';
import { toLineAddress } from './text-blocks';

/** ARF (RFC 5965) complaint reports: the recipient is who complained, not a failed address. */

function reportText(msg: BounceMessage): string | null {
  if (msg.feedbackReport) return msg.feedbackReport;
  // Microsoft's JMRP complaints carry no feedback-report part; the complainant is in this header.
  const hm = /x-hmxmroriginalrecipient:\s{0,4}(\S{1,320})/i.exec(msg.originalHeaders ?? '');
  if (hm) return `Feedback-Type: abuse\nOriginal-Rcpt-To: ${hm[1]}`;
  const low = msg.text.toLowerCase();
  const i = low.indexOf('feedback-type:');
  return i === -1 ? null : msg.text.slice(i, i + 8192);
}

/**
 * What a webmail shows of a complaint report is its human-readable first part. Feedback loops word it after
 * the examples in RFC 5965 (Appendix B: "This is an email abuse report for an email message received from
 * IP …") and RFC 6591 ("This is an authentication failure report for an email message …"), often with their
 * own name inserted; Hotmail's JMRP reports say it in the subject ("complaint about message from <IP>").
 */
const SHOWN_ABUSE = new PhraseSet(['abuse report for an email message', 'email abuse complaint'], { ignoreCase: true });
const SHOWN_AUTH_FAILURE = new PhraseSet(['authentication failure report for an email message', 'authentication-failure report for an email message'], { ignoreCase: true });
const JMRP_SUBJECT = 'complaint about message from';

/** The feedback type of a complaint report read from what a webmail shows of it, or null. */
function shownReportType(msg: BounceMessage): 'abuse' | 'auth-failure' | null {
  const top = msg.text.slice(0, 2048);
  if (SHOWN_AUTH_FAILURE.anyIn(top)) return 'auth-failure';
  if (SHOWN_ABUSE.anyIn(top) || msg.subject.toLowerCase().startsWith(JMRP_SUBJECT)) return 'abuse';
  return null;
}

function fieldValues(block: string, name: string): string[] {
  const out: string[] = [];
  const prefix = `${name.toLowerCase()}:`;
  for (const line of block.split('\n').slice(0, 500)) if (line.toLowerCase().startsWith(prefix)) out.push(line.slice(prefix.length).trim());
  return out;
}

const JMRP_HEADER = /x-hmxmroriginalrecipient:/i;
const FEEDBACK_TYPE = /feedback-type:/i;
const USER_AGENT = /user-agent:/i;

export const arf: FormatModule = {
  id: 'arf',
  detect(msg) {
    if (msg.feedbackReport) return true;
    const ct = (header(msg, 'content-type') ?? '').toLowerCase();
    if (ct.includes('feedback-report')) return true;
    if (msg.originalHeaders && JMRP_HEADER.test(msg.originalHeaders)) return true;
    // Case-insensitive searches of the text as it is: most messages are not reports, so no lower-cased copy.
    if (FEEDBACK_TYPE.test(msg.text) && USER_AGENT.test(msg.text)) return true;
    // Without the machine-readable part (a webmail shows only the text), the report's own first sentence.
    return msg.visibleOnly && shownReportType(msg) !== null;
  },
  parse(msg) {
    const shownType = msg.visibleOnly ? shownReportType(msg) : null;
    // The complainant, as a shown report names it: the To line of the reported message's header block.
    const shownRecipient = shownType ? toLineAddress(msg.text, true) : null;
    const report = reportText(msg) ?? (shownType ? `Feedback-Type: ${shownType}${shownRecipient ? `\nOriginal-Rcpt-To: ${shownRecipient}` : ''}` : null);
    if (!report) return null;
    const feedbackType = (fieldValues(report, 'feedback-type')[0] ?? 'abuse').toLowerCase().split(/[\s;]/)[0] || 'abuse';
    let recipients = [...fieldValues(report, 'original-rcpt-to'), ...fieldValues(report, 'removal-recipient')].flatMap((v) => findAddresses(v));
    if (!recipients.length && msg.originalHeaders) {
      for (const line of msg.originalHeaders.split('\n').slice(0, 200)) if (/^to:/i.test(line)) recipients = findAddresses(line);
    }
    if (!recipients.length) recipients = [];
    const seen = new Set<string>();
    const unique = recipients.filter((r) => (seen.has(r.toLowerCase()) ? false : (seen.add(r.toLowerCase()), true)));
    const diagnostic = foldLine(msg.text.split('\n').filter((l) => l.trim()).slice(0, 2).join(' '), 512);
    const facts: PartialFact[] = (unique.length ? unique : [null]).map((recipient) => ({
      recipient,
      action: 'delivered',
      status: null,
      replyCode: null,
      diagnostic,
      reason: 'feedback',
      feedbackType,
    }));
    return { kind: 'complaint', facts };
  },
};
