import PostalMime from 'postal-mime';
import type { BounceMessage } from './message';
import { parseHeaderBlock } from './message';
import { firstBareCr, firstHighByte, hasWordAt, isValidUtf8, isWrappedReport, latin1View, parseMimeFast, sourceOf, type FastAttachment, type FastEmail, type Source } from './fast-mime';
import { cutReturnedMessage } from './trim-report';
import { MAX_BODY_CHARS, MAX_MESSAGE_BYTES, findAddresses, normalizeNewlines } from './text';

const latin1 = new TextDecoder('latin1');

/**
 * The bytes a `latin1` view was decoded from. Browsers decode "latin1" as windows-1252 (0x80 → "€" and so
 * on), Node as ISO-8859-1, so the way back is a table built from the decoder itself, not `charCode & 0xff`.
 */
const LATIN1_BYTE = (() => {
  const table = new Map<number, number>();
  const all = latin1.decode(Uint8Array.from({ length: 256 }, (_, b) => b));
  for (let b = 0; b < 256; b++) table.set(all.charCodeAt(b), b);
  return table;
})();

export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 0x80 ? c : LATIN1_BYTE.get(c) ?? c & 0xff;
  }
  return out;
}
const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export function toBytes(raw: string | Uint8Array): Uint8Array {
  if (typeof raw !== 'string') return raw;
  return encoder.encode(raw);
}

const MBOX_SEPARATOR = /^From \S{1,320} {1,2}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d/;

/** Splits an mbox on "From " separator lines; a plain message comes back as one item. */
export function splitMessages(bytes: Uint8Array): Uint8Array[] {
  return splitSources(bytes).map((part) => part.bytes);
}

/**
 * splitMessages with each message's latin1 view: the whole input is decoded once, and every message is a
 * slice of that view rather than a fresh decode.
 */
export function splitSources(bytes: Uint8Array): Source[] {
  const whole = sourceOf(bytes.length > MAX_MESSAGE_BYTES * 64 ? bytes.subarray(0, MAX_MESSAGE_BYTES * 64) : bytes);
  // latin1 keeps one char per byte, so string offsets are byte offsets.
  const text = whole.latin1;
  const mbox = text.startsWith('From ');
  const starts: number[] = mbox ? [0] : [];
  // Separator lines after a blank line; a plain message may still have mbox messages appended.
  let i = text.indexOf('\nFrom ', 0);
  while (i !== -1) {
    let prev = i - 1;
    if (prev >= 0 && text[prev] === '\r') prev--;
    if ((prev < 0 || text[prev] === '\n') && (mbox || MBOX_SEPARATOR.test(text.slice(i + 1, i + 400)))) starts.push(i + 1);
    i = text.indexOf('\nFrom ', i + 1);
  }
  if (starts.length === 0) return [whole.bytes.length === bytes.length ? whole : sourceOf(bytes)];
  const out: Source[] = [];
  const part = (begin: number, end: number): Source => {
    if (end > text.length) return sourceOf(bytes.subarray(begin, end));
    const view = whole.bytes.subarray(begin, end);
    const asciiEnd = whole.asciiEnd >= end ? end - begin : whole.asciiEnd >= begin ? whole.asciiEnd - begin : firstHighByte(view);
    return { bytes: view, latin1: text.slice(begin, end), asciiEnd };
  };
  if (!mbox) out.push(part(0, starts[0]));
  for (let k = 0; k < starts.length; k++) {
    const begin = text.indexOf('\n', starts[k]) + 1;
    const end = k + 1 < starts.length ? starts[k + 1] : bytes.length;
    if (begin > 0 && end > begin) out.push(part(begin, end));
  }
  return out;
}

/** Guesses the Japanese encoding of 8-bit text that is not UTF-8 (EUC-JP vs Shift_JIS by byte ranges). */
function guessJapanese(bytes: Uint8Array): string | null {
  let euc = 0;
  let sjis = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i + 1 < n; i++) {
    const a = bytes[i];
    if (a < 0x80) continue;
    const b = bytes[i + 1];
    if (a >= 0xa1 && a <= 0xfe && b >= 0xa1 && b <= 0xfe) euc++;
    if (((a >= 0x81 && a <= 0x9f) || (a >= 0xe0 && a <= 0xef)) && ((b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfc))) sjis++;
    i++;
  }
  if (euc === 0 && sjis === 0) return null;
  return euc >= sjis ? 'euc-jp' : 'shift_jis';
}

/**
 * Declares a charset on text parts that lack one when the bytes are clearly Japanese,
 * so undeclared ISO-2022-JP / EUC-JP / Shift_JIS notices decode instead of turning into U+FFFD.
 */
function declareMissingCharset(src: Source): Source {
  const { bytes, latin1: text } = src;
  // Pure 7-bit text without ESC (which starts every ISO-2022-JP shift) is valid UTF-8 and carries no ISO-2022-JP: nothing to declare.
  if (src.asciiEnd === bytes.length && !text.includes('\x1b')) return src;
  let charset: string | null = null;
  let eightBit = false;
  // An ASCII prefix is valid UTF-8 and no sequence starts in it, so the rest decides.
  if (!isValidUtf8(bytes.subarray(src.asciiEnd))) {
    charset = guessJapanese(bytes);
    eightBit = charset !== null;
  }
  if (!charset && (text.includes('\x1b$B') || text.includes('\x1b$@'))) charset = 'iso-2022-jp';
  if (!charset) return src;
  const lines = text.split('\n');
  let changed = false;
  if (eightBit) {
    // ISO-2022-JP is 7-bit, so a part declared as it but carrying 8-bit Japanese bytes is mislabelled.
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].length < 300 && /charset="?iso-2022-jp"?/i.test(lines[i])) {
        lines[i] = lines[i].replace(/charset="?iso-2022-jp"?/i, `charset=${charset}`);
        changed = true;
      }
    }
  }
  let sawTopContentType = false;
  let inTopHeaders = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inTopHeaders && (line === '' || line === '\r')) {
      if (!sawTopContentType) {
        lines[i] = `Content-Type: text/plain; charset=${charset}\n${line}`;
        changed = true;
      }
      inTopHeaders = false;
      continue;
    }
    if (line.length > 200 || !/^content-type:\s{0,4}text\/plain/i.test(line)) {
      if (inTopHeaders && /^content-type:/i.test(line)) sawTopContentType = true;
      continue;
    }
    if (inTopHeaders) sawTopContentType = true;
    const next = lines[i + 1] ?? '';
    if (/charset/i.test(line) || /charset/i.test(next.slice(0, 200))) continue;
    lines[i] = `${line.replace(/\r$/, '').replace(/;\s{0,4}$/, '')}; charset=${charset}${line.endsWith('\r') ? '\r' : ''}`;
    changed = true;
  }
  if (!changed) return src;
  // The lines changed inside, and the header line added ends in an LF: no bare CR appears.
  const declared = sourceOf(latin1Bytes(lines.join('\n')));
  return { bytes: declared.bytes, latin1: declared.latin1, asciiEnd: declared.asciiEnd, noBareCr: src.noBareCr };
}

function cap(text: string | null | undefined, max = MAX_BODY_CHARS): string {
  if (!text) return '';
  return text.length > max ? text.slice(0, max) : text;
}

/** Next index of one character at or after `from`, for calls whose `from` never decreases: each character is scanned once. */
class NextIndex {
  private from = -1;
  private at = -1;
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}
  find(from: number): number {
    if (this.from === -1 || from < this.from || (this.at !== -1 && this.at < from)) {
      this.at = this.text.indexOf(this.char, from);
      this.from = from;
    }
    return this.at;
  }
}

/**
 * One left-to-right pass over the '<' of `text`. At each, `match(lt, nextGt, nextLt)` returns the end of a
 * tag to replace (exclusive) and its replacement, or null to treat the '<' as text. Linear: the '<' and '>'
 * lookups only move forward.
 */
function replaceTags(
  text: string,
  match: (lt: number, nextGt: NextIndex, nextLt: NextIndex) => { end: number; by: string } | null,
): string {
  const nextGt = new NextIndex(text, '>');
  const nextLt = new NextIndex(text, '<');
  const out: string[] = [];
  let pos = 0;
  let lt = text.indexOf('<');
  while (lt !== -1) {
    const m = match(lt, nextGt, nextLt);
    if (m) {
      out.push(text.slice(pos, lt), m.by);
      pos = m.end;
      lt = text.indexOf('<', pos);
    } else {
      lt = text.indexOf('<', lt + 1);
    }
  }
  if (pos === 0) return text;
  out.push(text.slice(pos));
  return out.join('');
}

/** `<script ...>` or `<style ...>` (attributes up to 200 chars), text without '<' up to 20000 chars, `</script>` or `</style>`. */
function scriptOrStyle(text: string, lt: number, nextGt: NextIndex, nextLt: NextIndex): { end: number; by: string } | null {
  const nameEnd = hasWordAt(text, lt + 1, 'script') ? lt + 7 : hasWordAt(text, lt + 1, 'style') ? lt + 6 : -1;
  if (nameEnd === -1) return null;
  const gt = nextGt.find(nameEnd);
  if (gt === -1 || gt - nameEnd > 200) return null;
  const close = nextLt.find(gt + 1);
  if (close === -1 || close - gt - 1 > 20000) return null;
  for (const word of ['/script>', '/style>']) if (hasWordAt(text, close + 1, word)) return { end: close + 1 + word.length, by: ' ' };
  return null;
}

/** `<br` plus up to 50 characters, then '>'. */
function lineBreak(text: string, lt: number, nextGt: NextIndex): { end: number; by: string } | null {
  if (!hasWordAt(text, lt + 1, 'br')) return null;
  const gt = nextGt.find(lt + 3);
  return gt !== -1 && gt - (lt + 3) <= 50 ? { end: gt + 1, by: '\n' } : null;
}

/** Any tag: '<', up to 2000 characters other than '>', '>'. */
function anyTag(lt: number, nextGt: NextIndex): { end: number; by: string } | null {
  const gt = nextGt.find(lt + 1);
  return gt !== -1 && gt - (lt + 1) <= 2000 ? { end: gt + 1, by: ' ' } : null;
}

/** HTML to plain text: script/style dropped, line breaks and block ends kept as newlines, tags as spaces, basic entities. */
export function htmlToText(html: string): string {
  const capped = cap(html, MAX_BODY_CHARS * 2);
  const noScript = replaceTags(capped, (lt, gt, next) => scriptOrStyle(capped, lt, gt, next));
  const breaks = replaceTags(noScript, (lt, gt) => lineBreak(noScript, lt, gt)).replace(/<\/(p|div|h[1-6]|tr|li|table)>/gi, '\n');
  return replaceTags(breaks, (lt, gt) => anyTag(lt, gt))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function attachmentText(a: FastAttachment): string {
  if (a.text !== undefined) return a.text;
  const content: unknown = a.content;
  if (typeof content === 'string') return content;
  if (content instanceof ArrayBuffer || content instanceof Uint8Array) return utf8.decode(content);
  return '';
}

/** Top-level header block of the raw bytes, so headers are read even if postal-mime drops some. */
function rawHeaderBlock(src: Source): string {
  const normalized = normalizeNewlines(src.latin1.slice(0, 128 * 1024));
  const end = normalized.indexOf('\n\n');
  return end === -1 ? normalized : normalized.slice(0, end);
}

const MIME_SCAFFOLDING = /^(content-[a-z-]{1,30}|boundary|mime-version)\s{0,2}[:=]/i;

/** True when `line` (trimmed at the start) is a MIME header or parameter line. */
function isMimeScaffolding(line: string): boolean {
  // Every match starts with c, b or m in either case: most lines are answered without the regular expression.
  const first = line.charCodeAt(0) | 0x20;
  return (first === 0x63 || first === 0x62 || first === 0x6d) && MIME_SCAFFOLDING.test(line);
}

/** Last resort for MIME that postal-mime cannot split (e.g. a boundary on an unindented line): body minus MIME scaffolding. */
function crudeBodyText(src: Source): string {
  const end = Math.min(src.bytes.length, MAX_BODY_CHARS * 2);
  const all = normalizeNewlines(end <= src.asciiEnd ? src.latin1.slice(0, end) : utf8.decode(src.bytes.subarray(0, end)));
  const start = all.indexOf('\n\n');
  if (start === -1) return '';
  return all
    .slice(start + 2)
    .split('\n')
    .filter((l) => !l.startsWith('--') && !isMimeScaffolding(l.trimStart()))
    .join('\n');
}

const RFC822_CONTENT_TYPE = /content-type: message\/rfc822/i;

/** True when `raw` has "/" three characters before "822", as every match of RFC822_CONTENT_TYPE does: most texts have no "822" at all. */
function mayNameRfc822(raw: string): boolean {
  for (let i = raw.indexOf('822', 4); i !== -1; i = raw.indexOf('822', i + 1)) if (raw.charCodeAt(i - 4) === 0x2f) return true;
  return false;
}

/** Headers of a returned original found in the raw message when no attachment gave them (an original marked inline, or MIME too broken to split). */
function embeddedOriginalHeaders(src: Source): string | null {
  const raw = src.latin1.slice(0, MAX_BODY_CHARS * 2);
  // Most messages have none; only those that do are worth normalising.
  if (!mayNameRfc822(raw) || !RFC822_CONTENT_TYPE.test(raw)) return null;
  const all = normalizeNewlines(raw);
  const found = RFC822_CONTENT_TYPE.exec(all);
  if (!found) return null;
  const at = found.index;
  const blank = all.indexOf('\n\n', at);
  if (blank === -1) return null;
  const end = all.indexOf('\n\n', blank + 2);
  return all.slice(blank + 2, end === -1 ? blank + 2 + 16384 : Math.min(end, blank + 2 + 16384));
}

/**
 * CR-only files (old Mac) parse as one long line otherwise; CRLF is left for the MIME parser, which is told
 * (noBareCr) that no other CR is left.
 */
function bareCrToLf(src: Source): Source {
  const text = src.latin1;
  let cr = firstBareCr(text);
  if (cr === -1) return { bytes: src.bytes, latin1: text, asciiEnd: src.asciiEnd, noBareCr: true };
  // Only CRs change, into LFs: both ASCII, so the first 8-bit byte stays. Decoding the bytes again makes the
  // latin1 view in one native call, where joining the pieces between CRs costs more.
  const bytes = src.bytes.slice();
  for (; cr !== -1; cr = text.indexOf('\r', cr + 1)) if (text.charCodeAt(cr + 1) !== 0x0a) bytes[cr] = 0x0a;
  return { bytes, latin1: latin1View(bytes, src.asciiEnd), asciiEnd: src.asciiEnd, noBareCr: true };
}

/**
 * A returned original (message/rfc822) is always an attachment, even one marked inline: it is the sender's own
 * message, never read as the notice's text (only its header block is, as originalHeaders). postal-mime would
 * otherwise parse an inline one as a nested message and write its headers into the text, dates formatted in
 * the machine's locale; the fast path (fast-mime.ts) reads it as an attachment too. (This makes postal-mime's
 * rfc822Attachments option, which only picks the default disposition of such parts, moot.)
 */
const POSTAL_MIME_OPTIONS = { forceRfc822Attachments: true } as const;

const REPORT_TYPES: ReadonlySet<string> = new Set(['message/delivery-status', 'message/global-delivery-status', 'message/feedback-report']);

/**
 * postal-mime, on the message without the body of the returned original when that is safe (see trim-report).
 * If postal-mime does not then see both a report part and the returned message, the whole input is parsed instead.
 * Attachments stay ArrayBuffers: only the few parts read in parseMessage are decoded.
 */
async function parseWithPostalMime(bytes: Uint8Array) {
  const cut = cutReturnedMessage(bytes);
  if (cut) {
    const email = await PostalMime.parse(cut, POSTAL_MIME_OPTIONS);
    const types = new Set(email.attachments.map((a) => (a.mimeType ?? '').toLowerCase()));
    if (types.has('message/rfc822') && [...REPORT_TYPES].some((t) => types.has(t))) return email;
  }
  return PostalMime.parse(bytes, POSTAL_MIME_OPTIONS);
}

/** Characters of a returned message read for its header block. */
const ORIGINAL_HEADERS_CHARS = 32 * 1024;

/** The message as the parsers read it: capped, old-Mac line ends fixed, undeclared Japanese declared. */
function prepare(input: Uint8Array | Source): Source {
  const src = 'asciiEnd' in input ? input : sourceOf(input.length > MAX_MESSAGE_BYTES ? input.subarray(0, MAX_MESSAGE_BYTES) : input);
  const capped =
    src.bytes.length > MAX_MESSAGE_BYTES
      ? { bytes: src.bytes.subarray(0, MAX_MESSAGE_BYTES), latin1: src.latin1.slice(0, MAX_MESSAGE_BYTES), asciiEnd: Math.min(src.asciiEnd, MAX_MESSAGE_BYTES) }
      : src;
  return declareMissingCharset(bareCrToLf(capped));
}

/**
 * Parses one RFC 822 message into the normalized form. `fastPath: false` sends the message straight to
 * postal-mime: for a message parseMessageNow has already declined, and for tests, which use it as the reference.
 */
export async function parseMessage(input: Uint8Array | Source, { fastPath = true }: { fastPath?: boolean } = {}): Promise<BounceMessage> {
  const src = prepare(input);
  const email = (fastPath ? parseMimeFast(src, { headerBlockChars: ORIGINAL_HEADERS_CHARS }) : null) ?? (await parseWithPostalMime(src.bytes));
  return normalize(email, src);
}

/**
 * The same as parseMessage, without waiting, for the messages the fast path reads (most bounces); null for
 * the others, which need parseMessage. Saves a promise per message where throughput matters.
 */
export function parseMessageNow(input: Uint8Array | Source, wrapped = false): BounceMessage | null {
  const src = prepare(input);
  const email = parseMimeFast(src, { headerBlockChars: ORIGINAL_HEADERS_CHARS });
  return email ? normalize(email, src, wrapped) : null;
}

/** `wrapped`: this is a report found attached to another message (read one level deep, no further). */
function normalize(email: FastEmail, src: Source, wrapped = false): BounceMessage {
  const headers = new Map<string, string[]>();
  for (const h of email.headers ?? []) {
    const list = headers.get(h.key);
    if (list) list.push(h.value);
    else headers.set(h.key, [h.value]);
  }
  if (headers.size === 0) for (const [k, v] of parseHeaderBlock(rawHeaderBlock(src))) headers.set(k, v);

  let deliveryStatus: string | null = null;
  let feedbackReport: string | null = null;
  let originalHeaders: string | null = null;
  let wrappedReport: Uint8Array | null = null;
  const extraText: string[] = [];
  for (const a of email.attachments ?? []) {
    const type = (a.mimeType ?? '').toLowerCase();
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
      deliveryStatus = (deliveryStatus ? `${deliveryStatus}\n\n` : '') + cap(normalizeNewlines(attachmentText(a)));
    } else if (type === 'message/feedback-report') {
      feedbackReport = cap(normalizeNewlines(attachmentText(a)));
    } else if (type === 'message/rfc822' || type === 'text/rfc822-headers' || type === 'message/rfc822-headers' || type === 'message/global' || type === 'message/global-headers') {
      if (!originalHeaders) {
        const body = normalizeNewlines(cap(attachmentText(a), ORIGINAL_HEADERS_CHARS));
        const end = body.indexOf('\n\n');
        originalHeaders = end === -1 ? body : body.slice(0, end);
      }
      // The fast path has answered isWrappedReport already, and may not have made the bytes yet.
      if (!wrappedReport && !wrapped && type === 'message/rfc822' && (a.wrappedReport ?? (a.content && typeof a.content !== 'string' && isWrappedReport(a.content)))) {
        wrappedReport = a.content instanceof Uint8Array ? a.content : new Uint8Array(a.content as ArrayBuffer);
      }
    } else if (type === 'text/plain' && (a.disposition !== 'attachment' || !a.filename)) {
      extraText.push(attachmentText(a));
    }
  }

  // A bounce that carries the real report as an attached message (X5 and some gateways): read it from there.
  if (wrappedReport && !deliveryStatus && !feedbackReport) {
    const inner = parseMessageNow(wrappedReport, true);
    if (inner && (inner.deliveryStatus || inner.feedbackReport)) {
      deliveryStatus = inner.deliveryStatus;
      feedbackReport = inner.feedbackReport;
      originalHeaders = inner.originalHeaders ?? originalHeaders;
      extraText.push(inner.text);
    }
  }

  let text = email.text ?? '';
  if (!text.trim() && email.html) text = htmlToText(email.html);
  if (!text.trim()) text = crudeBodyText(src);
  if (!originalHeaders) originalHeaders = embeddedOriginalHeaders(src);
  if (extraText.length) text = `${text}\n${extraText.join('\n')}`;
  text = normalizeNewlines(cap(text));

  const fromValue = email.from ? `${email.from.name ? `${email.from.name} ` : ''}<${email.from.address ?? ''}>` : headers.get('from')?.[0] ?? '';
  const toAddresses: string[] = [];
  for (const t of email.to ?? []) if (t.address) toAddresses.push(t.address);
  if (toAddresses.length === 0) toAddresses.push(...findAddresses(headers.get('to')?.[0] ?? ''));

  return {
    headers,
    subject: email.subject ?? headers.get('subject')?.[0] ?? '',
    from: fromValue,
    fromAddress: email.from?.address ?? findAddresses(headers.get('from')?.[0] ?? '')[0] ?? null,
    toAddresses,
    text,
    deliveryStatus,
    feedbackReport,
    originalHeaders,
    visibleOnly: false,
  };
}

/** What a webmail shows: text only, with optional subject/from hints. */
export function visibleMessage(text: string, hints?: { subject?: string; from?: string }): BounceMessage {
  const from = hints?.from ?? '';
  return {
    headers: new Map(),
    subject: hints?.subject ?? '',
    from,
    fromAddress: findAddresses(from)[0] ?? null,
    toAddresses: [],
    text: normalizeNewlines(cap(text ?? '')),
    deliveryStatus: null,
    feedbackReport: null,
    originalHeaders: null,
    visibleOnly: true,
  };
}
