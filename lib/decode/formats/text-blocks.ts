import type { BounceMessage } from '../message';
import { header, lowerCased, lowerText } from '../message';
import {
  MAX_DIAGNOSTIC_CHARS, capLines, findAddresses, findRemoteHost, findReplyCode, findStatus, foldLine,
  includesAny, isSystemAddress, rememberLast,
} from '../text';
import { BOUNCE_BODY_MARKERS, BOUNCE_SUBJECT_MARKERS, ORIGINAL_MESSAGE_MARKERS } from './markers';
import type { PartialFact } from './types';
import { PhraseSet } from '../../text/phrase-set';

/** Shared machinery for the text formats: cut the body, find recipient blocks, pick the diagnostic. */

const DELAY_MARKERS = [
  'will retry', 'will continue to try', 'delivery attempts will continue', 'still trying', 'has been delayed',
  'message delayed', 'not yet been delivered', 'warning: message', 'warning: could not send', 'delivery delayed',
  'temporary problem delivering', 'gmail will retry', 'delayed mail', 'will be retried', 'no action is required on your part',
];

const ORIGINAL_MESSAGE = new PhraseSet(ORIGINAL_MESSAGE_MARKERS, { ignoreCase: true });
const BOUNCE_BODY = new PhraseSet(BOUNCE_BODY_MARKERS, { ignoreCase: true });
const DELAY = new PhraseSet(DELAY_MARKERS, { ignoreCase: true });

/**
 * The notice without the returned original message (cut where the first original-message marker starts).
 * Several modules ask for the same message's body in a row, so the last answers are kept.
 */
export const bounceBody = rememberLast((text: string) => {
  const marker = ORIGINAL_MESSAGE.earliestIn(text, 1);
  // Only the notice before the marker is searched: the returned message after it can be long.
  const headers = returnedHeadersStart(marker > 0 ? text.slice(0, marker) : text);
  const cut = headers > 0 ? headers : marker;
  return cut > 0 ? text.slice(0, cut) : text;
});

/** A header field or a folded continuation of one. */
const HEADER_OR_CONTINUATION = /^(?:[A-Za-z][A-Za-z0-9-]{0,40}:|[ \t])/;

/** First offset at or after `from` where a line starts with `word` (and `accept` agrees, if given); -1 if none. */
function lineStartingWith(text: string, word: string, from: number, accept?: (at: number) => boolean): number {
  // The word is searched for, not the line break before it: a search led by '\n' stops at every line.
  for (let at = text.indexOf(word, from); at !== -1; at = text.indexOf(word, at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 0x0a && (!accept || accept(at))) return at;
  }
  return -1;
}

/** A line of dashes, equals signs or underscores that some notices put between their words and the returned message. */
const RULE_LINE = /^[-=_]{10,}\s*$/;

/**
 * True when the line starting at `at` follows a blank line or a rule line (EZweb's "-----…-----"). Each line is
 * looked back over only for the line after it, so all the checks together read the text once.
 */
function afterBreak(text: string, at: number): boolean {
  if (text.charCodeAt(at - 2) === 0x0a) return true;
  const previous = text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1);
  return RULE_LINE.test(previous);
}

/**
 * Where a returned message's own header block starts in a notice that appends it without a marker (Oracle
 * Messaging Server, some gateways): after a blank line or a rule line, a Return-Path or Received line followed by another header
 * line, once the notice has named an address. A text that itself starts with headers (a whole message pasted) is
 * searched after them. -1 if none.
 */
function returnedHeadersStart(text: string): number {
  let from = 0;
  if (HEADER_OR_CONTINUATION.test(text)) {
    const blank = text.indexOf('\n\n');
    if (blank === -1) return -1;
    from = blank + 1;
  }
  const isReturnPath = (at: number) => text.slice(at + 7, at + 12).toLowerCase() === 'path:';
  // Each word's next line start is searched for only once it has been passed, so the text is read once per word.
  let returnPath = lineStartingWith(text, 'Return-', from, isReturnPath);
  let received = lineStartingWith(text, 'Received:', from);
  while (returnPath !== -1 || received !== -1) {
    const at = returnPath === -1 ? received : received === -1 ? returnPath : Math.min(returnPath, received);
    const next = text.indexOf('\n', at);
    if (next === -1) return -1;
    // The notice must have named someone before it: some notices quote the original's headers first and explain after.
    if (at >= 2 && afterBreak(text, at) && HEADER_OR_CONTINUATION.test(text.slice(next + 1, next + 44))) return text.lastIndexOf('@', at) >= from ? at : -1;
    if (at === returnPath) returnPath = lineStartingWith(text, 'Return-', next, isReturnPath);
    else received = lineStartingWith(text, 'Received:', next);
  }
  return -1;
}

/** bounceBody of the message, lower-cased (a prefix of the message's lower-cased text when lower-casing kept the length). */
export function lowerBounceBody(msg: BounceMessage): string {
  const body = bounceBody(msg.text);
  const low = lowerText(msg);
  return low.length === msg.text.length ? low.slice(0, body.length) : body.toLowerCase();
}

export function looksLikeBounce(msg: BounceMessage): boolean {
  if (msg.deliveryStatus) return true;
  const subject = msg.subject.toLowerCase();
  const from = msg.from.toLowerCase();
  if (includesAny(subject, BOUNCE_SUBJECT_MARKERS)) return true;
  if (from.includes('mailer-daemon') || from.includes('postmaster') || from.includes('mail delivery')) return true;
  if (msg.headers.has('x-failed-recipients')) return true;
  return BOUNCE_BODY.anyIn(bounceBody(msg.text).slice(0, 16384));
}

const SKIP_LINE_PREFIXES = [
  'from:', 'to:', 'cc:', 'bcc:', 'reply-to:', 'return-path:', 'sender', 'message-id', 'received:', 'x-', 'reporting-mta',
  'by ', 'envelope-from', 'dkim', 'authentication-results', 'arc-', 'list-', 'in-reply-to', 'references', 'date:',
  'subject:', 'original-envelope', 'arrival-date', 'mail from', '>>> mail from', 'from ', 'de :', 'von:', 'de:', 'da:',
  'van:', 'absender', 'expéditeur', 'remitente', 'mittente', 'afzender', 'remetente', 'reported by', 'for assistance',
  'please contact', 'contact ', 'postmaster', 'with id', 'return-receipt', 'disposition-notification', 'envelope-to',
  'delivered-to', 'final-recipient', 'x-actual-recipient', 'original-recipient', 'remote-mta', 'received-from-mta',
  // Exim's "(generated from alias@...)" / "(ultimately generated from …)" and Sendmail's "(expanded from: ...)"
  // name the alias, not another recipient.
  '(generated from', '(ultimately generated from', '(expanded from',
];

/** Japanese "contact <addr>" wrapped so that the verb starts the next line ("<addr>\nへご連絡ください"). */
const CONTACT_CONTINUATIONS = ['へご連絡', 'までご連絡', 'にご連絡', 'へお問い合わせ', 'までお問い合わせ', 'にお問い合わせ'];

/** The skip prefixes grouped by first character: a line is compared only with those that could match. */
const SKIP_BY_FIRST_CHAR = new Map<string, string[]>();
for (const p of SKIP_LINE_PREFIXES) SKIP_BY_FIRST_CHAR.set(p[0], [...(SKIP_BY_FIRST_CHAR.get(p[0]) ?? []), p]);

/** Words anywhere in a line that make its address the sender's, a header's or a contact's, not a failed recipient's. */
const NOT_A_RECIPIENT_LINE = /mail from:|message-id|sender address|sender:|envelope-from|mailto:postmaster|contact|assistance|please send mail to|ご連絡|お問い合わせ/;

function isCandidateLine(lineLower: string): boolean {
  const t = lineLower.trimStart().replace(/^[>|*#\s]{0,8}/, '');
  for (const p of SKIP_BY_FIRST_CHAR.get(t[0]) ?? []) if (t.startsWith(p)) return false;
  return !NOT_A_RECIPIENT_LINE.test(t);
}

export interface TextBlock {
  recipient: string | null;
  lines: string[];
  /** Where the block's own lines start in `lines`, after the notice's intro when the block was given it. */
  ownFrom?: number;
}

export function excludedAddresses(msg: BounceMessage): Set<string> {
  const out = new Set<string>();
  if (msg.fromAddress) out.add(msg.fromAddress.toLowerCase());
  for (const a of msg.toAddresses) out.add(a.toLowerCase());
  for (const v of msg.headers.get('return-path') ?? []) for (const a of findAddresses(v)) out.add(a.toLowerCase());
  return out;
}

/** What comes before the address on a Sendmail recipient status line: a reply code, maybe a status, maybe "<<<". */
const RECIPIENT_STATUS_LEAD = /^\s{0,8}(?:<<<\s{0,3})?[45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s{1,3})?<?$/;

const ID_BEFORE = /\bid\s{1,2}<?$/i;
const RCPT_COMMAND_LEAD = /^\s{0,8}>>>\s{0,3}rcpt to:\s{0,3}<?$/i;

/** A header name alone on its line ("Message-ID:"), its value folded onto the next. */
const BARE_HEADER_NAME = /^[a-z][a-z0-9-]{1,40}:$/;

/**
 * True when `line` carries on the line before in a way that makes its address something other than a
 * recipient: the folded value of a header that is skipped (Message-ID, From…), or the alias of Postfix's
 * "<rcpt@…> (expanded from" wrapped before "<alias@…>)".
 */
function continuesSkippedLine(previous: string, line: string): boolean {
  if (!/^\s/.test(line)) return false;
  const prev = previous.trim().toLowerCase();
  if (prev.endsWith('(expanded from') || prev.endsWith('generated from')) return true;
  return BARE_HEADER_NAME.test(prev) && !isCandidateLine(prev);
}

/** Leading white space of a line, in characters. */
function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * True when a new address at `at` in line `n` is quoted inside the current recipient's server reply rather than
 * naming another recipient: a code comes before it on its line ("550 5.7.1 <sender@…>... Access denied"), or the
 * paragraph already carries the reply and the line does not start a new entry at the recipient line's indent
 * (Postfix's indented continuation "    sender@… does not exist (in reply to MAIL FROM command)").
 */
function quotedInReply(lines: readonly string[], n: number, at: number, address: string, paragraphStart: number, recipientIndent: number): boolean {
  const line = lines[n];
  const before = line.slice(0, at);
  // Sendmail's per-recipient status line ("554 <rcpt@…>... Remote protocol error") and a transcript's
  // RCPT command (">>> RCPT To:<rcpt@…>") name a recipient.
  const after = line.slice(at + address.length, at + address.length + 4);
  if ((RECIPIENT_STATUS_LEAD.test(before) && (after.startsWith('...') || after.startsWith('>...'))) || RCPT_COMMAND_LEAD.test(before)) return false;
  if (hasCode(before)) return true;
  let replySeen = false;
  for (let k = paragraphStart; k < n && !replySeen; k++) replySeen = hasCode(lines[k]);
  if (!replySeen) return false;
  const indent = indentOf(line);
  const startsEntry = at - indent <= 1 && indent <= recipientIndent;
  return !startsEntry;
}

/** True when `line` holds `address` as a whole address, not inside a longer one (both lower-case). */
function namesAddress(line: string, address: string): boolean {
  for (let at = line.indexOf(address); at !== -1; at = line.indexOf(address, at + 1)) {
    const before = at > 0 ? line[at - 1] : ' ';
    const after = line[at + address.length] ?? ' ';
    if (!/[a-z0-9.!#$%&'*+/=?^_`{|}~-]/.test(before) && !/[a-z0-9.-]/.test(after)) return true;
  }
  return false;
}

/**
 * Splits the bounce body into one block per recipient address, in order of first appearance. `senderLine` is the
 * returned message's From line, lower-cased: an address on it is the sender's.
 */
export function recipientBlocks(body: string, exclude: Set<string>, preferred?: readonly string[], senderLine = ''): TextBlock[] {
  const lines = capLines(body).slice(0, 2000);
  const blocks: TextBlock[] = [];
  const byAddr = new Map<string, TextBlock>();
  const preferredSet = preferred && preferred.length ? new Set(preferred.map((p) => p.toLowerCase())) : null;
  let current: TextBlock | null = null;
  // Where the current paragraph of the current block began, and the indent of the line that named its recipient.
  let paragraphStart = 0;
  let recipientIndent = 0;
  const intro: string[] = [];
  let senders: Set<string> | undefined;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    let found: string | null = null;
    // Most lines name no address; only those with an '@' are worth the closer look.
    const lineLower = line.includes('@') ? line.toLowerCase() : '';
    const mailFrom = lineLower ? lineLower.indexOf('mail from:') : -1;
    if (mailFrom !== -1) {
      // The envelope sender a transcript names ("MAIL From:<a@b>") is not a recipient where the reply quotes it either.
      const sender = findAddresses(line.slice(mailFrom + 10))[0];
      if (sender) (senders ??= new Set()).add(sender.toLowerCase());
    }
    if (
      lineLower && isCandidateLine(lineLower) && !(n > 0 && continuesSkippedLine(lines[n - 1], line)) &&
      !CONTACT_CONTINUATIONS.some((c) => (lines[n + 1] ?? '').trimStart().startsWith(c))
    ) {
      for (const a of findAddresses(line)) {
        const al = a.toLowerCase();
        if (exclude.has(al) || senders?.has(al) || isSystemAddress(a) || (senderLine && namesAddress(senderLine, al))) continue;
        if (preferredSet && !preferredSet.has(al)) continue;
        const at = line.indexOf(a);
        // "id <0A1B@host>" in a Received line is a queue or message id that looks like an address.
        if (ID_BEFORE.test(line.slice(Math.max(0, at - 5), at))) continue;
        if (current && !byAddr.has(al) && quotedInReply(lines, n, at, a, paragraphStart, recipientIndent)) continue;
        found = a;
        break;
      }
    }
    if (found) {
      const key = found.toLowerCase();
      const existing = byAddr.get(key);
      if (existing) {
        current = existing;
      } else {
        current = { recipient: found, lines: [] };
        byAddr.set(key, current);
        blocks.push(current);
      }
      paragraphStart = n;
      recipientIndent = indentOf(line);
    } else if (!line.trim()) {
      paragraphStart = n + 1;
    }
    if (current) current.lines.push(line);
    else intro.push(line);
  }
  // The first block also owns the intro, since notices often explain before naming the address.
  if (blocks.length === 1) {
    const introLines = intro.filter((l) => l.trim());
    blocks[0].lines = [...introLines, ...blocks[0].lines];
    blocks[0].ownFrom = introLines.length;
  }
  else if (blocks.length === 0) blocks.push({ recipient: null, lines: intro });
  return blocks;
}

export const DIAG_LEADS = [
  'remote server returned \'', 'remote host said:', 'said:', 'the error that the other server returned was:',
  'the response from the remote server was:', 'the response was:', 'reason:', 'diagnostic-code:', 'reported error:',
  'server replied:', 'error:', 'remote server replied:', 'returned:', 'response:', 'diagnostic code:',
  // Gmail's older notices.
  'technical details of permanent failure:', 'technical details of temporary failure:',
  // AOL's and Domino's "because: Mailbox is full".
  'because:',
];

/** The diagnostic type some notices keep before the reply, as in a Diagnostic-Code field ("smtp;", "X-Postfix; "). */
const DIAGNOSTIC_TYPE = /^(?:smtp|x-[a-z0-9-]{1,20});\s{0,2}/i;

/**
 * What every lead ends with ("remote host said:" ends "said:", "the response was:" ends "was:"): a line
 * without any of these has no lead to strip, and is not lower-cased to look for one.
 */
export const LEAD_ENDING = /said:|was:|reason:|code:|error:|replied:|returned:|returned '|response:|failure:|because:/i;

export function stripLead(line: string): string {
  const low = LEAD_ENDING.test(line) ? line.toLowerCase() : '';
  for (const lead of low ? DIAG_LEADS : []) {
    const i = low.indexOf(lead);
    // A code before the lead ("451 4.3.0 Error: queue file write error") makes the lead the server's own words.
    if (i !== -1 && !hasCode(line.slice(0, i))) {
      // "Diagnostic code: smtp;550 …": the type before the reply is not the server's words.
      let rest = line.slice(i + lead.length).trim().replace(DIAGNOSTIC_TYPE, '');
      // "Remote Server returned '550 …'": the closing quote is the notice's, not the server's.
      if (lead.endsWith("'") && rest.endsWith("'")) rest = rest.slice(0, -1).trimEnd();
      if (rest.length > 2) return rest;
    }
  }
  const t = line.trim();
  // Postfix's session transcript marks the server's replies "Out:" and its own commands "In:".
  let reply = TRANSCRIPT_REPLY.test(t) ? t.slice(4).trimStart() : t;
  // "<rcpt@…>: 550 unknown user", "<rcpt@…>   (5.1.1 <rcpt@…>... User unknown)": the recipient, then the reply.
  const named = RECIPIENT_THEN_REPLY.exec(reply);
  if (named && hasCode(reply.slice(named[0].length, named[0].length + 40))) {
    reply = reply.slice(named[0].length);
    if (named[0].endsWith('(') && reply.endsWith(')')) reply = reply.slice(0, -1);
  }
  return reply.replace(/^[<>#(\s]{1,6}/, '').replace(/\s{0,2}##\s{0,2}$/, '');
}

/** A line that starts with an address and goes on with the reply after a colon or in brackets. */
const RECIPIENT_THEN_REPLY = /^<?[^\s<>@]{1,64}@[^\s<>:()]{1,255}>?(?::\s{0,4}|\s{1,8}\()/;

const EXPANDED_FROM = /^\(expanded from:/i;

/** A server reply in Postfix's session transcript ("Out: 451 …"). */
const TRANSCRIPT_REPLY = /^out:\s/i;
/** The sending side's next command in a session transcript (Postfix "In:", Sendmail ">>>"): the reply has ended. */
const TRANSCRIPT_COMMAND_LINE = /^(?:in:\s|>>>)/i;

function hasCode(line: string): boolean {
  return findStatus(line) !== null || findReplyCode(line) !== null;
}

/** The opening line of Microsoft's and others' notices, which says nothing about this failure. */
const GENERIC_OPENER = /^\s*this is an automatically generated delivery status notification\.?\s*$/i;
/** A section heading between dashes ("----- Transcript of session follows -----", "------- Failure Reasons --------"). */
const DASHED_HEADING = /^\s*-{3,}[^-]{1,60}-{3,}\s*$/;
/** A field of the returned message's headers that a notice quotes ("Subject: …", "Date: …"). */
const QUOTED_HEADER = /^\s*(?:subject|date|from|to|cc|message-id):\s/i;

/** A code-less line without the lead it starts with ("Reason: Over quota" → "Over quota"); as it is otherwise. */
function leadless(line: string): string {
  const low = LEAD_ENDING.test(line) ? line.toLowerCase() : '';
  for (const lead of low ? DIAG_LEADS : []) {
    if (low.startsWith(lead) && /\p{L}/u.test(line.slice(lead.length))) return line.slice(lead.length).trim();
  }
  return line;
}

/** The words after a short label ending "reason:" ("reject reason: Mailbox full", "Reason: Over quota"), or null. */
function labelledReason(line: string): string | null {
  const at = line.length > 8 ? line.slice(0, 40).toLowerCase().indexOf('reason:') : -1;
  if (at === -1) return null;
  const rest = line.slice(at + 7).trim();
  return /\p{L}{2}/u.test(rest) ? rest : null;
}

/** A line that lays a code-less notice out rather than says why: its opener, a rule, a section heading, a quoted header. */
function isFurniture(line: string): boolean {
  return GENERIC_OPENER.test(line) || RULE_LINE.test(line) || DASHED_HEADING.test(line) || QUOTED_HEADER.test(line);
}

/** Postfix's lead for the remote server's reply ("host mx.example.com[192.0.2.1] said: 550 …"), on the reply's line or ending the line before. */
const SAID_LEAD = /\bsaid:\s/i;
const SAID_AT_END = /\bsaid:\s{0,4}$/i;
const POSTFIX_SAID = /\]\s{0,2}said:/;
/** How Postfix ends the reply it quotes: the command it was answering. */
const REPLY_ENDED = /\bcommand\)$/i;

/** True when a line is addresses and punctuation only. */
function isBareAddressLine(line: string): boolean {
  let rest = line;
  for (const a of findAddresses(line)) rest = rest.split(a).join('');
  return rest.replace(/[<>():;,\s]/g, '').length < 4;
}

/**
 * Every reply code ("550") and status code ("5.1.1") has this shape; most lines do not, and are scored 0 at once.
 * Each reply pattern (here and in findReplyCode) wants the three digits without a digit on either side, so
 * years, timestamps and long ids do not count.
 */
export const CODE_SHAPE = /(?:^|\D)[2-5]\d\d(?!\d)|[245]\.\d/;

/** How much a line looks like a remote server's reply: a full reply with code and status beats a bare status. */
const SENDMAIL_REASON = /^[>\s]{0,8}\(reason:/i;

function replyScore(line: string): number {
  if (!CODE_SHAPE.test(line) || /^\s{0,4}(status|action|final-recipient|original-recipient|remote-mta|reporting-mta)\s{0,2}:/i.test(line)) return 0;
  const stripped = stripLead(line);
  const status = findStatus(line) !== null;
  const leadingReply = /^[("'[]{0,2}([2-5])\d\d[ -]/.exec(stripped);
  const replyAtStart = leadingReply !== null;
  // A success or go-ahead reply ("250 2.0.0 Ok", "354 End data with…") in a transcript is not the failure.
  if (leadingReply && (leadingReply[1] === '2' || leadingReply[1] === '3')) return 1;
  if (replyAtStart && status) return 3;
  // Sendmail's "(reason: 550 …)" under a failed address is the remote reply itself; the transcript's last
  // line ("554 5.0.0 Service unavailable") is only Sendmail's own summary of it.
  if (replyAtStart && SENDMAIL_REASON.test(line)) return 3;
  if (replyAtStart || findReplyCode(line) !== null) return 2;
  return status ? 1 : 0;
}

/** The words after a line-leading address and its colon ("<a@b.example>: Host not found") or in brackets after it, or null. */
function reasonAfterAddress(line: string): string | null {
  const t = line.trim();
  const addr = findAddresses(t)[0];
  if (!addr) return null;
  const at = t.indexOf(addr);
  // The address leads the line, or follows only a token without spaces ("rcpt:00000:<a@b.example> : reason", SendGrid).
  if (at < 0 || (at > 2 && /\s/.test(t.slice(0, at)))) return null;
  let i = at + addr.length;
  if (t[i] === '>') i++;
  if (t[i] === ' ' && t[i + 1] === ':') i++;
  // "<addr>: reason" (Postfix, OpenSMTPD, qmail), or "addr [reason]" (some gateways' lists).
  let rest: string;
  if (t[i] === ':') rest = t.slice(i + 1).trim();
  else if (t[i] === ' ' && t[i + 1] === '[' && t.endsWith(']')) rest = t.slice(i + 2, -1).trim();
  else return null;
  return /\p{L}{3}/u.test(rest) ? rest : null;
}

/** "Remote system: …", "Reason: …": a short label and a colon, as notices lay out per-recipient fields. */
const FIELD_LABEL = /^[A-Za-z][A-Za-z -]{1,28}:\s/;

/** The lines after a line that is only a lead ("The response was:"), up to the next blank line; null without one. */
function replyBelowLead(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length && i < 400; i++) {
    const t = lines[i].trim();
    if (!t.endsWith(':') || t.length > 60 || !LEAD_ENDING.test(t)) continue;
    const low = t.toLowerCase();
    if (!DIAG_LEADS.some((lead) => low.endsWith(lead))) continue;
    const reply: string[] = [];
    // The reply follows within a few lines; looking further would read the rest of the notice once per lead.
    for (let k = i + 1; k < lines.length && k <= i + 20 && reply.length < 5; k++) {
      const next = lines[k].trim();
      if (next) reply.push(next);
      else if (reply.length) break;
    }
    if (reply.length) return foldLine(reply.join(' '), MAX_DIAGNOSTIC_CHARS);
  }
  return null;
}

/** The notice's words for a block whose lines carry no code: what a lead, a label or the address line points to. */
function codelessDiagnostic(lines: readonly string[], ownFrom: number): string {
  // Without a code, a lead alone on its line ("The response was:", Gmail's card) puts the server's words below it.
  const belowLead = replyBelowLead(lines);
  if (belowLead) return belowLead;
  // Otherwise the words after the address line say most; the intro is generic.
  // The intro may name the sender or quote the message's headers; the block's own address line comes later.
  const firstAddr = lines.findIndex((l, i) => i >= ownFrom && findAddresses(l).length > 0);
  // "<addr>: reason" (Postfix, OpenSMTPD, qmail): the reason is on the address line itself.
  const sameLine = firstAddr === -1 ? null : reasonAfterAddress(lines[firstAddr]);
  if (sameLine) {
    const cont = lines.slice(firstAddr + 1, firstAddr + 4).filter((l) => /^\s/.test(l) && l.trim() && findAddresses(l).length === 0);
    return foldLine([sameLine, ...cont.map((l) => l.trim())].join(' '), MAX_DIAGNOSTIC_CHARS);
  }
  // A labelled reason ("reject reason: Mailbox full") says why in the notice's own words.
  for (const line of lines) {
    const reason = labelledReason(line);
    if (reason) return foldLine(reason, MAX_DIAGNOSTIC_CHARS);
  }
  const after = firstAddr === -1 ? [] : lines.slice(firstAddr + 1).map((l) => l.trim()).filter((l) => l.length > 3 && !isBareAddressLine(l) && !isFurniture(l));
  if (after.length) return foldLine([leadless(after[0]), ...after.slice(1, 3)].join(' '), MAX_DIAGNOSTIC_CHARS);
  const textual = lines.map((l) => l.trim()).filter((l) => l.length > 3 && findAddresses(l).length === 0 && !isFurniture(l));
  if (textual.length) return foldLine(textual.slice(0, 3).join(' '), MAX_DIAGNOSTIC_CHARS);
  // A line that is only an address says nothing about why: a block of nothing else has no diagnostic.
  const withAddr: string[] = [];
  for (let i = 0; i < lines.length && withAddr.length < 3; i++) {
    const t = lines[i].trim();
    if (t.length > 3 && !isBareAddressLine(t)) withAddr.push(t);
  }
  return foldLine(withAddr.join(' '), MAX_DIAGNOSTIC_CHARS);
}

/**
 * The remote server's words in a block's lines: the line most like a reply, plus its continuation lines; without
 * any code, the notice's own words (codelessDiagnostic). `ownFrom` is where the block's own lines start (after an intro).
 */
export function pickDiagnostic(allLines: readonly string[], ownFrom = 0): string {
  // The server's words come near the recipient; a block's first 400 lines are all that is read for them.
  const lines = allLines.length > 400 ? allLines.slice(0, 400) : allLines;
  let start = -1;
  let best = 0;
  for (let i = 0; i < lines.length; i++) {
    const score = replyScore(lines[i]);
    if (score > best) {
      best = score;
      start = i;
      if (score === 3) break;
    }
  }
  if (start === -1) return codelessDiagnostic(lines, ownFrom);
  if (best === 1) {
    // A bare status in prose ("More information about type 5.2.2 delivery errors…") says less than the notice's
    // own labelled reason for this recipient ("because: Mailbox is full"), when it gives one.
    for (let i = ownFrom; i < lines.length; i++) {
      const t = lines[i].trim();
      const words = leadless(t);
      if (words !== t && !hasCode(t)) return foldLine(words, MAX_DIAGNOSTIC_CHARS);
    }
  }
  let lead = stripLead(lines[start]);
  // Sendmail's "(reason: 550-5.7.1 …)" keeps only the first line of a reply that went on over several; its
  // transcript has the reply whole ("<<< 550-5.7.1 …" down to "<<< 550 5.7.1 …").
  if (SENDMAIL_REASON.test(lines[start]) && /^[2-5]\d\d-/.test(lead)) {
    const head = lead.slice(0, 30);
    const whole = lines.findIndex((l, i) => i > start && l.trimStart().startsWith('<<< ') && l.trimStart().slice(4).startsWith(head));
    if (whole !== -1) {
      start = whole;
      lead = stripLead(lines[whole]);
    }
  }
  // "(reason: 550 : User unknown)": the closing bracket is Sendmail's, not the server's.
  const parts: string[] = [SENDMAIL_REASON.test(lines[start]) && lead.endsWith(')') ? lead.slice(0, -1).trimEnd() : lead];
  const first = lines[start].trim();
  // The reply code that the lines of a multi-line reply repeat ("550-5.7.26 …" then "550 5.7.26 …"), after any lead.
  const replyPrefix = (/^([2-5]\d\d)[- ]/.exec(first.replace(/^[<>#(\s]{1,6}/, '')) ?? /^([2-5]\d\d)-/.exec(parts[0]))?.[1] ?? null;
  // Postfix's "host … said: 550 5.2.1" with the rest of the reply wrapped onto indented lines (the recipient's
  // address, another code, "(in reply to RCPT TO command)"): those lines are the reply, whatever codes and
  // addresses they carry. So are indented lines after a bare "550", whoever wrote it.
  const saidLine = SAID_LEAD.test(lines[start]) ? lines[start] : start > 0 && SAID_AT_END.test(lines[start - 1]) ? lines[start - 1] : null;
  const wrappedReply = /^[2-5]\d\d$/.test(parts[0]) || saidLine !== null;
  // Postfix names the host with its address in brackets ("host mx[192.0.2.1] said:"); qmail's "Remote host
  // said:" is followed by lines of its own ("Giving up on 192.0.2.1."), so only Postfix's unindented lines count.
  const postfixReply = saidLine !== null && POSTFIX_SAID.test(saidLine);
  const fieldList = FIELD_LABEL.test(first);
  const transcriptReply = first.startsWith('<<<');
  for (let i = start + 1; i < lines.length && parts.length < 10; i++) {
    const l = lines[i];
    const t = l.trim();
    if (!t || TRANSCRIPT_COMMAND_LINE.test(t)) break;
    // A webmail may show the wrapped lines without their indent; Postfix's reply then ends at "(in reply to … command)".
    if (wrappedReply && (/^\s/.test(l) || (postfixReply && !REPLY_ENDED.test(parts[parts.length - 1])))) {
      parts.push(t);
      continue;
    }
    // A transcript marks each line of the server's reply "<<< "; an unmarked line after one is the sending
    // server's own summary ("550 <rcpt@…>... User unknown"), not more of the reply.
    const replyLine = t.startsWith('<<< ') ? t.slice(4) : t;
    if (transcriptReply && replyLine === t) break;
    if (replyPrefix && (replyLine.startsWith(`${replyPrefix}-`) || replyLine.startsWith(`${replyPrefix} `))) {
      parts.push(replyLine.slice(4).replace(/^[245]\.\d{1,3}\.\d{1,3}\s{1,4}/, ''));
      continue;
    }
    // Sendmail's "(expanded from: alias)" names the alias the recipient came from, not more of the reply.
    if (EXPANDED_FROM.test(t)) break;
    // A reply that ends in a colon goes on below, whatever it names ("553 5.1.1 unknown or illegal user:" then the address).
    if (/^\s/.test(l) && parts[parts.length - 1].endsWith(':') && !hasCode(t)) {
      parts.push(t);
      continue;
    }
    // In a list of labelled fields ("Diagnostic code: …" then "Remote system: …"), the next label at the same
    // indent starts the next field, not more reply.
    if (/^\s/.test(l) && !hasCode(t) && findAddresses(t).length === 0 && !(fieldList && FIELD_LABEL.test(t) && indentOf(l) <= indentOf(lines[start]))) {
      parts.push(t);
      continue;
    }
    if (/^\(?in reply to/i.test(t) || /^\(?after /i.test(t)) {
      parts.push(t);
      continue;
    }
    break;
  }
  return foldLine(parts.join(' '), MAX_DIAGNOSTIC_CHARS);
}

const COMMAND_AFTER_PHRASE = /(?:in reply to|after|while sending|did not like our)\s{0,3}(?:the\s)?(?:end of\s)?(rcpt to|rcpt|mail from|mail|data|helo|ehlo|connect|starttls|auth)\b/;
/** What COMMAND_AFTER_PHRASE starts with: a text holding none of these is not run through it. */
const COMMAND_AFTER_LEADS = ['in reply to', 'after', 'while sending', 'did not like our'];
/** Tags some gateways put on the stage ("[rcpt_to]"), each with the command it names. */
const COMMAND_TAGS = [['[rcpt_to]', 'rcpt_to'], ['[mail_from]', 'mail_from'], ['[data]', 'data']] as const;
const TRANSCRIPT_COMMAND = />>>\s{0,3}(rcpt to|mail from|data|helo|ehlo|starttls|quit)\b/g;

/** The earliest stage tag in the text, as a search for any of them would find it. */
function commandTag(textLower: string): string | null {
  let best = -1;
  let command: string | null = null;
  for (const [tag, name] of COMMAND_TAGS) {
    const at = textLower.indexOf(tag);
    if (at !== -1 && (best === -1 || at < best)) {
      best = at;
      command = name;
    }
  }
  return command;
}

/**
 * qmail-remote names the stage in words (qmail-remote.c): "but sender was rejected" (MAIL FROM),
 * "but my name was rejected" (HELO), "does not like recipient" (RCPT TO).
 */
function qmailStage(textLower: string): string | null {
  if (textLower.includes('was rejected')) {
    if (textLower.includes('but sender was rejected')) return 'mail';
    if (textLower.includes('but my name was rejected')) return 'helo';
  }
  if (textLower.includes('does not like recipient')) return 'rcpt';
  return null;
}

/** Which SMTP command the remote server was answering, if the text says (kept for the last texts asked about). */
export const smtpCommandOf = rememberLast(smtpCommandIn);

/**
 * Each pattern runs only on a text that holds what it must start with: plain substring searches skip
 * through text several times faster than a regular expression tries it position by position.
 */
function smtpCommandIn(textLower: string): string | null {
  const capped = textLower.length > 8192 ? textLower.slice(0, 8192) : textLower;
  let c: string | null = includesAny(capped, COMMAND_AFTER_LEADS) ? COMMAND_AFTER_PHRASE.exec(capped)?.[1] ?? null : null;
  c ??= commandTag(capped) ?? qmailStage(capped);
  if (!c && capped.includes('>>>')) {
    TRANSCRIPT_COMMAND.lastIndex = 0;
    for (let m = TRANSCRIPT_COMMAND.exec(capped); m; m = TRANSCRIPT_COMMAND.exec(capped)) c = m[1];
  }
  if (!c) return null;
  if (c.startsWith('rcpt')) return 'RCPT';
  if (c.startsWith('mail')) return 'MAIL';
  return c.toUpperCase();
}

const PERMANENT = /permanent/i;

export function looksDelayed(msg: BounceMessage, body: string): boolean {
  const s = msg.subject.toLowerCase();
  if (s.includes('(delay)') || s.includes('delayed') || s.startsWith('warning:') || s.includes('delivery delay')) return true;
  return !PERMANENT.test(body) && DELAY.anyIn(body.slice(0, 8192));
}

/** Lines trimmed and joined with single spaces: what foldLine makes of them, mostly without a regex pass. */
function joinTrimmed(lines: readonly string[]): string {
  const kept: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (t) kept.push(t);
  }
  return kept.join(' ');
}

/**
 * The notice's recipient blocks, each with its recipient settled: failed recipients named only in the
 * X-Failed-Recipients header (the text omits them) share the notice's block, and a notice naming nobody
 * takes the returned message's To address.
 */
function noticeBlocks(msg: BounceMessage, body: string): TextBlock[] {
  const exclude = excludedAddresses(msg);
  // The returned message's headers: a part of their own in a raw message, or text after the notice (as a
  // webmail shows them, and as notices without a returned part write them).
  const returned = msg.originalHeaders ?? returnedHeaderLines(msg.text, body.length);
  // The returned message's sender is the one the notice is addressed to, wherever the notice quotes them.
  // Capped: every candidate address is looked for in it, and a real From line is short.
  const senderLine = returned ? headerLine(returned, 'from', msg.visibleOnly)?.slice(0, 512).toLowerCase() ?? '' : '';
  const failedHeaders = msg.headers.get('x-failed-recipients');
  const failed = failedHeaders ? failedHeaders.flatMap((v) => findAddresses(v)) : [];
  const preferred = failed.length ? failed : undefined;
  let blocks = recipientBlocks(body, exclude, preferred, senderLine);
  if (preferred && blocks.length === 1 && blocks[0].recipient === null) blocks = recipientBlocks(body, exclude, undefined, senderLine);
  if (failed.length && blocks.every((b) => b.recipient === null)) {
    // recipientBlocks gives at least one block; every recipient after the first gets a copy of it.
    const template = blocks[0];
    const have = new Set<string>();
    for (const addr of failed) {
      if (have.has(addr.toLowerCase())) continue;
      if (template.recipient === null) template.recipient = addr;
      else blocks.push({ ...template, recipient: addr });
      have.add(addr.toLowerCase());
    }
  }
  if (blocks.length === 1 && blocks[0].recipient === null) {
    const orig = returned ? toLineAddress(returned, msg.visibleOnly) : null;
    if (orig) blocks[0].recipient = orig;
  }
  return blocks;
}

/** The block's lines folded into one: the context the reason matchers read. */
function blockContext(block: TextBlock): string {
  return foldLine(joinTrimmed(block.lines), 4096);
}

/** How notices that report a delivery (not a failure) say so: Postfix's requested delivery report, and others' plain words. */
const DELIVERY_REPORT_PHRASES = ['delivery report that you requested', 'successfully delivered', 'has been delivered', 'was delivered to', 'delivery via'];

/**
 * True when the notice reports a delivery to this recipient: the server's words are a success ("250 2.0.0 Ok"),
 * nothing in the block carries a failure code, and the notice says it is a delivery report. A success code
 * alone is not enough: a transcript that ends in a timeout has only success codes.
 */
function reportsDelivery(diagnostic: string, lines: readonly string[], bodyLower: () => string): boolean {
  if (findStatus(diagnostic)?.[0] !== '2') return false;
  if (lines.some((l) => /^[45]/.test(findStatus(l) ?? '') || /^[45]/.test(findReplyCode(l) ?? ''))) return false;
  return includesAny(bodyLower(), DELIVERY_REPORT_PHRASES) !== null;
}

/**
 * Generic per-recipient facts from a text body; the shape shared by Postfix, Sendmail, Exim, qmail and most others.
 */
export function factsFromText(msg: BounceMessage): PartialFact[] {
  const body = bounceBody(msg.text);
  const blocks = noticeBlocks(msg, body);
  const action = looksDelayed(msg, body) ? 'delayed' : 'failed';
  return blocks.map((block) => {
    const context = blockContext(block);
    const diagnostic = pickDiagnostic(block.lines, block.ownFrom);
    return {
      recipient: block.recipient,
      action: reportsDelivery(diagnostic, block.lines, () => lowerBounceBody(msg)) ? 'delivered' : action,
      diagnostic,
      remoteHost: findRemoteHost(block.lines.join('\n')),
      smtpCommand: smtpCommandOf(lowerCased(context)),
      context,
    };
  });
}

/**
 * What a DSN's human-readable part says about one recipient, for enriching the report's facts. The context is
 * always read; the diagnostic and remote host only when the report lacks them, so they are worked out on request.
 */
class NoticeEvidence implements PartialFact {
  readonly recipient: string | null;
  readonly context: string;
  readonly smtpCommand: string | null;
  private diagnosticText: string | undefined;
  private host: string | null | undefined;

  constructor(private readonly block: TextBlock) {
    this.recipient = block.recipient;
    this.context = blockContext(block);
    this.smtpCommand = smtpCommandOf(lowerCased(this.context));
  }

  get diagnostic(): string {
    return (this.diagnosticText ??= pickDiagnostic(this.block.lines, this.block.ownFrom));
  }

  get remoteHost(): string | null {
    if (this.host === undefined) this.host = findRemoteHost(this.block.lines.join('\n'));
    return this.host;
  }
}

/** factsFromText for enrichment: no action (the report gives it), and no reading of the notice for delay wording. */
export function evidenceFromText(msg: BounceMessage): PartialFact[] {
  return noticeBlocks(msg, bounceBody(msg.text)).map((block) => new NoticeEvidence(block));
}

/** The address on the first To line of a header block (`indented`: the line may start with a few blanks, as a webmail lays quoted headers out). */
export function toLineAddress(block: string, indented = false): string | null {
  return headerLineAddress(block, 'to', indented);
}

/** The address on the first line of a header block that starts with `name` (lower-case) and a colon; see toLineAddress. */
function headerLineAddress(block: string, name: string, indented: boolean): string | null {
  const line = headerLine(block, name, indented);
  return line === null ? null : findAddresses(line)[0] ?? null;
}

/** The first line of a header block that starts with `name` (lower-case) and a colon, or null; see toLineAddress. */
function headerLine(block: string, name: string, indented: boolean): string | null {
  // The usual spelling ("From:", "To:") is found by one native search.
  const usual = `${name[0].toUpperCase()}${name.slice(1)}:`;
  // Where that line starts; -1 when no line starts so.
  const usualAt = block.startsWith(usual) ? 0 : block.indexOf(`\n${usual}`) + 1 || -1;
  if (usualAt !== -1) {
    const nl = block.indexOf('\n', usualAt);
    return block.slice(usualAt, nl === -1 ? block.length : nl);
  }
  // Line by line without splitting: a returned header block can be 32 KB of Received lines.
  for (let pos = 0, n = 0; pos < block.length && n < 200; n++) {
    let nl = block.indexOf('\n', pos);
    if (nl === -1) nl = block.length;
    let at = pos;
    if (indented) while (at < nl && at - pos < 4 && (block.charCodeAt(at) === 0x20 || block.charCodeAt(at) === 0x09)) at++;
    if (block.charCodeAt(at + name.length) === 0x3a && block.slice(at, at + name.length).toLowerCase() === name) return block.slice(pos, nl);
    pos = nl + 1;
  }
  return null;
}

/** A header field as a webmail shows one: a name, a colon, maybe a few blanks before it. */
const SHOWN_HEADER_FIELD = /^\s{0,4}[A-Za-z][A-Za-z0-9-]{0,40}:\s/;

/**
 * The returned message's header block in text as a webmail shows it, which goes on after the notice (`from` is
 * where the notice ends): the first header field within a few lines, up to the blank line after it; null if none.
 */
function returnedHeaderLines(text: string, from: number): string | null {
  const stop = Math.min(text.length, from + 32768);
  let start = -1;
  for (let pos = from, n = 0; pos < stop && n < 12; n++) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 || nl > stop ? stop : nl;
    if (SHOWN_HEADER_FIELD.test(text.slice(pos, Math.min(end, pos + 50)))) {
      start = pos;
      break;
    }
    pos = end + 1;
  }
  if (start === -1) return null;
  // The block ends at the first blank line: a line break followed by blanks and another line break.
  const rest = text.slice(start, stop);
  const end = rest.search(/\n[ \t]*(?:\n|$)/);
  return end === -1 ? rest : rest.slice(0, end);
}

export { header };
