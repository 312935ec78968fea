/**
 * Decides whether an open webmail message is a bounce, from several signals together (webmail-dom.md §4 item 4):
 * (a) a machine sender, (b) a bounce subject, (c) delivery-report phrases in the body. Never on the subject
 * alone, because people forward bounces and Gmail threads a bounce under the original subject.
 */
import {
  BOUNCE_BODY_PHRASES,
  BOUNCE_SENDER_LOCAL_PARTS,
  BOUNCE_SENDER_NAMES,
  BOUNCE_SUBJECT_PHRASES,
  BOUNCE_SUBJECT_PREFIXES,
  EXCHANGE_SYSTEM_LOCAL_PART,
  EXIM_DELAY_SUBJECT,
  FORWARD_BODY_MARKERS,
  FORWARD_SUBJECT_PREFIXES,
  hasOutlookForwardHeader,
  REPLY_SUBJECT_PREFIXES,
} from './phrases';

export interface BounceEvidenceInput {
  senderName: string;
  senderEmail: string | null;
  subject: string;
  text: string;
}

export interface BounceEvidence {
  isBounce: boolean;
  /** A person forwarded (or pasted) a delivery report: worth a hint, but not the bounce itself. */
  isForwarded: boolean;
  score: number;
  /** Which signals fired, e.g. "sender:local-part", "subject:prefix:de", "body:Diagnostic information…". */
  signals: string[];
}

/** Delivery reports put their markers near the top; the rest is usually the returned original. */
const SCANNED_BODY_CHARS = 64 * 1024;
const ENHANCED_STATUS_CODE = /\b[245]\.\d{1,3}\.\d{1,3}\b/;
const SMTP_REPLY_CODE = /(?:^|[^\d.])[45]\d\d(?:[ -]|$)/m;
const LEADING_SPACE = /^\s+/;

function fold(text: string): string {
  return text
    .slice(0, SCANNED_BODY_CHARS)
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .toLowerCase();
}

function senderSignal(name: string, email: string | null): string | null {
  if (email) {
    const local = email.split('@')[0].toLowerCase();
    if (BOUNCE_SENDER_LOCAL_PARTS.includes(local)) return `sender:address:${local}`;
    if (EXCHANGE_SYSTEM_LOCAL_PART.test(local)) return 'sender:address:microsoftexchange';
  }
  const foldedName = fold(name).trim();
  for (const phrase of BOUNCE_SENDER_NAMES) {
    if (foldedName === phrase.text.toLowerCase()) {
      // "Microsoft Outlook" or "Postmaster" with a personal address is somebody's display name, not a system sender.
      if (email && !BOUNCE_SENDER_LOCAL_PARTS.includes(email.split('@')[0].toLowerCase())) return null;
      return `sender:name:${phrase.text}`;
    }
  }
  return null;
}

/** Removes reply and forward prefixes; reports whether a forward prefix was among them. */
function stripSubjectPrefixes(subject: string): { core: string; forwarded: boolean } {
  let rest = subject.slice(0, 1000).trim();
  let forwarded = false;
  for (let round = 0; round < 10; round++) {
    const lower = rest.toLowerCase();
    const reply = REPLY_SUBJECT_PREFIXES.find((p) => lower.startsWith(p));
    const forward = FORWARD_SUBJECT_PREFIXES.find((p) => lower.startsWith(p.text.toLowerCase()));
    const prefix = reply ?? forward?.text;
    if (!prefix) break;
    if (forward && !reply) forwarded = true;
    rest = rest.slice(prefix.length).replace(LEADING_SPACE, '');
  }
  return { core: rest, forwarded };
}

function subjectSignal(core: string): string | null {
  const lower = fold(core).trim();
  for (const phrase of BOUNCE_SUBJECT_PREFIXES) {
    if (lower.startsWith(phrase.text.toLowerCase())) return `subject:prefix:${phrase.lang}`;
  }
  for (const phrase of BOUNCE_SUBJECT_PHRASES) {
    if (lower.includes(phrase.text.toLowerCase())) return `subject:${phrase.text}`;
  }
  if (lower.startsWith(EXIM_DELAY_SUBJECT.start) && lower.includes(EXIM_DELAY_SUBJECT.end)) return 'subject:exim-delay';
  return null;
}

export function bounceEvidence(msg: BounceEvidenceInput): BounceEvidence {
  const signals: string[] = [];
  let score = 0;

  const sender = senderSignal(msg.senderName ?? '', msg.senderEmail);
  if (sender) {
    signals.push(sender);
    score += 3;
  }

  const { core, forwarded: forwardPrefix } = stripSubjectPrefixes(msg.subject ?? '');
  const subject = subjectSignal(core);
  if (subject) {
    signals.push(subject);
    score += 2;
  }

  const rawText = (msg.text ?? '').slice(0, SCANNED_BODY_CHARS);
  const body = fold(rawText);
  let strongBody = 0;
  for (const phrase of BOUNCE_BODY_PHRASES) {
    if (body.includes(phrase.text.toLowerCase())) {
      strongBody += 1;
      signals.push(`body:${phrase.text}`);
    }
  }
  score += 2 * Math.min(strongBody, 3);

  if (ENHANCED_STATUS_CODE.test(rawText)) {
    signals.push('body:enhanced-status-code');
    score += 1;
  } else if (SMTP_REPLY_CODE.test(rawText)) {
    signals.push('body:smtp-reply-code');
    score += 1;
  }

  const forwardMarker = FORWARD_BODY_MARKERS.find((m) => body.includes(m.text.toLowerCase()));
  const outlookForwardHeader = hasOutlookForwardHeader(rawText);
  if (forwardPrefix) signals.push('forward:subject-prefix');
  if (forwardMarker) signals.push(`forward:${forwardMarker.text}`);
  if (outlookForwardHeader) signals.push('forward:outlook-header');

  // A machine sender never forwards; a person with a Fwd: subject or a forward block is passing a report on.
  const looksForwarded = !sender && (forwardPrefix || !!forwardMarker || outlookForwardHeader);
  // The thread subject is shared by every reply in it, so only the body can show that a report was passed on.
  const reportContent = strongBody > 0;
  const isForwarded = looksForwarded && reportContent;
  if (isForwarded) score -= 5;

  const isBounce = !isForwarded && (((!!sender || !!subject) && strongBody >= 1) || strongBody >= 2);
  return { isBounce, isForwarded, score, signals };
}
