/** Small text helpers shared by every format module. All patterns are linear-time and run on capped input. */

import { findEmailAddresses } from '../text/email-address';

export const MAX_MESSAGE_BYTES = 256 * 1024;
export const MAX_BODY_CHARS = 64 * 1024;
export const MAX_DIAGNOSTIC_CHARS = 2048;
const MAX_LINE_CHARS = 4096;

export function normalizeNewlines(text: string): string {
  // Most text has no CR: answer without a regular-expression pass.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** White space other than a single plain space: something foldLine would change. */
const UNFOLDED = /[^\S ]| {2}/;

/** Folds whitespace to single spaces and caps the length, for one-line diagnostics. */
export function foldLine(text: string, cap = MAX_DIAGNOSTIC_CHARS): string {
  const capped = text.length > cap * 4 ? text.slice(0, cap * 4) : text;
  // Most texts reach here already folded (a diagnostic is folded when found and again when finalised).
  const folded = (UNFOLDED.test(capped) ? capped.replace(/\s+/g, ' ') : capped).trim();
  return folded.length > cap ? folded.slice(0, cap) : folded;
}

/** Splits into lines, each capped, so later per-line patterns stay cheap. */
export function capLines(text: string, maxChars = MAX_BODY_CHARS): string[] {
  const capped = text.length > maxChars ? text.slice(0, maxChars) : text;
  const lines = normalizeNewlines(capped).split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i].length > MAX_LINE_CHARS) lines[i] = lines[i].slice(0, MAX_LINE_CHARS);
  return lines;
}

/** Addresses in one (capped) line, found by the linear scanner in lib/text (no regular expression). */
export function findAddresses(line: string): string[] {
  // Most lines have no '@' at all: answer without the scanner's setup.
  if (!line.includes('@')) return [];
  const out: string[] = [];
  const capped = line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line;
  for (const m of findEmailAddresses(capped, MAX_LINE_CHARS, { lenientDomain: true })) {
    const cleaned = cleanAddress(m.address);
    if (cleaned) out.push(cleaned);
  }
  return out;
}

const TRAILING_PUNCTUATION = '>)"\'.,;:';

/** Drops closing brackets, quotes and sentence punctuation from the end (a plain loop: linear on any input). */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function firstAddress(text: string): string | null {
  return findAddresses(text)[0] ?? null;
}

/** Characters the cleaned address may not start with (an empty string's first character is undefined, not in it). */
const LEADING_OPENERS = '<("\'.';

export function cleanAddress(addr: string): string | null {
  const trimmed = addr.trim();
  let a = trimTrailingPunctuation(LEADING_OPENERS.includes(trimmed[0]) ? trimmed.replace(/^[<("'.]+/, '') : trimmed);
  if (a.length >= 7 && a.slice(0, 7).toLowerCase() === 'rfc822;') a = a.slice(7).trim();
  let at = a.indexOf('@');
  // A mailbox path ("/home/lee/.forward/lee@example.org", Exim's pipe and file deliveries) ends in the address;
  // '/' is legal in a local part but next to unheard of in real addresses.
  const slash = at > 0 ? a.lastIndexOf('/', at) : -1;
  if (slash !== -1) {
    a = a.slice(slash + 1);
    at -= slash + 1;
  }
  if (at <= 0 || at === a.length - 1) return null;
  if (a.indexOf('@', at + 1) !== -1) return null;
  const domain = a.slice(at + 1);
  if (!domain.includes('.') && domain.toLowerCase() !== 'localhost') return null;
  return a;
}

export function isSystemAddress(addr: string): boolean {
  const local = addr.slice(0, addr.indexOf('@')).toLowerCase();
  return (
    local === 'mailer-daemon' || local === 'postmaster' || local === 'mail-daemon' || local === 'mailerdaemon' ||
    local === 'mailer_daemon'
  );
}

const STATUS_RE = /(?:^|[^\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/;
const REPLY_AT_START = /^\s{0,8}[("'[]?([2-5][0-5]\d)(?:[ \-:)\]'"]|$)/;
const REPLY_ANYWHERE = /(?:^|[\s'"(:[;,])([45][0-5]\d)(?:[ -]|$)/;

/**
 * Remembers the answers for the last two texts. The decoder asks the same question of the same diagnostic
 * several times on its way through (format module, enrichment, finalisation), often alternating between the
 * notice's and the report's wording; the functions are pure. Two plain slots cost less than a Map lookup.
 */
export function rememberLast<R>(fn: (text: string) => R): (text: string) => R {
  let newerText: string | null = null;
  let newerValue: R;
  let olderText: string | null = null;
  let olderValue: R;
  return (text: string) => {
    if (text === newerText) return newerValue;
    if (text === olderText) return olderValue;
    olderText = newerText;
    olderValue = newerValue;
    newerText = text;
    newerValue = fn(text);
    return newerValue;
  };
}

/** Enhanced status code literally present in the text, e.g. "5.1.1". */
export const findStatus = rememberLast(statusIn);

function statusIn(text: string): string | null {
  const capped = text.length > MAX_DIAGNOSTIC_CHARS * 4 ? text.slice(0, MAX_DIAGNOSTIC_CHARS * 4) : text;
  const m = STATUS_RE.exec(capped);
  if (!m) return null;
  const subject = Number(m[2]);
  const detail = Number(m[3]);
  if (subject > 7 || detail > 999) return null;
  return `${m[1]}.${subject}.${detail}`;
}

const STATUS_RE_ALL = new RegExp(STATUS_RE.source, 'g');

/** Every enhanced status code in the text, in order. */
export function findAllStatuses(text: string): string[] {
  const out: string[] = [];
  const capped = text.length > MAX_DIAGNOSTIC_CHARS * 4 ? text.slice(0, MAX_DIAGNOSTIC_CHARS * 4) : text;
  STATUS_RE_ALL.lastIndex = 0;
  for (let m = STATUS_RE_ALL.exec(capped); m; m = STATUS_RE_ALL.exec(capped)) {
    if (Number(m[2]) <= 7) out.push(`${m[1]}.${Number(m[2])}.${Number(m[3])}`);
  }
  return out;
}

const NESTED_SENDMAIL_REPLY = /^\s{0,4}[45]\d\d\s{1,3}<[^<>\s]{1,300}>\.\.\.\s{1,3}([45]\d\d)\s/;
const LABELLED_REPLY = /(?:error_code|responsecode|response code|reply code)\s{0,2}:?\s{0,2}([45]\d\d)\b/i;

/** Three-digit SMTP reply code literally present (preferring one at the start of the text). */
export const findReplyCode = rememberLast(replyCodeIn);

function replyCodeIn(text: string): string | null {
  const capped = text.length > MAX_DIAGNOSTIC_CHARS * 4 ? text.slice(0, MAX_DIAGNOSTIC_CHARS * 4) : text;
  // "554 <addr>... 550 Host unknown": the inner code is the remote server's own.
  const nested = NESTED_SENDMAIL_REPLY.exec(capped);
  if (nested && isPlausibleReply(nested[1])) return nested[1];
  const labelled = LABELLED_REPLY.exec(capped);
  if (labelled && isPlausibleReply(labelled[1])) return labelled[1];
  const start = REPLY_AT_START.exec(capped);
  if (start && isPlausibleReply(start[1])) return start[1];
  const any = REPLY_ANYWHERE.exec(capped);
  if (any && isPlausibleReply(any[1])) return any[1];
  return null;
}

const KNOWN_REPLY_CODES = new Set([
  '211', '214', '220', '221', '235', '250', '251', '252', '334', '354',
  '421', '422', '431', '432', '441', '442', '446', '447', '449', '450', '451', '452', '453', '454', '455', '458', '459',
  '500', '501', '502', '503', '504', '505', '510', '511', '512', '513', '521', '523', '524', '525', '530', '531', '533', '534',
  '535', '538', '550', '551', '552', '553', '554', '555', '556', '557', '558', '559',
]);

export function isPlausibleReply(code: string): boolean {
  return KNOWN_REPLY_CODES.has(code);
}

export function includesAny(haystackLower: string, needles: readonly string[]): string | null {
  for (const n of needles) if (haystackLower.includes(n)) return n;
  return null;
}

/** Extracts the remote host from phrases like "host mx.example.com[192.0.2.1] said:". */
export function findRemoteHost(text: string): string | null {
  const m = /\b(?:host|by|from)\s{1,3}([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})(?:\s{0,2}\[|\.?\s{1,3}\[|\s{1,3}said|\s{1,3}\(|:)/i.exec(
    text.length > 8192 ? text.slice(0, 8192) : text,
  );
  return m ? m[1].toLowerCase() : null;
}

/**
 * An "expired" wrapper around the last real reply ("554 4.4.7 Message expired ... <421 4.4.2 Connection timed out>"):
 * the inner reply is what the remote side said.
 */
export function innerReply(text: string): { status: string; replyCode: string | null } | null {
  const capped = text.length > MAX_DIAGNOSTIC_CHARS ? text.slice(0, MAX_DIAGNOSTIC_CHARS) : text;
  // Only an x.4.7 first code makes a wrapper; without ".4.7" anywhere there is none to look for.
  if (!capped.includes('.4.7')) return null;
  const all = findAllStatuses(capped);
  if (all.length < 2 || !/^[45]\.4\.7$/.test(all[0])) return null;
  const last = all[all.length - 1];
  if (last === all[0]) return null;
  const at = capped.lastIndexOf(last);
  const before = capped.slice(Math.max(0, at - 6), at);
  const m = /([45]\d\d)[ -]{1,2}$/.exec(before);
  return { status: last, replyCode: m && isPlausibleReply(m[1]) ? m[1] : null };
}

/** Another reply code in the text whose class matches the status (skips greetings such as "220-host 421 ..."). */
export function replyMatchingClass(text: string, cls: string): string | null {
  const capped = text.length > MAX_DIAGNOSTIC_CHARS ? text.slice(0, MAX_DIAGNOSTIC_CHARS) : text;
  const re = new RegExp(REPLY_ANYWHERE.source, 'g');
  for (const m of capped.matchAll(re)) if (m[1][0] === cls && isPlausibleReply(m[1])) return m[1];
  return null;
}
