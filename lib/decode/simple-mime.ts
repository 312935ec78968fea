import { addressParser, decodeWords } from 'postal-mime';
import type { Email } from 'postal-mime';

/**
 * Fast path for the plainest messages: one text/plain part, no transfer encoding (7bit/8bit/binary),
 * a common charset, no format=flowed, no Content-Disposition. For those, postal-mime would only split
 * lines, unfold headers and decode the body, but it pays for a Blob round trip per part. This reads them
 * the way postal-mime does (same line splitting, same unfolding, same header decoding, its own
 * addressParser and decodeWords), and returns null for anything else, which then goes to postal-mime.
 */

export type SimpleEmail = Pick<Email, 'headers' | 'subject' | 'from' | 'to' | 'text' | 'html' | 'attachments'>;

/** Same settings postal-mime uses for header lines (a leading U+FEFF stays a character). */
const headerDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Charset labels handled here; each is a WHATWG label that postal-mime passes to TextDecoder as written. */
const CHARSETS: ReadonlySet<string> = new Set([
  'utf-8', 'utf8', 'us-ascii', 'ascii', 'iso-8859-1', 'latin1', 'windows-1252', 'iso-2022-jp', 'euc-jp', 'shift_jis',
]);
const decoders = new Map<string, TextDecoder>();

function decoderFor(label: string): TextDecoder | null {
  if (!CHARSETS.has(label)) return null;
  let d = decoders.get(label);
  if (!d) {
    try {
      d = new TextDecoder(label);
    } catch {
      return null;
    }
    decoders.set(label, d);
  }
  return d;
}

const isWsp = (c: number) => c === 0x20 || c === 0x09;

function trimWsp(str: string): string {
  let start = 0;
  let end = str.length;
  while (start < end && isWsp(str.charCodeAt(start))) start++;
  while (end > start && isWsp(str.charCodeAt(end - 1))) end--;
  return str.slice(start, end);
}

/** "text/plain; charset=utf-8" → type and lower-case params, or null when it needs postal-mime's full parser (comments, escapes, RFC 2231). */
function simpleContentType(value: string): { type: string; params: Map<string, string> } | null {
  if (/[()\\*]/.test(value)) return null;
  const segments = value.split(';');
  const type = trimWsp(segments[0]).toLowerCase();
  const params = new Map<string, string>();
  for (let i = 1; i < segments.length; i++) {
    const seg = trimWsp(segments[i]);
    if (!seg) continue;
    const eq = seg.indexOf('=');
    if (eq <= 0) return null;
    const name = trimWsp(seg.slice(0, eq)).toLowerCase();
    let v = trimWsp(seg.slice(eq + 1));
    if (v.startsWith('"')) {
      if (v.length < 2 || !v.endsWith('"') || v.slice(1, -1).includes('"')) return null;
      v = v.slice(1, -1);
    } else if (v.includes('"') || /\s/.test(v)) {
      return null;
    }
    if (!/^[a-z0-9_.-]+$/.test(name)) return null;
    if (!params.has(name)) params.set(name, v);
  }
  return { type, params };
}

const PLAIN_ENCODINGS: ReadonlySet<string> = new Set(['', '7bit', '8bit', 'binary']);

/** Parses a single-part plain-text message as postal-mime would, or returns null if it is anything more. */
export function parseSinglePart(bytes: Uint8Array): SimpleEmail | null {
  const n = bytes.length;
  const lines: string[] = [];
  let pos = 0;
  let bodyStart = n;
  while (pos < n) {
    const nl = bytes.indexOf(0x0a, pos);
    const lineEnd = nl === -1 ? n : nl;
    let end = lineEnd;
    while (end > pos && bytes[end - 1] === 0x0d) end--;
    const next = nl === -1 ? n : nl + 1;
    if (end === pos) {
      bodyStart = next;
      break;
    }
    lines.push(headerDecoder.decode(bytes.subarray(pos, end)));
    pos = next;
  }

  // Group folded continuation lines (SP/HTAB only) with their header, then unfold as postal-mime does.
  const groups: string[][] = [];
  for (const line of lines) {
    const c = line.charCodeAt(0);
    if (groups.length && isWsp(c)) groups[groups.length - 1].push(line);
    else groups.push([line]);
  }
  const headers: { key: string; originalKey: string; value: string }[] = [];
  let contentType: string | null = null;
  let transferEncoding: string | null = null;
  for (const parts of groups) {
    const unfolded = parts.join('');
    const sep = unfolded.indexOf(':');
    const originalKey = trimWsp(sep < 0 ? unfolded : unfolded.slice(0, sep));
    const value = sep < 0 ? '' : trimWsp(unfolded.slice(sep + 1).replace(/[\r\n]+/g, ' '));
    const key = originalKey.toLowerCase();
    headers.push({ key, originalKey, value });
    if (key === 'content-type') contentType ??= value;
    else if (key === 'content-transfer-encoding') transferEncoding ??= value;
    else if (key === 'content-disposition') return null;
  }

  const ct = simpleContentType(contentType ?? 'text/plain');
  if (!ct || ct.type !== 'text/plain') return null;
  const format = ct.params.get('format');
  if (format !== undefined && format.toLowerCase() !== 'fixed') return null;
  if (!PLAIN_ENCODINGS.has(trimWsp(transferEncoding ?? '').toLowerCase())) return null;
  const decoder = decoderFor((ct.params.get('charset') ?? 'utf8').trim().toLowerCase());
  if (!decoder) return null;

  // Body as postal-mime's pass-through decoder keeps it: every line without trailing CRs, plus "\n".
  const body = new Uint8Array(n - bodyStart + 1);
  let len = 0;
  pos = bodyStart;
  while (pos < n) {
    const nl = bytes.indexOf(0x0a, pos);
    let end = nl === -1 ? n : nl;
    while (end > pos && bytes[end - 1] === 0x0d) end--;
    body.set(bytes.subarray(pos, end), len);
    len += end - pos;
    body[len++] = 0x0a;
    pos = nl === -1 ? n : nl + 1;
  }
  const text = decoder.decode(body.subarray(0, len));

  const email: SimpleEmail = { headers, attachments: [] };
  const fromHeader = headers.find((h) => h.key === 'from');
  if (fromHeader && fromHeader.value) {
    const addresses = addressParser(fromHeader.value);
    if (addresses && addresses.length) email.from = addresses[0];
  }
  const to: NonNullable<Email['to']> = [];
  for (const h of headers) if (h.key === 'to' && h.value) for (const a of addressParser(h.value)) to.push(a);
  if (to.length) email.to = to;
  const subject = headers.find((h) => h.key === 'subject');
  if (subject && subject.value) email.subject = decodeWords(subject.value);
  if (text) email.text = text;
  return email;
}
