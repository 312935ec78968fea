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
 * parameters, charsets outside a fixed list, multipart/digest, an html-only alternative next to plain
 * text (postal-mime converts between the two), and a message/rfc822 part postal-mime would parse inline.
 *
 * Only what parseMessage (mime.ts) reads is produced: headers, subject, from, to, text, html and the
 * attachments' mimeType, disposition, filename, plus content for the types parseMessage decodes. Other
 * attachments carry empty content, and a returned message (message/rfc822 and friends, pass-through
 * encoded) carries only as much as parseMessage reads of it: up to its first blank line.
 */

export type FastEmail = Pick<Email, 'headers' | 'subject' | 'from' | 'to' | 'text' | 'html' | 'attachments'>;

export interface FastOptions {
  /** parseMessage reads at most this many characters of a returned message, up to its first blank line. */
  headerBlockChars: number;
}

const latin1Decoder = new TextDecoder('latin1');

/** postal-mime allows 256 levels and throws past them; deeper trees are left to it. */
const MAX_DEPTH = 20;

/** Same settings postal-mime uses for header lines (a leading U+FEFF stays a character). */
const headerDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

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
const decoders = new Map<string, TextDecoder | null>();

function decoderFor(charset: string | undefined): TextDecoder | null {
  let label = (charset || 'utf8').trim().toLowerCase();
  if (WINDOWS_1252_FALLBACK.has(label)) label = 'windows-1252';
  else if (!CHARSETS.has(label)) return null;
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      // A runtime without this encoding: postal-mime would fall back, so this message goes to it.
      decoder = null;
    }
    decoders.set(label, decoder);
  }
  return decoder;
}

const isWsp = (c: number) => c === 0x20 || c === 0x09;

function trimWsp(str: string): string {
  let start = 0;
  let end = str.length;
  while (start < end && isWsp(str.charCodeAt(start))) start++;
  while (end > start && isWsp(str.charCodeAt(end - 1))) end--;
  return str.slice(start, end);
}

interface StructuredValue {
  /** Lower-case value before the first ';'. */
  value: string;
  /** Lower-case parameter names; the first occurrence of a name wins, as in postal-mime. */
  params: Map<string, string>;
}

/**
 * `type/subtype; name=value; name="quoted value"; flag` parsed as postal-mime's parseStructuredHeader does, or
 * null when the value needs the rest of that parser: comments, backslash escapes, quoted ';', RFC 2231
 * (`name*`) parameters, whitespace inside an unquoted value.
 */
function parseStructured(header: string): StructuredValue | null {
  if (header.includes('\\')) return null;
  // Parentheses outside quoted strings open comments, which postal-mime strips; inside them they are text.
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && (c === 0x28 || c === 0x29)) return null;
  }
  const segments = header.split(';');
  const value = trimWsp(segments[0]);
  if (value.includes('"')) return null;
  const params = new Map<string, string>();
  for (let i = 1; i < segments.length; i++) {
    const segment = trimWsp(segments[i]);
    if (!segment) continue;
    const eq = segment.indexOf('=');
    if (eq < 0) {
      // A valueless parameter, which postal-mime keeps with an empty value.
      const flag = segment.trim().toLowerCase();
      if (flag.includes('"') || flag.includes('*')) return null;
      if (flag && !params.has(flag)) params.set(flag, '');
      continue;
    }
    const name = trimWsp(segment.slice(0, eq)).toLowerCase();
    if (!/^[a-z0-9_.-]+$/.test(name)) return null;
    let v = trimWsp(segment.slice(eq + 1));
    if (v.startsWith('"')) {
      if (v.length < 2 || !v.endsWith('"') || v.slice(1, -1).includes('"')) return null;
      v = v.slice(1, -1);
    } else if (v.includes('"') || /\s/.test(v)) {
      return null;
    }
    if (!params.has(name)) params.set(name, v);
  }
  return { value: value.toLowerCase(), params };
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
  params: Map<string, string>;
  /** Subtype of a multipart, else null. */
  multipart: string | null;
  encoding: TransferEncoding;
  disposition: string;
  dispositionParams: Map<string, string>;
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
    params: new Map(),
    multipart: null,
    encoding: 'pass-through',
    disposition: '',
    dispositionParams: new Map(),
    children: [],
    finishedChildren: 0,
    bodyStart: 0,
    bodyEnd: 0,
  };
  parent?.children.push(part);
  return part;
}

/** Builds the MIME tree of `bytes` line by line, as postal-mime's processLine / MimeNode.feed do. */
class TreeReader {
  private readonly boundaries: { value: Uint8Array; part: Part }[] = [];
  private text: string | null = null;

  private latin1(): string {
    return (this.text ??= latin1Decoder.decode(this.bytes));
  }

  constructor(private readonly bytes: Uint8Array) {}

  read(): Part | null {
    const bytes = this.bytes;
    const n = bytes.length;
    const root = newPart(null, 0);
    let current = root;
    let pos = 0;
    while (pos < n) {
      if (current.state === BODY && !(bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d)) {
        // Body lines need no work (see below) until one could be a boundary: jump to the next line that starts
        // with "--". The latin1 view keeps one character per byte, so its offsets are byte offsets.
        const dashes = this.boundaries.length ? this.latin1().indexOf('\n--', pos) : -1;
        pos = dashes === -1 ? n : dashes + 1;
        continue;
      }
      const nl = bytes.indexOf(0x0a, pos);
      const next = nl === -1 ? n : nl + 1;
      let end = nl === -1 ? n : nl;
      while (end > pos && bytes[end - 1] === 0x0d) end--;

      if (this.boundaries.length && end - pos > 2 && bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d) {
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
    const bytes = this.bytes;
    const length = end - pos;
    for (let i = this.boundaries.length - 1; i >= 0; i--) {
      const { value, part } = this.boundaries[i];
      if (length < value.length + 2) continue;
      let matches = true;
      for (let j = 0; j < value.length; j++) {
        if (bytes[pos + 2 + j] !== value[j]) {
          matches = false;
          break;
        }
      }
      if (!matches) continue;
      let after = value.length + 2;
      const terminator = length >= value.length + 4 && bytes[pos + after] === 0x2d && bytes[pos + after + 1] === 0x2d;
      if (terminator) after += 2;
      let blanksOnly = true;
      for (let j = pos + after; j < end; j++) {
        if (!isWsp(bytes[j])) {
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
   * The part's header lines as postal-mime decodes them one by one. Decoding the block at once gives the same
   * characters: an ASCII byte never joins a multi-byte sequence, so a sequence cut by a line end becomes the
   * same U+FFFD either way, and ignoreBOM keeps a U+FEFF wherever it is.
   */
  private headerLines(part: Part): string[] {
    if (part.headerEnd <= part.headerStart) return [];
    const lines = headerDecoder.decode(this.bytes.subarray(part.headerStart, part.headerEnd)).split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      let end = line.length;
      while (end > 0 && line.charCodeAt(end - 1) === 0x0d) end--;
      if (end < line.length) lines[i] = line.slice(0, end);
    }
    return lines;
  }

  /** MimeNode.processHeaders, or false when a header needs more than the simple forms parseStructured reads. */
  private processHeaders(part: Part): boolean {
    const groups: string[][] = [];
    for (const line of this.headerLines(part)) {
      if (groups.length && isWsp(line.charCodeAt(0))) groups[groups.length - 1].push(line);
      else groups.push([line]);
    }
    let contentType: string | null = null;
    let transferEncoding: string | null = null;
    let disposition: string | null = null;
    // Only the top-level headers are returned; a part needs just its first content headers.
    const keepAll = part.parent === null;
    for (const lines of groups) {
      const unfolded = lines.length === 1 ? lines[0] : lines.join('');
      const sep = unfolded.indexOf(':');
      const originalKey = trimWsp(sep < 0 ? unfolded : unfolded.slice(0, sep));
      const key = originalKey.toLowerCase();
      const wanted =
        (key === 'content-type' && contentType === null) ||
        (key === 'content-transfer-encoding' && transferEncoding === null) ||
        (key === 'content-disposition' && disposition === null);
      if (!keepAll && !wanted) continue;
      const rest = unfolded.slice(sep + 1);
      const value = sep < 0 ? '' : trimWsp(rest.includes('\r') ? rest.replace(/[\r\n]+/g, ' ') : rest);
      if (keepAll) part.headers.push({ key, originalKey, value });
      if (key === 'content-type') contentType ??= value;
      else if (key === 'content-transfer-encoding') transferEncoding ??= value;
      else if (key === 'content-disposition') disposition ??= value;
    }

    if (contentType !== null) {
      const parsed = parseStructured(contentType);
      if (!parsed) return false;
      part.type = parsed.value;
      part.params = parsed.params;
    }
    if (part.type.startsWith('multipart/')) {
      part.multipart = part.type.slice('multipart/'.length);
      // postal-mime takes an empty subtype for a leaf; rare enough to leave to it.
      if (!part.multipart) return false;
      const boundary = part.params.get('boundary');
      if (boundary) this.boundaries.push({ value: encoder.encode(boundary), part });
    }
    if (disposition !== null) {
      const parsed = parseStructured(disposition);
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

/** postal-mime's QPDecoder: per line, a trailing '=' is a soft break, '=XX' a byte, anything else literal; LF after hard breaks. */
function decodeQuotedPrintable(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const range = bytes.subarray(start, end);
  const out = new Uint8Array(end - start + 1);
  let o = 0;
  let pos = start;
  while (pos < end) {
    const nl = range.indexOf(0x0a, pos - start);
    const next = nl === -1 ? end : start + nl + 1;
    let lineEnd = nl === -1 ? end : start + nl;
    while (lineEnd > pos && bytes[lineEnd - 1] === 0x0d) lineEnd--;
    const softBreak = lineEnd > pos && bytes[lineEnd - 1] === 0x3d;
    if (softBreak) lineEnd--;
    for (let i = pos; i < lineEnd; i++) {
      const c = bytes[i];
      if (c === 0x3d && i + 2 < lineEnd) {
        const high = hexValue(bytes[i + 1]);
        const low = high < 0 ? -1 : hexValue(bytes[i + 2]);
        if (low >= 0) {
          out[o++] = (high << 4) | low;
          i += 2;
          continue;
        }
      }
      out[o++] = c;
    }
    if (!softBreak) out[o++] = 0x0a;
    pos = next;
  }
  return out.subarray(0, o);
}

/**
 * postal-mime's PassThroughDecoder: every line without its trailing CRs, then "\n". With `headerBlockBytes`,
 * for callers that read only a header block, it stops after the first empty line that is not the first line
 * (where "\n\n" first appears) or after that many bytes, even mid-line.
 */
/** Offset just past the first empty line after the first line (LF or CRLF ends), or the range's length. */
function headerBlockEnd(range: Uint8Array): number {
  let nl = range.indexOf(0x0a);
  while (nl !== -1) {
    let next = nl + 1;
    while (range[next] === 0x0d) next++;
    if (range[next] === 0x0a) return next + 1;
    nl = range.indexOf(0x0a, nl + 1);
  }
  return range.length;
}

function passThrough(bytes: Uint8Array, start: number, end: number, headerBlockBytes = Infinity): Uint8Array {
  if (start >= end) return new Uint8Array(0);
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
  const out = new Uint8Array(Math.min(end - start + 1, headerBlockBytes, headerBlockOnly ? headerBlockEnd(range) + 1 : Infinity));
  let o = 0;
  let pos = start;
  for (let line = 0; pos < end; line++) {
    const nl = range.indexOf(0x0a, pos - start);
    const next = nl === -1 ? end : start + nl + 1;
    let lineEnd = nl === -1 ? end : start + nl;
    while (lineEnd > pos && bytes[lineEnd - 1] === 0x0d) lineEnd--;
    const take = Math.min(lineEnd - pos, out.length - o);
    out.set(bytes.subarray(pos, pos + take), o);
    o += take;
    if (o === out.length) break;
    out[o++] = 0x0a;
    if (headerBlockOnly && lineEnd === pos && line > 0) break;
    pos = next;
  }
  return out.subarray(0, o);
}

function decodeBody(bytes: Uint8Array, part: Part, headerBlockBytes?: number): Uint8Array {
  switch (part.encoding) {
    case 'base64':
      return decodeBase64(bytes, part.bodyStart, part.bodyEnd);
    case 'quoted-printable':
      return decodeQuotedPrintable(bytes, part.bodyStart, part.bodyEnd);
    default:
      return passThrough(bytes, part.bodyStart, part.bodyEnd, headerBlockBytes);
  }
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

/** True when a message/rfc822 part's own header block says it is a delivery report. */
export function isWrappedReport(content: Uint8Array | ArrayBuffer): boolean {
  const view = content instanceof Uint8Array ? content : new Uint8Array(content);
  const head = latin1Decoder.decode(view.subarray(0, 64 * 1024));
  const end = head.search(/\r?\n\r?\n/);
  return REPORT_CONTENT_TYPE.test(end === -1 ? head : head.slice(0, end));
}

/** What makes postal-mime keep message/rfc822 parts as attachments (its hasReportParts). */
const REPORT_TYPES: ReadonlySet<string> = new Set(['message/delivery-status', 'message/feedback-report']);

function hasReportPart(part: Part): boolean {
  if (!part.multipart && REPORT_TYPES.has(part.type)) return true;
  return part.children.some(hasReportPart);
}

interface TextGroup {
  plain: string[];
  html: string[];
}

/** postal-mime's collectNode and renderTextContent, or null where postal-mime would parse or convert more. */
function collect(bytes: Uint8Array, root: Part, options: FastOptions): { text: string; html: string; attachments: Attachment[] } | null {
  const rfc822Attachments = hasReportPart(root);
  // Text entries by the node that selects them: the nearest multipart/alternative, else the part itself.
  const groups = new Map<Part, TextGroup>();
  const attachments: Attachment[] = [];
  // Decoded as UTF-8, n bytes give at least n / 3 UTF-16 units, less a BOM and a character cut at the end.
  const headerBlockBytes = options.headerBlockChars * 3 + 8;

  const visit = (part: Part, alternative: Part | null): boolean => {
    if (part.multipart) {
      const selector = part.multipart === 'alternative' ? part : alternative;
      for (const child of part.children) if (!visit(child, selector)) return false;
      return true;
    }
    if (part.type === 'message/rfc822' && !rfc822Attachments && part.disposition === 'inline') {
      // Marked inline explicitly: postal-mime parses it as a nested message and renders its headers into the text.
      return false;
    }
    if (part.disposition !== 'attachment' && (part.type === 'text/plain' || part.type === 'text/html')) {
      const decoder = decoderFor(part.params.get('charset'));
      if (!decoder) return false;
      let text = decoder.decode(decodeBody(bytes, part));
      if (/^flowed$/i.test(part.params.get('format') ?? '')) text = decodeFlowedText(text, /^yes$/i.test(part.params.get('delsp') ?? ''));
      const selector = alternative ?? part;
      let group = groups.get(selector);
      if (!group) {
        group = { plain: [], html: [] };
        groups.set(selector, group);
      }
      (part.type === 'text/html' ? group.html : group.plain).push(text);
      return true;
    }
    const filename = part.dispositionParams.get('filename') || part.params.get('name') || null;
    let content: Uint8Array;
    if (FULL_CONTENT.has(part.type)) content = decodeBody(bytes, part);
    else if (HEADER_BLOCK_CONTENT.has(part.type)) {
      content = decodeBody(bytes, part, headerBlockBytes);
      // A whole report sent as the attachment (X5 and some gateways wrap the bounce): parseMessage reads it all.
      if (part.type === 'message/rfc822' && isWrappedReport(content)) content = decodeBody(bytes, part);
    }
    else content = new Uint8Array(0);
    attachments.push({
      filename: filename ? decodeWords(filename) : null,
      mimeType: part.type,
      disposition: part.disposition || null,
      content,
    });
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

/** Parses `bytes` as postal-mime would, for what parseMessage reads, or returns null to leave the message to postal-mime. */
/** An address with no character addressParser treats specially (quotes, comments, groups, lists, encoded words). */
const PLAIN_ADDRESS = /^[^\s<>"(),:;@\\[\]=]{1,256}@[^\s<>"(),:;@\\[\]=]{1,256}$/;
const NAME_AND_ADDRESS = /^([^<>"(),:;@\\[\]=]{0,256})<([^\s<>"(),:;@\\[\]=]{1,256}@[^\s<>"(),:;@\\[\]=]{1,256})>$/;

/**
 * postal-mime's addressParser reads a header character by character through a general tokenizer; for the
 * two shapes bounce headers nearly always have ("addr@host" and "Name <addr@host>") the answer is known
 * without it. Anything else goes to addressParser.
 */
export function parseAddresses(value: string): ReturnType<typeof addressParser> {
  const trimmed = value.trim();
  if (PLAIN_ADDRESS.test(trimmed)) return [{ address: trimmed, name: '' }];
  const m = NAME_AND_ADDRESS.exec(trimmed);
  if (m) return [{ address: m[2], name: m[1].trim() }];
  return addressParser(value);
}

export function parseMimeFast(bytes: Uint8Array, options: FastOptions): FastEmail | null {
  const root = new TreeReader(bytes).read();
  if (!root) return null;
  const body = collect(bytes, root, options);
  if (!body) return null;

  const headers = root.headers;
  const email: FastEmail = { headers, attachments: body.attachments };
  const fromHeader = headers.find((h) => h.key === 'from');
  if (fromHeader && fromHeader.value) {
    const addresses = parseAddresses(fromHeader.value);
    if (addresses && addresses.length) email.from = addresses[0];
  }
  const to: NonNullable<Email['to']> = [];
  for (const h of headers) if (h.key === 'to' && h.value) for (const a of parseAddresses(h.value)) to.push(a);
  if (to.length) email.to = to;
  const subject = headers.find((h) => h.key === 'subject');
  if (subject && subject.value) email.subject = decodeWords(subject.value);
  if (body.html) email.html = body.html;
  if (body.text) email.text = body.text;
  return email;
}
