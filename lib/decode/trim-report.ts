/**
 * A delivery report (multipart/report with message/delivery-status or message/feedback-report) returns the
 * original message as a message/rfc822 part. postal-mime keeps that part as an opaque attachment, and we only
 * read its header block, but postal-mime still pays for every line of its body (two Blob chunks a line).
 * This finds where the returned message's own header block ends and, when nothing after that point could
 * become another part, returns the input cut there. It decodes nothing: postal-mime still parses what is
 * left, and the caller checks that postal-mime saw a report part (else it parses the whole input).
 */

const latin1 = new TextDecoder('latin1');

const REPORT_PART = /^content-type:[ \t]{0,20}message\/(?:delivery-status|global-delivery-status|feedback-report)(?![\w/-])/im;
const RFC822_PART = /^content-type:[ \t]{0,20}message\/rfc822(?![\w/-])/gim;
const BOUNDARY = /boundary[ \t]{0,4}=[ \t]{0,4}(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi;
const TRANSFER_ENCODING = /^content-transfer-encoding:[ \t]{0,20}([\w-]{0,40})/im;
const PLAIN_ENCODINGS: ReadonlySet<string> = new Set(['', '7bit', '8bit', 'binary']);

/** Index just past the next blank line at or after `from` (LF or CRLF line ends), or -1. */
function afterBlankLine(text: string, from: number): number {
  let i = text.indexOf('\n', from);
  while (i !== -1) {
    if (text.charCodeAt(i + 1) === 0x0a) return i + 2;
    if (text.charCodeAt(i + 1) === 0x0d && text.charCodeAt(i + 2) === 0x0a) return i + 3;
    i = text.indexOf('\n', i + 1);
  }
  return -1;
}

/** True when `rest` has a line "--boundary" that is not the closing "--boundary--", i.e. another part follows. */
function hasFurtherPart(rest: string, boundary: string): boolean {
  const marker = `\n--${boundary}`;
  let i = rest.indexOf(marker);
  while (i !== -1) {
    const after = i + marker.length;
    if (!(rest.charCodeAt(after) === 0x2d && rest.charCodeAt(after + 1) === 0x2d)) return true;
    i = rest.indexOf(marker, after);
  }
  return false;
}

/** The input without the body of the returned message of a delivery report, or null when it cannot be cut safely. */
export function cutReturnedMessage(bytes: Uint8Array): Uint8Array | null {
  const text = latin1.decode(bytes);
  const report = REPORT_PART.exec(text);
  if (!report) return null;
  RFC822_PART.lastIndex = report.index;
  const part = RFC822_PART.exec(text);
  if (!part) return null;
  const bodyStart = afterBlankLine(text, part.index);
  // A returned-message part without its own blank line: the blank line found belongs to a later part.
  if (bodyStart === -1 || text.slice(part.index, bodyStart).includes('\n--')) return null;
  const encoding = TRANSFER_ENCODING.exec(text.slice(part.index, bodyStart));
  if (encoding && !PLAIN_ENCODINGS.has(encoding[1].toLowerCase())) return null;
  const cut = afterBlankLine(text, bodyStart);
  // Too little to gain, or the returned headers run into a boundary line.
  if (cut === -1 || bytes.length - cut < 64 || text.slice(bodyStart - 1, cut).includes('\n--')) return null;
  const boundaries: string[] = [];
  for (const m of text.slice(0, part.index).matchAll(BOUNDARY)) boundaries.push(m[1] ?? m[2]);
  if (boundaries.length === 0) return null;
  const rest = text.slice(cut - 1);
  for (const b of boundaries) if (hasFurtherPart(rest, b)) return null;
  return bytes.subarray(0, cut);
}
