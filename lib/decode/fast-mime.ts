import { addressParser, decodeWords } from 'postal-mime';
import type { Attachment, Email } from 'postal-mime';

/**
 * Synchronous stand-in for postal-mime on the messages bounces are made of: single-part text/plain or
 * text/html, and multipart/report, mixed, alternative and related trees (nested up to MAX_DEPTH), with
 * 7bit/8bit/binary, base64 or quoted-printable parts in common charsets. postal-mime is correct but
 * slow for us: every part goes through a Blob round trip, two chunks a line, and an await.
 *
 * Everything here mirrors postal-mime 4 (postal-mime.ts, mime-node.ts and its decoders) step by step:
 * the same line splitting, the same boundary matching (innermost open boundary first, epilogues fed to
 * the parent and never read), the same header unfolding, the same lenient base64 and quoted-printable
 * decoding, the same text assembly under the nearest multipart/alternative, and postal-mime's own
 * addressParser and decodeWords. What would take more than that returns null and the caller hands the
 * message to postal-mime: Content-Type or Content-Disposition values with comments, escapes or RFC 2231
 * parameters, charsets outside a fixed list, multipart/digest, and an html-only alternative next to plain
 * text (postal-mime converts between the two). postal-mime is told to keep every message/rfc822 part an
 * attachment (forceRfc822Attachments, in mime.ts), and so is this path.
 *
 * Only what parseMessage (mime.ts) reads is produced: headers, subject, from, to, text, html and the
 * attachments' mimeType, disposition, filename, plus content for the types parseMessage decodes. Other
 * attachments carry empty content, and a returned message (message/rfc822 and friends, pass-through
 * encoded) carries only as much as parseMessage reads of it: up to its first blank line.
 *
 * The input is read through its latin1 view (one character per byte, so string offsets are byte offsets):
 * lines and boundaries are found with string searches, which cost far less per call than typed-array ones.
 * Bytes before the first one at 0x80 or above are ASCII, which UTF-8 and the single-byte charsets decode
 * to the same characters as latin1; header blocks and pass-through text there are slices of that view
 * rather than fresh decodes, and the rest goes through TextDecoder as postal-mime does.
 */

/** An attachment as returned here. `text` is what UTF-8 decoding of `content` gives, when it came for free; `wrappedReport` is isWrappedReport(content), already answered. */
export type FastAttachment = Attachment & { text?: string | undefined; wrappedReport?: boolean | undefined };

export type FastEmail = Pick<Email, 'headers' | 'subject' | 'from' | 'to' | 'text' | 'html'> & { attachments: FastAttachment[] };

export interface FastOptions {
  /** parseMessage reads at most this many characters of a returned message, up to its first blank line. */
  headerBlockChars: number;
}

/** A message as the parsing steps share it, so that each reads it without decoding it again. */
export interface Source {
  /** A plain Uint8Array view: a Node Buffer's subarray goes through a much slower path. */
  bytes: Uint8Array;
  /** The bytes decoded as latin1: one character per byte, so string offsets are byte offsets. */
  latin1: string;
  /** Offset of the first byte at 0x80 or above, or the length: everything before it is ASCII. */
  asciiEnd: number;
  /** True when every CR is directly followed by an LF, so that a CR only ever ends a line; unset when not known. */
  noBareCr?: boolean;
}

const latin1Decoder = new TextDecoder('latin1');
/** Same settings postal-mime uses for header lines (a leading U+FEFF stays a character). */
const headerDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const utf8Decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/**
 * Offset of the first byte at 0x80 or above, or `bytes.length`. Four bytes a step: a byte loop, or a regular
 * expression over the latin1 view, costs several times more.
 */
export function firstHighByte(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n && (bytes.byteOffset + i) % 4 !== 0) {
    if (bytes[i] >= 0x80) return i;
    i++;
  }
  const words = (n - i) >>> 2;
  if (words > 0) {
    const w = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    let k = 0;
    while (k + 4 <= words && ((w[k] | w[k + 1] | w[k + 2] | w[k + 3]) & 0x80808080) === 0) k += 4;
    while (k < words && (w[k] & 0x80808080) === 0) k++;
    i += k * 4;
  }
  while (i < n && bytes[i] < 0x80) i++;
  return i;
}

const NO_WORDS = new Uint32Array(0);

/**
 * True when `bytes` is well-formed UTF-8, which is when a fatal TextDecoder accepts it: no stray continuation
 * byte, overlong form, surrogate, value past U+10FFFF or sequence cut short. Checked in place, as decoding
 * would build the whole string only to drop it, and ASCII runs (most of a message) four bytes a step.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  // Whole words start `lead` bytes in, where the buffer is 4-byte aligned.
  const lead = (4 - (bytes.byteOffset & 3)) & 3;
  const words = n >= lead + 4 ? new Uint32Array(bytes.buffer, bytes.byteOffset + lead, (n - lead) >>> 2) : NO_WORDS;
  let i = 0;
  while (i < n) {
    const c = bytes[i];
    if (c >= 0x80) {
      i = utf8SequenceEnd(bytes, i, c);
      if (i === -1) return false;
      continue;
    }
    i++;
    if (i >= lead && ((i - lead) & 3) === 0) {
      let w = (i - lead) >>> 2;
      while (w < words.length && (words[w] & 0x80808080) === 0) w++;
      i = lead + w * 4;
    }
  }
  return true;
}

/** Offset just past the well-formed UTF-8 sequence that `lead` (0x80 or above) starts at `i`, or -1. */
function utf8SequenceEnd(bytes: Uint8Array, i: number, lead: number): number {
  let length: number;
  // The first continuation byte's range rules out overlong forms, surrogates and values past U+10FFFF.
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
  } else return -1;
  if (i + length > bytes.length) return -1;
  const first = bytes[i + 1];
  if (first < low || first > high) return -1;
  for (let k = 2; k < length; k++) {
    const c = bytes[i + k];
    if (c < 0x80 || c > 0xbf) return -1;
  }
  return i + length;
}

export function sourceOf(bytes: Uint8Array): Source {
  const view = Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const asciiEnd = firstHighByte(view);
  return { bytes: view, latin1: latin1View(view, asciiEnd), asciiEnd };
}

/** The latin1 view of `bytes`, given the offset of its first byte at 0x80 or above. */
export function latin1View(bytes: Uint8Array, asciiEnd: number): string {
  // ASCII reads the same either way, and UTF-8 decoding of it is the cheaper of the two.
  return (asciiEnd === bytes.length ? utf8Decoder : latin1Decoder).decode(bytes);
}

/** Offset of the first CR in `text` that is not directly followed by an LF, or -1. */
export function firstBareCr(text: string): number {
  let cr = text.indexOf('\r');
  while (cr !== -1 && text.charCodeAt(cr + 1) === 0x0a) cr = text.indexOf('\r', cr + 1);
  return cr;
}

/** postal-mime allows 256 levels and throws past them; deeper trees are left to it. */
const MAX_DEPTH = 20;

/**
 * Charset labels handled here. Each is a WHATWG label that postal-mime's getDecoder hands to TextDecoder as
 * written, so decoding with TextDecoder(label) is what postal-mime does; other labels go through its alias
 * and fallback rules, which are not copied here.
 */
export const CHARSETS: ReadonlySet<string> = new Set([
  'utf-8', 'utf8', 'unicode-1-1-utf-8', 'us-ascii', 'ascii', 'ansi_x3.4-1968',
  'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'cp1252', 'windows-1252',
  'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-8-i',
  'iso-8859-9', 'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso8859-15',
  'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257',
  'windows-1258', 'koi8-r', 'koi8-u', 'windows-874', 'tis-620',
  'iso-2022-jp', 'euc-jp', 'shift_jis', 'shift-jis', 'sjis', 'windows-31j',
  'gb2312', 'gbk', 'gb18030', 'big5', 'euc-kr', 'ks_c_5601-1987',
]);
/** Labels no TextDecoder knows, for which getDecoder ends at its windows-1252 fallback (Outlook's UTF-7 notices). */
export const WINDOWS_1252_FALLBACK: ReadonlySet<string> = new Set(['utf-7', 'unicode-1-1-utf-7']);

interface Charset {
  decoder: TextDecoder;
  /** Decodes every ASCII byte to itself, so an ASCII range reads the same as its latin1 view. */
  asciiSafe: boolean;
}
const charsets = new Map<string, Charset | null>();

function charsetFor(label: string | undefined): Charset | null {
  let key = (label || 'utf8').trim().toLowerCase();
  if (WINDOWS_1252_FALLBACK.has(key)) key = 'windows-1252';
  else if (!CHARSETS.has(key)) return null;
  let charset = charsets.get(key);
  if (charset === undefined) {
    try {
      const decoder = new TextDecoder(key);
      // The others are ASCII-compatible too, except ISO-2022-JP (ESC, SO and SI); these two are all that is needed.
      charset = { decoder, asciiSafe: decoder.encoding === 'utf-8' || decoder.encoding === 'windows-1252' };
    } catch {
      // A runtime without this encoding: postal-mime would fall back, so this message goes to it.
      charset = null;
    }
    charsets.set(key, charset);
  }
  return charset;
}

/** decodeWords, which gives back a string without encoded words unchanged. */
function decodeWordsIn(str: string): string {
  return str.includes('=?') ? decodeWords(str) : str;
}

const isWsp = (c: number) => c === 0x20 || c === 0x09;

/** `str.slice(start, end)` without the SP and HTAB at either end, as postal-mime's trimWsp. */
function trimWspSlice(str: string, start: number, end: number): string {
  while (start < end && isWsp(str.charCodeAt(start))) start++;
  while (end > start && isWsp(str.charCodeAt(end - 1))) end--;
  return str.slice(start, end);
}

function trimWsp(str: string): string {
  return trimWspSlice(str, 0, str.length);
}

interface StructuredValue {
  /** Lower-case value before the first ';'. */
  value: string;
  /** The subtype when `value` is "multipart/<subtype>", else null. */
  multipart: string | null;
  /** Lower-case parameter names; the first occurrence of a name wins, as in postal-mime. */
  params: ReadonlyMap<string, string>;
}

const NO_PARAMS: ReadonlyMap<string, string> = new Map();

/**
 * `type/subtype; name=value; name="quoted value"; flag` parsed as postal-mime's parseStructuredHeader does, or
 * null when the value needs the rest of that parser: comments, backslash escapes, quoted ';', RFC 2231
 * (`name*`) parameters, whitespace inside an unquoted value.
 */
function parseStructured(header: string): StructuredValue | null {
  if (header.includes('\\')) return null;
  if (header.includes('(') || header.includes(')')) {
    // Parentheses outside quoted strings open comments, which postal-mime strips; inside them they are text.
    let quoted = false;
    for (let i = 0; i < header.length; i++) {
      const c = header.charCodeAt(i);
      if (c === 0x22) quoted = !quoted;
      else if (!quoted && (c === 0x28 || c === 0x29)) return null;
    }
  }
  const len = header.length;
  let semi = header.indexOf(';');
  const value = trimWspSlice(header, 0, semi === -1 ? len : semi);
  if (value.includes('"')) return null;
  if (semi === -1) return structuredValue(value, NO_PARAMS);
  const params = new Map<string, string>();
  while (semi !== -1) {
    // One parameter: [start, end) without the SP and HTAB around it.
    let start = semi + 1;
    semi = header.indexOf(';', start);
    let end = semi === -1 ? len : semi;
    while (start < end && isWsp(header.charCodeAt(start))) start++;
    while (end > start && isWsp(header.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    const eq = header.indexOf('=', start);
    if (eq === -1 || eq >= end) {
      // A valueless parameter, which postal-mime keeps with an empty value.
      const flag = header.slice(start, end).trim().toLowerCase();
      if (flag.includes('"') || flag.includes('*')) return null;
      if (flag && !params.has(flag)) params.set(flag, '');
      continue;
    }
    const name = trimWspSlice(header, start, eq).toLowerCase();
    if (!isParamName(name)) return null;
    let from = eq + 1;
    while (from < end && isWsp(header.charCodeAt(from))) from++;
    let v: string;
    if (from < end && header.charCodeAt(from) === 0x22) {
      // A quoted value: the closing quote ends the parameter, with no other quote inside.
      if (end - from < 2 || header.charCodeAt(end - 1) !== 0x22 || header.indexOf('"', from + 1) !== end - 1) return null;
      v = header.slice(from + 1, end - 1);
    } else {
      v = header.slice(from, end);
      if (v.includes('"') || WHITESPACE.test(v)) return null;
    }
    if (!params.has(name)) params.set(name, v);
  }
  return structuredValue(value, params);
}

function structuredValue(value: string, params: ReadonlyMap<string, string>): StructuredValue {
  const lower = value.toLowerCase();
  return { value: lower, multipart: lower.startsWith('multipart/') ? lower.slice('multipart/'.length) : null, params };
}

const WHITESPACE = /\s/;

/** A parameter name without what RFC 2231 or quoting would add: /^[a-z0-9_.-]+$/. */
function isParamName(name: string): boolean {
  if (!name) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d)) return false;
  }
  return true;
}

/**
 * Most parts repeat a handful of values ("message/delivery-status", "text/plain; charset=us-ascii"), and
 * parsing one costs more than looking it up; results are never modified, so they are shared. A multipart's
 * value carries its own boundary and never repeats, so it is not kept.
 */
const structuredCache = new Map<string, StructuredValue | null>();
const CACHED_VALUE_CHARS = 128;

function parseStructuredCached(header: string): StructuredValue | null {
  let parsed = structuredCache.get(header);
  if (parsed === undefined) {
    parsed = parseStructured(header);
    if (header.length <= CACHED_VALUE_CHARS && !header.includes('boundary')) {
      if (structuredCache.size >= 256) structuredCache.clear();
      // A slice of the message would keep the whole message alive for as long as the cache holds it: key a copy.
      structuredCache.set(`${header} `.slice(0, -1), parsed);
    }
  }
  return parsed;
}

type HeaderEntry = Email['headers'][number];
type TransferEncoding = 'base64' | 'quoted-printable' | 'pass-through';

const HEADER = 0;
const BODY = 1;
const FINISHED = 2;

/** One MIME node, as postal-mime's MimeNode keeps it, with its body as a byte range of the input. */
interface Part {
  parent: Part | null;
  depth: number;
  state: typeof HEADER | typeof BODY | typeof FINISHED;
  /** Byte range of the header lines, which run until the blank line or the line that finishes the part. */
  headerStart: number;
  headerEnd: number;
  /** Filled for the root only. */
  headers: HeaderEntry[];
  type: string;
  params: ReadonlyMap<string, string>;
  /** Subtype of a multipart, else null. */
  multipart: string | null;
  encoding: TransferEncoding;
  disposition: string;
  dispositionParams: ReadonlyMap<string, string>;
  children: Part[];
  finishedChildren: number;
  bodyStart: number;
  bodyEnd: number;
}

function newPart(parent: Part | null, headerStart: number): Part {
  const part: Part = {
    parent,
    depth: parent ? parent.depth + 1 : 0,
    state: HEADER,
    headerStart,
    headerEnd: headerStart,
    headers: [],
    type: 'text/plain',
    params: NO_PARAMS,
    multipart: null,
    encoding: 'pass-through',
    disposition: '',
    dispositionParams: NO_PARAMS,
    children: [],
    finishedChildren: 0,
    bodyStart: 0,
    bodyEnd: 0,
  };
  parent?.children.push(part);
  return part;
}

/** `value` as postal-mime stores it: a CR left inside a line (line ends lost theirs) becomes a space, and SP and HTAB around it go. */
function fieldValue(value: string, hasCr: boolean): string {
  return trimWsp(hasCr ? value.replace(/[\r\n]+/g, ' ') : value);
}

/**
 * The fields of the header block [start, stop) of `block` as MimeNode.processHeaders reads them: each line
 * without its trailing CRs (as postal-mime's readLine drops them), continuation lines (starting with SP or
 * HTAB) appended to their field without the line breaks, the key before the first ':' and the value after
 * it. Works on offsets, into the latin1 view itself for an ASCII block, so a one-line field costs a slice for
 * its key and one for its value. With `noBareCr` (every CR directly before an LF), no CR can be inside a
 * line, and none is looked for.
 */
function headerFields(block: string, start: number, stop: number, noBareCr: boolean): HeaderEntry[] {
  const entries: HeaderEntry[] = [];
  // The next ':' and CR at or after where they are looked for; every search moves forward, so all stay linear.
  let colon = block.indexOf(':', start);
  let cr = noBareCr ? -1 : block.indexOf('\r', start);
  let pos = start;
  while (pos < stop) {
    let nl = block.indexOf('\n', pos);
    if (nl === -1 || nl > stop) nl = stop;
    let end = nl;
    while (end > pos && block.charCodeAt(end - 1) === 0x0d) end--;
    if (colon !== -1 && colon < pos) colon = block.indexOf(':', pos);
    const sep = colon !== -1 && colon < end ? colon : -1;
    let valueCr = false;
    if (sep !== -1) {
      if (cr !== -1 && cr <= sep) cr = block.indexOf('\r', sep + 1);
      valueCr = cr !== -1 && cr < end;
    }
    let next = nl + 1;
    // Continuation lines, appended without their line breaks.
    let tail = '';
    while (next < stop && isWsp(block.charCodeAt(next))) {
      let nl2 = block.indexOf('\n', next);
      if (nl2 === -1 || nl2 > stop) nl2 = stop;
      let end2 = nl2;
      while (end2 > next && block.charCodeAt(end2 - 1) === 0x0d) end2--;
      if (cr !== -1 && cr < next) cr = block.indexOf('\r', next);
      if (cr !== -1 && cr < end2) valueCr = true;
      tail += block.slice(next, end2);
      next = nl2 + 1;
    }
    let originalKey: string;
    let value: string;
    if (sep !== -1 && !valueCr) {
      originalKey = trimWspSlice(block, pos, sep);
      value = tail ? trimWsp(block.slice(sep + 1, end) + tail) : trimWspSlice(block, sep + 1, end);
    } else {
      // A CR inside a line, or no ':' on the first line (it may be on a continuation line, or nowhere).
      const unfolded = block.slice(pos, end) + tail;
      const at = unfolded.indexOf(':');
      originalKey = trimWsp(at < 0 ? unfolded : unfolded.slice(0, at));
      value = at < 0 ? '' : fieldValue(unfolded.slice(at + 1), unfolded.includes('\r', at));
    }
    entries.push({ key: originalKey.toLowerCase(), originalKey, value });
    pos = next;
  }
  return entries;
}

/**
 * Start of the first blank line (nothing but CRs before its LF or the end) at or after `pos`, a line start;
 * -1 if none. Line by line: a search for "\n\n" or "\n\r\n" would run through the whole body of a message
 * written with the other line end.
 */
function blankLineFrom(text: string, pos: number): number {
  const n = text.length;
  while (pos < n) {
    let q = pos;
    while (q < n && text.charCodeAt(q) === 0x0d) q++;
    if (q === n || text.charCodeAt(q) === 0x0a) return pos;
    const nl = text.indexOf('\n', q);
    if (nl === -1) return -1;
    pos = nl + 1;
  }
  return -1;
}

/**
 * An open boundary, which postal-mime compares byte for byte as UTF-8: an ASCII one is its own bytes, so it is
 * compared as a string on the latin1 view; any other as its encoded bytes.
 */
interface Boundary {
  part: Part;
  /** In bytes. */
  length: number;
  ascii: string | null;
  bytes: Uint8Array | null;
}

function isAscii(str: string): boolean {
  for (let i = 0; i < str.length; i++) if (str.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Builds the MIME tree of `bytes` line by line, as postal-mime's processLine / MimeNode.feed do. */
class TreeReader {
  private readonly boundaries: Boundary[] = [];

  constructor(private readonly src: Source) {}

  read(): Part | null {
    const text = this.src.latin1;
    const n = text.length;
    const root = newPart(null, 0);
    let current = root;
    let pos = 0;
    while (pos < n) {
      if (current.state === HEADER && !this.boundaries.length) {
        // No line can be a boundary yet (the top-level headers): the header block runs to the first blank line.
        const blank = blankLineFrom(text, pos);
        if (blank === -1) break;
        const nl = text.indexOf('\n', blank);
        current.headerEnd = blank;
        if (!this.processHeaders(current)) return null;
        current.state = BODY;
        pos = current.bodyStart = nl === -1 ? n : nl + 1;
        continue;
      }
      if (current.state === BODY && !(text.charCodeAt(pos) === 0x2d && text.charCodeAt(pos + 1) === 0x2d)) {
        // Body lines need no work (see below) until one could be a boundary: jump to the next line that starts with "--".
        const dashes = this.boundaries.length ? text.indexOf('\n--', pos) : -1;
        pos = dashes === -1 ? n : dashes + 1;
        continue;
      }
      const nl = text.indexOf('\n', pos);
      const next = nl === -1 ? n : nl + 1;
      let end = nl === -1 ? n : nl;
      while (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;

      if (this.boundaries.length && end - pos > 2 && text.charCodeAt(pos) === 0x2d && text.charCodeAt(pos + 1) === 0x2d) {
        const hit = this.matchBoundary(pos, end);
        if (hit) {
          if (hit.terminator) {
            if (!this.finish(hit.part, pos)) return null;
            current = hit.part.parent ?? root;
          } else {
            if (!this.finishChildren(hit.part, pos)) return null;
            // A digest defaults its parts to message/rfc822; not worth mirroring.
            if (hit.part.multipart === 'digest' || hit.part.depth >= MAX_DEPTH) return null;
            current = newPart(hit.part, next);
          }
          pos = next;
          continue;
        }
      }

      if (current.state === HEADER && end === pos) {
        current.headerEnd = pos;
        if (!this.processHeaders(current)) return null;
        current.state = BODY;
        current.bodyStart = next;
      }
      // Body lines need no work: a leaf stays the current node until it is finished, so its body is the
      // contiguous range up to the line that finishes it. Lines fed to a multipart node are never read.
      pos = next;
    }
    return this.finish(root, n) ? root : null;
  }

  /** The open boundary that the line at [pos, end) delimits, innermost first, with postal-mime's rules for `--` and trailing blanks. */
  private matchBoundary(pos: number, end: number): { part: Part; terminator: boolean } | null {
    const { bytes, latin1: text } = this.src;
    const length = end - pos;
    for (let i = this.boundaries.length - 1; i >= 0; i--) {
      const { part, length: size, ascii, bytes: value } = this.boundaries[i];
      if (length < size + 2) continue;
      if (ascii !== null) {
        if (text.charCodeAt(pos + 2) !== ascii.charCodeAt(0) || text.slice(pos + 2, pos + 2 + size) !== ascii) continue;
      } else if (value) {
        let matches = true;
        for (let j = 0; j < size; j++) {
          if (bytes[pos + 2 + j] !== value[j]) {
            matches = false;
            break;
          }
        }
        if (!matches) continue;
      }
      let after = size + 2;
      const terminator = length >= size + 4 && text.charCodeAt(pos + after) === 0x2d && text.charCodeAt(pos + after + 1) === 0x2d;
      if (terminator) after += 2;
      let blanksOnly = true;
      for (let j = pos + after; j < end; j++) {
        if (!isWsp(text.charCodeAt(j))) {
          blanksOnly = false;
          break;
        }
      }
      if (blanksOnly) return { part, terminator };
    }
    return null;
  }

  /** MimeNode.finalize: a part still in its headers gets them processed and an empty body. */
  private finish(part: Part, at: number): boolean {
    if (part.state === FINISHED) return true;
    if (part.state === HEADER) {
      part.headerEnd = at;
      if (!this.processHeaders(part)) return false;
      part.bodyStart = at;
    }
    part.bodyEnd = at;
    for (let i = this.boundaries.length - 1; i >= 0; i--) {
      if (this.boundaries[i].part === part) {
        this.boundaries.splice(i, 1);
        break;
      }
    }
    if (!this.finishChildren(part, at)) return false;
    part.state = FINISHED;
    return true;
  }

  private finishChildren(part: Part, at: number): boolean {
    while (part.finishedChildren < part.children.length) {
      if (!this.finish(part.children[part.finishedChildren++], at)) return false;
    }
    return true;
  }

  /**
   * MimeNode.processHeaders, or false when a header needs more than the simple forms parseStructured reads.
   * postal-mime decodes the header lines one by one; decoding the block at once gives the same characters: an
   * ASCII byte never joins a multi-byte sequence, so a sequence cut by a line end becomes the same U+FFFD
   * either way, and ignoreBOM keeps a U+FEFF wherever it is.
   */
  private processHeaders(part: Part): boolean {
    const { headerStart: start, headerEnd: end } = part;
    let fields: HeaderEntry[] = [];
    // Decoding keeps every CR and LF where it was, so a block has a bare CR only where the message has one.
    const noBareCr = this.src.noBareCr === true;
    const asciiBlock = end <= this.src.asciiEnd;
    if (asciiBlock) fields = headerFields(this.src.latin1, start, end, noBareCr);
    else if (end > start) {
      const block = headerDecoder.decode(this.src.bytes.subarray(start, end));
      fields = headerFields(block, 0, block.length, noBareCr);
    }
    // Only the top-level headers are returned; a part needs just its first content headers.
    if (part.parent === null) part.headers = fields;
    let contentType: string | null = null;
    let transferEncoding: string | null = null;
    let disposition: string | null = null;
    for (const { key, value } of fields) {
      if (key === 'content-type') contentType ??= value;
      else if (key === 'content-transfer-encoding') transferEncoding ??= value;
      else if (key === 'content-disposition') disposition ??= value;
    }

    if (contentType !== null) {
      const parsed = parseStructuredCached(contentType);
      if (!parsed) return false;
      part.type = parsed.value;
      part.params = parsed.params;
      part.multipart = parsed.multipart;
    }
    if (part.multipart !== null) {
      // postal-mime takes an empty subtype for a leaf; rare enough to leave to it.
      if (!part.multipart) return false;
      const boundary = part.params.get('boundary');
      if (boundary) {
        // Parameters read from the latin1 view of the ASCII prefix are ASCII.
        const ascii = asciiBlock || isAscii(boundary) ? boundary : null;
        const value = ascii === null ? encoder.encode(boundary) : null;
        this.boundaries.push({ part, length: value ? value.length : boundary.length, ascii, bytes: value });
      }
    }
    if (disposition !== null) {
      const parsed = parseStructuredCached(disposition);
      if (!parsed) return false;
      part.disposition = parsed.value;
      part.dispositionParams = parsed.params;
    }
    if (transferEncoding !== null) {
      // postal-mime strips comments first; without '(' there is nothing to strip.
      if (transferEncoding.includes('(')) return false;
      const token = /[\w-]+/.exec(transferEncoding.toLowerCase())?.[0] ?? '';
      if (token.includes('base64')) part.encoding = 'base64';
      else if (token.includes('quoted-printable')) part.encoding = 'quoted-printable';
    }
    return true;
  }
}

/** Base64 alphabet values; -1 for '=' (ends a unit), -2 for every byte postal-mime drops. */
const BASE64_VALUES = (() => {
  const table = new Int8Array(256).fill(-2);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table[0x3d] = -1;
  return table;
})();

/**
 * postal-mime's Base64Decoder over a whole body: bytes outside the alphabet are dropped (its per-line
 * TextDecoder never merges an ASCII byte into a multi-byte sequence, so dropping bytes is the same as
 * dropping characters), runs of '=' end a unit, and each unit's trailing partial quantum decodes as
 * decodeBase64 does it (one character: nothing; two or three: one or two bytes).
 */
function decodeBase64(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array(Math.floor(((end - start) * 3) / 4) + 3);
  let o = 0;
  let acc = 0;
  let count = 0;
  const flushPartial = () => {
    if (count === 2) {
      out[o++] = acc >> 4;
    } else if (count === 3) {
      out[o++] = acc >> 10;
      out[o++] = acc >> 2;
    }
    acc = 0;
    count = 0;
  };
  for (let i = start; i < end; i++) {
    const v = BASE64_VALUES[bytes[i]];
    if (v >= 0) {
      acc = (acc << 6) | v;
      if (++count === 4) {
        out[o++] = acc >> 16;
        out[o++] = acc >> 8;
        out[o++] = acc;
        acc = 0;
        count = 0;
      }
    } else if (v === -1) {
      flushPartial();
    }
  }
  flushPartial();
  return out.subarray(0, o);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/**
 * postal-mime's QPDecoder: per line, trailing CRs dropped, a trailing '=' is a soft break, '=XX' a byte,
 * anything else literal; LF after hard breaks. Only the '=' and CR need work, so the range is walked from one
 * to the next rather than line by line: '=' then CRs and an LF (or the end) is a soft break, and CRs then an
 * LF (or the end) are dropped. The range is copied once and decoded in place (output never runs ahead of
 * input), so a literal run needs moving only once a soft break or escape has shifted it, and a long one moves
 * natively.
 */
function decodeQuotedPrintable(src: Source, start: number, end: number): Uint8Array {
  const { bytes, latin1: text } = src;
  const out = new Uint8Array(end - start + 1);
  out.set(bytes.subarray(start, end));
  let o = 0;
  let i = start;
  // The next '=' and CR at or after the current position (-1: none left); each search moves forward.
  let nextEq = text.indexOf('=', start);
  let nextCr = text.indexOf('\r', start);
  let softBreakAtEnd = false;
  for (;;) {
    const eq = nextEq === -1 || nextEq >= end ? end : nextEq;
    const cr = nextCr === -1 || nextCr >= end ? end : nextCr;
    const stop = eq < cr ? eq : cr;
    const from = i - start;
    const run = stop - i;
    if (o !== from) {
      if (run > 24) out.copyWithin(o, from, from + run);
      else for (let j = 0; j < run; j++) out[o + j] = out[from + j];
    }
    o += run;
    if (stop === end) break;
    // Past the run of CRs that is at `stop` (a CR) or right after it (an '=').
    let after = stop + 1;
    while (after < end && bytes[after] === 0x0d) after++;
    const endsLine = after === end || bytes[after] === 0x0a;
    if (stop === cr) {
      if (!endsLine) for (let k = cr; k < after; k++) out[o++] = 0x0d;
      i = after;
      nextCr = text.indexOf('\r', after);
      continue;
    }
    if (endsLine) {
      if (after === end) {
        softBreakAtEnd = true;
        break;
      }
      i = after + 1;
      if (nextCr !== -1 && nextCr < i) nextCr = text.indexOf('\r', i);
    } else {
      const high = eq + 2 < end ? hexValue(bytes[eq + 1]) : -1;
      const low = high < 0 ? -1 : hexValue(bytes[eq + 2]);
      if (low >= 0) {
        out[o++] = (high << 4) | low;
        i = eq + 3;
      } else {
        out[o++] = 0x3d;
        i = eq + 1;
      }
    }
    nextEq = text.indexOf('=', i);
  }
  // The last line gets its LF too, unless it ended in a soft break.
  if (end > start && bytes[end - 1] !== 0x0a && !softBreakAtEnd) out[o++] = 0x0a;
  return out.subarray(0, o);
}

/** Offset just past the first empty line after the first line of [start, end) (LF or CRLF ends), or `end`. */
function headerBlockEnd(text: string, start: number, end: number): number {
  let nl = text.indexOf('\n', start);
  while (nl !== -1 && nl < end) {
    let next = nl + 1;
    while (next < end && text.charCodeAt(next) === 0x0d) next++;
    if (next < end && text.charCodeAt(next) === 0x0a) return next + 1;
    nl = text.indexOf('\n', nl + 1);
  }
  return end;
}

/**
 * postal-mime's PassThroughDecoder: every line without its trailing CRs, then "\n". With `headerBlockBytes`,
 * for callers that read only a header block, it stops after the first empty line that is not the first line
 * (where "\n\n" first appears) or after that many bytes, even mid-line.
 */
function passThrough(src: Source, start: number, end: number, headerBlockBytes = Infinity): Uint8Array {
  if (start >= end) return new Uint8Array(0);
  const { bytes, latin1: text } = src;
  const range = bytes.subarray(start, end);
  if (headerBlockBytes === Infinity && range.indexOf(0x0d) === -1) {
    if (range[range.length - 1] === 0x0a) return range;
    const out = new Uint8Array(range.length + 1);
    out.set(range);
    out[range.length] = 0x0a;
    return out;
  }
  // Lines never grow: each one in the input ends in at least one byte that becomes its "\n", except the last.
  const headerBlockOnly = headerBlockBytes !== Infinity;
  const out = new Uint8Array(Math.min(end - start + 1, headerBlockBytes, headerBlockOnly ? headerBlockEnd(text, start, end) - start + 1 : Infinity));
  let o = 0;
  let pos = start;
  for (let line = 0; pos < end; line++) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl >= end) nl = end;
    let lineEnd = nl;
    while (lineEnd > pos && bytes[lineEnd - 1] === 0x0d) lineEnd--;
    const take = Math.min(lineEnd - pos, out.length - o);
    out.set(bytes.subarray(pos, pos + take), o);
    o += take;
    if (o === out.length) break;
    out[o++] = 0x0a;
    if (headerBlockOnly && lineEnd === pos && line > 0) break;
    pos = nl === end ? end : nl + 1;
  }
  return out.subarray(0, o);
}

/** `s` without the CRs that end its lines (a run of CRs before an LF or at the end); CRs inside a line stay. */
function dropLineEndCrs(s: string): string {
  // CRLF line ends are the usual case; a CR anywhere else (inside a line, or one of several) takes the long way.
  const joined = s.replaceAll('\r\n', '\n');
  if (!joined.includes('\r')) return joined;
  const pieces: string[] = [];
  let from = 0;
  let cr = s.indexOf('\r');
  while (cr !== -1) {
    let after = cr + 1;
    while (s.charCodeAt(after) === 0x0d) after++;
    if (after === s.length || s.charCodeAt(after) === 0x0a) {
      pieces.push(s.slice(from, cr));
      from = after;
    }
    cr = s.indexOf('\r', after);
  }
  pieces.push(s.slice(from));
  return pieces.join('');
}

/**
 * passThrough of an ASCII range, as the string that any ASCII-safe charset (and UTF-8 decoding of the
 * bytes passThrough gives) reads from it: the latin1 slice without line-ending CRs, and a "\n" for a
 * last line that has none.
 */
function passThroughText(text: string, start: number, end: number): string {
  if (start >= end) return '';
  const s = text.slice(start, end);
  const out = s.includes('\r') ? dropLineEndCrs(s) : s;
  return text.charCodeAt(end - 1) === 0x0a ? out : `${out}\n`;
}

function decodeBody(src: Source, part: Part, headerBlockBytes?: number): Uint8Array {
  switch (part.encoding) {
    case 'base64':
      return decodeBase64(src.bytes, part.bodyStart, part.bodyEnd);
    case 'quoted-printable':
      return decodeQuotedPrintable(src, part.bodyStart, part.bodyEnd);
    default:
      return passThrough(src, part.bodyStart, part.bodyEnd, headerBlockBytes);
  }
}

/** True when the part's body is pass-through and ASCII: its content is then passThroughText, and its bytes that string's. */
function isAsciiPassThrough(src: Source, part: Part): boolean {
  return part.encoding === 'pass-through' && part.bodyEnd <= src.asciiEnd;
}

/** MimeNode.decodeFlowedText, unchanged (RFC 3676). */
function decodeFlowedText(str: string, delSp: boolean): string {
  const parts: string[] = [];
  let lineStart = 0;
  let lineLength = 0;
  const lines = str.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.charAt(0) === ' ') line = line.slice(1);
    if (i) {
      const last = parts.length ? parts[parts.length - 1] : '';
      const isSignature = lineLength === 3 && parts.slice(lineStart).join('') === '-- ';
      if (last.endsWith(' ') && !isSignature) {
        if (delSp) {
          if (last.length > 1) parts[parts.length - 1] = last.slice(0, -1);
          else parts.pop();
          lineLength--;
        }
      } else {
        parts.push('\n');
        lineStart = parts.length;
        lineLength = 0;
      }
    }
    if (line) {
      parts.push(line);
      lineLength += line.length;
    }
  }
  return parts.join('');
}

/** Attachment types whose whole content parseMessage reads. */
const FULL_CONTENT: ReadonlySet<string> = new Set([
  'message/delivery-status', 'message/global-delivery-status', 'message/feedback-report', 'text/plain',
]);
/** Returned-message types, of which parseMessage reads only the header block. */
const HEADER_BLOCK_CONTENT: ReadonlySet<string> = new Set([
  'message/rfc822', 'text/rfc822-headers', 'message/rfc822-headers', 'message/global', 'message/global-headers',
]);
const REPORT_CONTENT_TYPE = /^content-type:[ \t]{0,20}multipart\/report/im;
const WRAPPED_REPORT_HEAD = 64 * 1024;

/** True when a returned message's text (CRLF or LF) has a header block that says it is a delivery report. */
function isWrappedReportText(text: string): boolean {
  const head = text.length > WRAPPED_REPORT_HEAD ? text.slice(0, WRAPPED_REPORT_HEAD) : text;
  // Most returned messages never name the type: answer without the two regular-expression passes.
  if (!mayNameMultipartReport(head)) return false;
  const end = head.search(/\r?\n\r?\n/);
  return REPORT_CONTENT_TYPE.test(end === -1 ? head : head.slice(0, end));
}

/** True when `text` has `word` (lower-case ASCII) at `at`, ignoring ASCII case. */
export function hasWordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** True when `text` has "multipart/report" in any case, as every match of REPORT_CONTENT_TYPE does. */
function mayNameMultipartReport(text: string): boolean {
  for (let slash = text.indexOf('/', 9); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    if (hasWordAt(text, slash + 1, 'report') && hasWordAt(text, slash - 9, 'multipart')) return true;
  }
  return false;
}

/** True when a message/rfc822 part's own header block says it is a delivery report. */
export function isWrappedReport(content: Uint8Array | ArrayBuffer): boolean {
  const view = content instanceof Uint8Array ? content : new Uint8Array(content);
  return isWrappedReportText(latin1Decoder.decode(view.subarray(0, WRAPPED_REPORT_HEAD)));
}

interface TextGroup {
  plain: string[];
  html: string[];
}

/** MimeNode.getTextContent: the decoded body in its charset, flowed text unwrapped. */
function textContent(src: Source, part: Part, charset: Charset): string {
  let text =
    charset.asciiSafe && isAsciiPassThrough(src, part)
      ? passThroughText(src.latin1, part.bodyStart, part.bodyEnd)
      : charset.decoder.decode(decodeBody(src, part));
  const format = part.params.get('format');
  if (format && /^flowed$/i.test(format)) text = decodeFlowedText(text, /^yes$/i.test(part.params.get('delsp') ?? ''));
  return text;
}

const NO_CONTENT = new Uint8Array(0);

/** An attachment whose content is ASCII text already in hand: parseMessage reads `text`, so its bytes are made only if asked for. */
class TextAttachment {
  private bytes: Uint8Array | null = null;

  constructor(
    readonly filename: string | null,
    readonly mimeType: string,
    readonly disposition: string | null,
    readonly text: string,
    readonly wrappedReport: boolean | undefined,
  ) {}

  /** passThrough keeps ASCII bytes as they are, so these are the text's own bytes. */
  get content(): Uint8Array {
    return (this.bytes ??= encoder.encode(this.text));
  }
}

/** A leaf that is not inline text, as collectAttachment makes it, with content only for the types parseMessage reads (see FastAttachment). */
function leafAttachment(src: Source, part: Part, headerBlockBytes: number): FastAttachment {
  const name = part.dispositionParams.get('filename') || part.params.get('name') || null;
  const filename = name ? decodeWordsIn(name) : null;
  const mimeType = part.type;
  const disposition = part.disposition || null;
  const full = FULL_CONTENT.has(mimeType);
  if (!full && !HEADER_BLOCK_CONTENT.has(mimeType)) return { filename, mimeType, disposition, content: NO_CONTENT };
  if (isAsciiPassThrough(src, part)) {
    const latin1 = src.latin1;
    const { bodyStart: start, bodyEnd: end } = part;
    if (full) return new TextAttachment(filename, mimeType, disposition, passThroughText(latin1, start, end), undefined);
    let text = passThroughText(latin1, start, headerBlockEnd(latin1, start, end));
    if (text.length > headerBlockBytes) text = text.slice(0, headerBlockBytes);
    const wrappedReport = mimeType === 'message/rfc822' ? isWrappedReportText(text) : undefined;
    // A whole report sent as the attachment (X5 and some gateways wrap the bounce): parseMessage reads it all.
    if (wrappedReport) text = passThroughText(latin1, start, end);
    return new TextAttachment(filename, mimeType, disposition, text, wrappedReport);
  }
  if (full) return { filename, mimeType, disposition, content: decodeBody(src, part) };
  let content = decodeBody(src, part, headerBlockBytes);
  if (mimeType !== 'message/rfc822') return { filename, mimeType, disposition, content };
  // Reading the whole returned message does not change the answer: its header block is the same either way.
  const wrappedReport = isWrappedReport(content);
  if (wrappedReport) content = decodeBody(src, part);
  return { filename, mimeType, disposition, content, wrappedReport };
}

/** postal-mime's collectNode and renderTextContent, or null where postal-mime would parse or convert more. */
function collect(src: Source, root: Part, options: FastOptions): { text: string; html: string; attachments: FastAttachment[] } | null {
  // Text entries by the node that selects them: the nearest multipart/alternative, else the part itself.
  const groups = new Map<Part, TextGroup>();
  const attachments: FastAttachment[] = [];
  // Decoded as UTF-8, n bytes give at least n / 3 UTF-16 units, less a BOM and a character cut at the end.
  const headerBlockBytes = options.headerBlockChars * 3 + 8;

  const visit = (part: Part, alternative: Part | null): boolean => {
    if (part.multipart) {
      const selector = part.multipart === 'alternative' ? part : alternative;
      for (const child of part.children) if (!visit(child, selector)) return false;
      return true;
    }
    if (part.disposition !== 'attachment' && (part.type === 'text/plain' || part.type === 'text/html')) {
      const charset = charsetFor(part.params.get('charset'));
      if (!charset) return false;
      const selector = alternative ?? part;
      let group = groups.get(selector);
      if (!group) {
        group = { plain: [], html: [] };
        groups.set(selector, group);
      }
      (part.type === 'text/html' ? group.html : group.plain).push(textContent(src, part, charset));
      return true;
    }
    attachments.push(leafAttachment(src, part, headerBlockBytes));
    return true;
  };
  if (!visit(root, null)) return null;

  let anyPlain = false;
  let anyHtml = false;
  for (const group of groups.values()) {
    anyPlain ||= group.plain.length > 0;
    anyHtml ||= group.html.length > 0;
  }
  const plain: string[] = [];
  const html: string[] = [];
  for (const group of groups.values()) {
    // A group missing one type is rendered from the other with postal-mime's own converters.
    if ((anyPlain && !group.plain.length) || (anyHtml && !group.html.length)) return null;
    for (const entry of group.plain) plain.push(entry);
    for (const entry of group.html) html.push(entry);
  }
  return { text: plain.join('\n'), html: html.join('\n'), attachments };
}

type Mailbox = ReturnType<typeof addressParser>[number];

/** An address with no character addressParser treats specially (quotes, comments, groups, lists, control characters). */
// eslint-disable-next-line no-control-regex -- addressParser drops control characters, so they must not get through.
const PLAIN_ADDRESS = /^[^\s<>"(),:;@\\[\]=\x00-\x1f]{1,256}@[^\s<>"(),:;@\\[\]=\x00-\x1f]{1,256}$/;
/** `Name <address>`, where the address may lack an '@' ("MAILER-DAEMON") and the name may be empty or encoded words. */
// eslint-disable-next-line no-control-regex -- as above.
const NAME_AND_ADDRESS = /^([^<>"(),:;@\\[\]\x00-\x08\x0a-\x1f]{0,256})<([^\s<>"(),:;@\\[\]=\x00-\x1f]{1,256}(?:@[^\s<>"(),:;@\\[\]=\x00-\x1f]{1,256})?)>$/;
/** `"Quoted Name" <address>`: inside quotes only '"' and '\' are special to addressParser. */
// eslint-disable-next-line no-control-regex -- as above.
const QUOTED_NAME_AND_ADDRESS = /^"([^"\\\x00-\x08\x0a-\x1f]{0,256})"[ \t]{0,64}<([^\s<>"(),:;@\\[\]=\x00-\x1f]{1,256}(?:@[^\s<>"(),:;@\\[\]=\x00-\x1f]{1,256})?)>$/;
/** `addr@host (Comment)`: the comment becomes the name, as addressParser does when there is no other text. */
// eslint-disable-next-line no-control-regex -- as above.
const ADDRESS_AND_COMMENT = /^([^\s<>"(),:;@\\[\]=\x00-\x1f]{1,256}@[^\s<>"(),:;@\\[\]=\x00-\x1f]{1,256})[ \t]{0,64}\(([^()<>"\\\x00-\x08\x0a-\x1f]{0,256})\)$/;
/** A bare name ("postmaster", "MAILER-DAEMON <>"): no address at all. */
// eslint-disable-next-line no-control-regex -- as above.
const NAME_ONLY = /^([^<>"(),:;@\\[\]=\x00-\x08\x0a-\x1f]{1,256})(?:<>)?$/;

/** addressParser's result for one text token `name` (possibly empty) and one address token: the name defaults to the address, and a name equal to the address empties one of them. */
function mailbox(name: string, address: string): Mailbox {
  const decoded = decodeWordsIn(name || address);
  if (decoded !== address) return { address, name: decoded };
  return address.includes('@') ? { address, name: '' } : { address: '', name: decoded };
}

/**
 * postal-mime's addressParser reads a header character by character through a general tokenizer; for the
 * shapes bounce headers nearly always have ("addr@host", "Name <addr@host>", "\"Name\" <addr>",
 * "addr@host (Name)", a bare "postmaster") the answer is known without it. Anything else goes to addressParser.
 */
export function parseAddresses(value: string): ReturnType<typeof addressParser> {
  const trimmed = value.trim();
  if (PLAIN_ADDRESS.test(trimmed)) return [{ address: trimmed, name: '' }];
  const m = NAME_AND_ADDRESS.exec(trimmed) ?? QUOTED_NAME_AND_ADDRESS.exec(trimmed);
  if (m) return [mailbox(m[1].trim(), m[2])];
  const commented = ADDRESS_AND_COMMENT.exec(trimmed);
  if (commented) return [mailbox(commented[2].trim(), commented[1])];
  const bare = NAME_ONLY.exec(trimmed);
  if (bare) {
    // No address token: the text becomes both, and then only the name is kept.
    const name = bare[1].trim();
    if (name) return [{ address: '', name }];
  }
  return addressParser(value);
}

/** Parses a message as postal-mime would, for what parseMessage reads, or returns null to leave the message to postal-mime. */
export function parseMimeFast(input: Uint8Array | Source, options: FastOptions): FastEmail | null {
  const given = 'asciiEnd' in input ? input : sourceOf(input);
  const { bytes, latin1, asciiEnd } = given;
  const src: Source = given.noBareCr === undefined ? { bytes, latin1, asciiEnd, noBareCr: firstBareCr(latin1) === -1 } : given;
  const root = new TreeReader(src).read();
  if (!root) return null;
  const body = collect(src, root, options);
  if (!body) return null;

  const headers = root.headers;
  const email: FastEmail = { headers, attachments: body.attachments };
  const to: NonNullable<Email['to']> = [];
  let fromSeen = false;
  let subjectSeen = false;
  for (const h of headers) {
    if (h.key === 'from' && !fromSeen) {
      fromSeen = true;
      if (h.value) {
        const addresses = parseAddresses(h.value);
        if (addresses && addresses.length) email.from = addresses[0];
      }
    } else if (h.key === 'to' && h.value) {
      for (const a of parseAddresses(h.value)) to.push(a);
    } else if (h.key === 'subject' && !subjectSeen) {
      subjectSeen = true;
      if (h.value) email.subject = decodeWordsIn(h.value);
    }
  }
  if (to.length) email.to = to;
  if (body.html) email.html = body.html;
  if (body.text) email.text = body.text;
  return email;
}
