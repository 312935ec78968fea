// The fast MIME path (lib/decode/fast-mime.ts) must give parseMessage exactly what postal-mime gives it,
// for every message it accepts. Each test compares parseMessage with and without the fast path.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import PostalMime, { addressParser } from 'postal-mime';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../lib/cli/corpus-eval';
import { CHARSETS, WINDOWS_1252_FALLBACK, isValidUtf8, isWrappedReport, parseAddresses, parseMimeFast } from '../../lib/decode/fast-mime';
import { latin1Bytes, parseMessage, splitMessages, splitSources } from '../../lib/decode/mime';

// Wrapped so the tests can tell which messages the fast path took, through parseMessage's own call.
vi.mock('../../lib/decode/fast-mime', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/decode/fast-mime')>();
  return { ...actual, parseMimeFast: vi.fn(actual.parseMimeFast) };
});

const fastCalls = vi.mocked(parseMimeFast);
const OPTIONS = { headerBlockChars: 32 * 1024 };
const encoder = new TextEncoder();
const latin1 = new TextDecoder('latin1');

type Outcome = { ok: unknown } | { error: string };

async function outcome(bytes: Uint8Array, fastPath: boolean): Promise<Outcome> {
  try {
    return { ok: await parseMessage(bytes, { fastPath }) };
  } catch (e) {
    return { error: String(e) };
  }
}

/** Both outcomes of parseMessage, and whether the fast path produced the first. */
async function compare(bytes: Uint8Array): Promise<{ fast: Outcome; reference: Outcome; tookFastPath: boolean }> {
  fastCalls.mockClear();
  const fast = await outcome(bytes, true);
  const tookFastPath = fastCalls.mock.results.some((r) => r.type === 'return' && r.value !== null);
  const reference = await outcome(bytes, false);
  return { fast, reference, tookFastPath };
}

const FULL_CONTENT = new Set(['message/delivery-status', 'message/global-delivery-status', 'message/feedback-report', 'text/plain']);

function bytesOf(content: unknown): Uint8Array {
  if (content instanceof Uint8Array) return content;
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  throw new Error(`unexpected attachment content ${typeof content}`);
}

/**
 * Field by field against postal-mime itself, for a message the fast path accepts: stricter than comparing
 * parseMessage results, which drop the html when there is text and keep one feedback report of several.
 */
async function expectSameEmail(bytes: Uint8Array): Promise<boolean> {
  const fast = parseMimeFast(bytes, OPTIONS);
  if (!fast) return false;
  const reference = await PostalMime.parse(bytes, { forceRfc822Attachments: true });
  expect(fast.headers).toEqual(reference.headers);
  expect([fast.subject, fast.from, fast.to]).toEqual([reference.subject, reference.from, reference.to]);
  expect([fast.text, fast.html]).toEqual([reference.text, reference.html]);
  expect(fast.attachments.map((a) => [a.mimeType, a.disposition, a.filename])).toEqual(
    reference.attachments.map((a) => [a.mimeType, a.disposition, a.filename]),
  );
  fast.attachments.forEach((a, i) => {
    const got = bytesOf(a.content);
    const want = bytesOf(reference.attachments[i].content);
    // Returned messages are cut after their header block; other types parseMessage ignores are left empty.
    if (FULL_CONTENT.has(a.mimeType)) expect(got).toEqual(want);
    else expect(want.subarray(0, got.length)).toEqual(got);
  });
  return true;
}

/** The messages decodeRaw (lib/decode/index.ts) hands to parseMessage. */
function decodableMessages(bytes: Uint8Array): Uint8Array[] {
  return splitMessages(bytes).filter((part) => {
    const text = latin1.decode(part.subarray(0, 4096)).trim();
    const head = latin1.decode(part.subarray(0, 1024));
    return text.length >= 8 && (/^[A-Za-z0-9-]{1,76}:/.test(head) || head.startsWith('From '));
  });
}

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
const EMAILS = path.join(CORPUS, 'emails');
const HAS_CORPUS = existsSync(EMAILS);
if (!HAS_CORPUS) console.warn(`bounce corpus not found at ${EMAILS}: fast MIME corpus test skipped`);

describe.skipIf(!HAS_CORPUS)('fast MIME path on the corpus', () => {
  it('gives parseMessage the same result as postal-mime for every message, and takes most of them', async () => {
    let total = 0;
    let fast = 0;
    for (const file of listFiles(EMAILS)) {
      for (const message of decodableMessages(readFileSync(file))) {
        const result = await compare(message);
        expect(result.fast, path.relative(EMAILS, file)).toEqual(result.reference);
        total++;
        if (result.tookFastPath) fast++;
      }
    }
    console.log(`fast MIME path: ${fast} of ${total} corpus messages (${((fast / total) * 100).toFixed(1)}%)`);
    expect(total).toBeGreaterThan(500);
    // Every corpus message at the time of writing; what is left to postal-mime is unusual MIME.
    expect(fast / total).toBeGreaterThanOrEqual(0.97);
  }, 120_000);
});

// ---- Generated messages ----

interface Leaf {
  kind: 'leaf';
  type: string;
  charset: string | null;
  format: string | null;
  encoding: string | null;
  disposition: string | null;
  headerless: boolean;
  bodyless: boolean;
  extraHeaders: string[];
  folded: boolean;
  body: Uint8Array;
  wrap: number;
  junk: [number, string][];
}

interface Multi {
  kind: 'multi';
  subtype: string;
  boundary: string;
  quoted: boolean;
  folded: boolean;
  preamble: string;
  epilogue: string;
  /** How each delimiter line is written after "--boundary". */
  delimiterTail: string;
  terminator: string | null;
  children: Node[];
}

type Node = Leaf | Multi;

/** Generated messages are built as strings of one character per byte, so any byte can go anywhere. */
function rawString(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

function toRawBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

// '\xe9' below is the single byte 0xE9, invalid as UTF-8.
const BOUNDARIES = ['b1', 'b1x', '=_Part_0_1', '----=_NextPart_000', 'Boundary_(ID_x)', 'two words', 'b2', 'caf\xe9'];

const textChunk = fc.constantFrom(
  'Hello', 'Delivery failed', ' ', '  ', '\t', '=', '==', '=3D', '=41', '=\n', '-', '--b1', '--b1--', '--b1x', '--=_Part_0_1',
  'é', 'ü', '日本', 'Ω', '\u00a0', '\uFEFF', '\n', '\r\n', '\r', '\n\n', 'Status: 5.1.1', 'From: x@example.org', 'a@b.c',
  '<p>', '</p>', '<br>', '&amp;', '-- ', '\n-- \n', 'wrapped \n', ' stuffed', '> quoted', '\u{1F4E7}',
);
const textBody = fc.array(textChunk, { maxLength: 40 }).map((chunks) => encoder.encode(chunks.join('')));
const latin1Body = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', 'ß', '\u00ff', '=', '-'), maxLength: 80 }).map(
  (s) => Uint8Array.from(s, (c) => c.charCodeAt(0)),
);
const headerishBody = fc
  .tuple(fc.array(fc.constantFrom('Subject: hi', 'From: a@b.c', 'To: d@e.f', 'Message-ID: <1@x>', ' folded', 'X-Y: z'), { maxLength: 6 }), textBody)
  .map(([lines, rest]) => encoder.encode(`${lines.join('\n')}\n\n${new TextDecoder().decode(rest)}`));
const body = fc.oneof(textBody, latin1Body, headerishBody, fc.uint8Array({ maxLength: 120 }));

const leaf: fc.Arbitrary<Leaf> = fc.record({
  kind: fc.constant('leaf' as const),
  type: fc.constantFrom(
    'text/plain', 'text/plain', 'text/plain', 'text/html', 'text/html', 'message/delivery-status', 'message/feedback-report',
    'message/global-delivery-status', 'message/rfc822', 'text/rfc822-headers', 'application/octet-stream', 'image/png',
    'text/calendar', 'TEXT/Plain',
  ),
  charset: fc.constantFrom(
    null, 'utf-8', '"utf-8"', 'us-ascii', 'iso-8859-1', 'windows-1252', 'iso-2022-jp', 'shift_jis', 'unicode-1-1-utf-7',
    'x-unknown', 'UTF-8', '',
  ),
  format: fc.constantFrom(null, null, 'flowed', 'flowed; delsp=yes', 'fixed'),
  encoding: fc.constantFrom(null, '7bit', '8bit', 'base64', 'BASE64', 'quoted-printable', 'Quoted-Printable', 'x-uuencode', '(c) base64'),
  disposition: fc.constantFrom(
    null, null, 'inline', 'attachment', 'attachment; filename="report.txt"', 'attachment; filename=a.bin', 'Attachment',
    "attachment; filename*=utf-8''r%C3%A9.txt", 'inline; flag',
  ),
  headerless: fc.constantFrom(false, false, false, false, true),
  // Headers cut off by the next delimiter or the end of input, with no blank line.
  bodyless: fc.constantFrom(false, false, false, false, false, true),
  // After the content headers, so a duplicate loses to the first one as in postal-mime.
  extraHeaders: fc.array(
    fc.constantFrom('Content-Type: text/html', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment', 'Content-ID: <x@y>', 'X-Note: hi', ' continued', 'X-Raw: \xe9\xe2\x82'),
    { maxLength: 2 },
  ),
  folded: fc.boolean(),
  body,
  wrap: fc.integer({ min: 2, max: 80 }),
  junk: fc.array(fc.tuple(fc.nat(), fc.constantFrom('=', '==', '*', ' ', '\t', 'é', '-', '=Z', '=4', '= ', '\n', '\n\n')), { maxLength: 4 }),
});

const nodeTree = fc.letrec<{ node: Node; multi: Multi }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, { arbitrary: leaf, weight: 2 }, { arbitrary: tie('multi'), weight: 1 }),
  multi: fc.record({
    kind: fc.constant('multi' as const),
    subtype: fc.constantFrom('mixed', 'mixed', 'alternative', 'alternative', 'related', 'report', 'digest'),
    boundary: fc.constantFrom(...BOUNDARIES),
    quoted: fc.boolean(),
    folded: fc.boolean(),
    preamble: fc.constantFrom('', 'This is a multi-part message in MIME format.', '--b1', 'preamble\n\n'),
    epilogue: fc.constantFrom('', 'epilogue', '--b1', '\n'),
    delimiterTail: fc.constantFrom('', '', '', ' ', '\t ', 'x', '-'),
    terminator: fc.constantFrom('--', '--', '--', '-- ', '--junk', null),
    children: fc.array(tie('node'), { minLength: 0, maxLength: 4 }),
  }) as fc.Arbitrary<Multi>,
}));

function insertJunk(text: string, junk: [number, string][]): string {
  let out = text;
  for (const [at, piece] of junk) {
    const i = out.length ? at % (out.length + 1) : 0;
    out = out.slice(0, i) + piece + out.slice(i);
  }
  return out;
}

function wrapLines(text: string, width: number, soft: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width) + (i + width < text.length ? soft : ''));
  return lines.length ? lines : [''];
}

function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    if (b === 0x0a) out += '\n';
    else if ((b >= 0x21 && b <= 0x7e && b !== 0x3d) || b === 0x20) out += String.fromCharCode(b);
    else out += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function renderLeaf(node: Leaf, eol: string): string {
  const lines: string[] = [];
  if (!node.headerless) {
    const params = [node.charset !== null ? `charset=${node.charset}` : '', node.format !== null ? `format=${node.format}` : ''].filter(Boolean);
    if (node.folded && params.length) lines.push(`Content-Type: ${node.type};`, ...params.map((p, i) => `\t${p}${i < params.length - 1 ? ';' : ''}`));
    else lines.push(`Content-Type: ${[node.type, ...params].join('; ')}`);
    if (node.encoding !== null) lines.push(`Content-Transfer-Encoding: ${node.encoding}`);
    if (node.disposition !== null) lines.push(`Content-Disposition: ${node.disposition}`);
    lines.push(...node.extraHeaders);
    if (node.bodyless) return lines.join(eol);
  }
  lines.push('');
  const encoding = (node.encoding ?? '').toLowerCase();
  let bodyText: string;
  if (encoding.endsWith('base64')) {
    const b64 = Buffer.from(node.body).toString('base64');
    bodyText = insertJunk(wrapLines(b64, node.wrap, '').join('\n'), node.junk);
  } else if (encoding === 'quoted-printable') {
    bodyText = insertJunk(
      quotedPrintable(node.body)
        .split('\n')
        .flatMap((line) => wrapLines(line, node.wrap, '='))
        .join('\n'),
      node.junk,
    );
  } else {
    bodyText = rawString(node.body);
  }
  return lines.join(eol) + eol + bodyText.split('\n').join(eol);
}

function renderMulti(node: Multi, eol: string): string {
  const param = node.quoted || /[ ()]/.test(node.boundary) ? `"${node.boundary}"` : node.boundary;
  const header = node.folded
    ? `Content-Type: multipart/${node.subtype};${eol}\tboundary=${param}`
    : `Content-Type: multipart/${node.subtype}; boundary=${param}`;
  const out = [header, '', node.preamble];
  for (const child of node.children) out.push(`--${node.boundary}${node.delimiterTail}`, render(child, eol));
  if (node.terminator !== null) out.push(`--${node.boundary}${node.terminator}`);
  if (node.epilogue) out.push(node.epilogue);
  return out.join(eol);
}

function render(node: Node, eol: string): string {
  return node.kind === 'leaf' ? renderLeaf(node, eol) : renderMulti(node, eol);
}


interface TopHeaders {
  from: string;
  to: string[];
  subject: string;
  extra: string[];
}

interface Generated {
  headers: TopHeaders;
  root: Node;
  eol: string;
  finalEol: boolean;
}

const topHeaders: fc.Arbitrary<TopHeaders> = fc.record({
  from: fc.constantFrom('Mail Delivery System <MAILER-DAEMON@example.org>', 'postmaster@example.com', '', '=?utf-8?B?w6k=?= <x@y.z>'),
  to: fc.array(fc.constantFrom('a@example.com', 'B <b@example.com>, c@example.com', ''), { maxLength: 2 }),
  subject: fc.constantFrom('Undelivered Mail Returned to Sender', '=?utf-8?Q?Unzustellbar=3A_Hallo?=', '', 'folded\n\tsubject'),
  extra: fc.array(
    fc.constantFrom('MIME-Version: 1.0', 'X-Mailer: test', 'Received: from a\n by b', ' leading continuation', 'X-Raw: caf\xe9', 'X-Cut: \xe2\x82', '\xef\xbb\xbfX-Bom: 1', 'No colon'),
    { maxLength: 3 },
  ),
});

const generatedMessage: fc.Arbitrary<Generated> = fc.record({
  headers: topHeaders,
  root: nodeTree.node,
  eol: fc.constantFrom('\n', '\r\n'),
  finalEol: fc.boolean(),
});

function renderMessage({ headers, root, eol, finalEol }: Generated): Uint8Array {
  const lines = [...headers.extra, `From: ${headers.from}`, ...headers.to.map((t) => `To: ${t}`), `Subject: ${headers.subject}`];
  const head = lines.join('\n').split('\n').join(eol);
  const text = `${head}${eol}${render(root, eol)}${finalEol ? eol : ''}`;
  return toRawBytes(text);
}

const RUNS = Number(process.env.FAST_MIME_RUNS ?? 200);

describe('fast MIME path on generated messages', () => {
  it('gives parseMessage the same result as postal-mime', async () => {
    let runs = 0;
    let fast = 0;
    await fc.assert(
      fc.asyncProperty(generatedMessage, async (m) => {
        const bytes = renderMessage(m);
        const result = await compare(bytes);
        expect(result.fast).toEqual(result.reference);
        await expectSameEmail(bytes);
        runs++;
        if (result.tookFastPath) fast++;
      }),
      { numRuns: RUNS },
    );
    console.log(`fast MIME path: ${fast} of ${runs} generated messages`);
    // The generator leans on what the fast path handles, so most runs must exercise it.
    expect(fast / runs).toBeGreaterThan(0.3);
  }, 60_000);
});

// ---- Explicit cases ----

function message(...lines: string[]): Uint8Array {
  return encoder.encode(lines.join('\r\n'));
}

async function expectSameAsPostalMime(bytes: Uint8Array, fastPath: boolean) {
  const result = await compare(bytes);
  expect(result.fast).toEqual(result.reference);
  expect(result.tookFastPath).toBe(fastPath);
}

describe('fast MIME path cases', () => {
  it('decodes a base64 text/plain message', async () => {
    const bytes = message(
      'From: MAILER-DAEMON@example.org',
      'To: someone@example.com',
      'Subject: failure',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('Delivery to a@b.c failed: 550 5.1.1 unknown user ✉\n').toString('base64').replace(/(.{20})/g, '$1\r\n'),
    );
    expect(parseMimeFast(bytes, OPTIONS)?.text).toBe('Delivery to a@b.c failed: 550 5.1.1 unknown user ✉\n');
    await expectSameAsPostalMime(bytes, true);
  });

  it('decodes quoted-printable with soft line breaks', async () => {
    const bytes = message(
      'From: postmaster@example.org',
      'Subject: =?utf-8?Q?Unzustellbar=3A_Hallo?=',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Die Nachricht konnte nicht zugestellt wer=',
      'den: M=FCller =3D unbekannt=20',
      'Ende=',
    );
    const email = parseMimeFast(bytes, OPTIONS);
    expect(email?.text).toBe('Die Nachricht konnte nicht zugestellt werden: Müller = unbekannt \nEnde');
    expect(email?.subject).toBe('Unzustellbar: Hallo');
    await expectSameAsPostalMime(bytes, true);
  });

  it('reads a multipart/report with a delivery-status part and the returned headers', async () => {
    const bytes = message(
      'From: Mail Delivery System <MAILER-DAEMON@example.org>',
      'To: sender@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="=_b"',
      '',
      'This is a MIME-encapsulated message.',
      '--=_b',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'I could not deliver your message.',
      '--=_b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; gone@example.net',
      'Action: failed',
      'Status: 5.1.1',
      '--=_b',
      'Content-Type: message/rfc822',
      '',
      'From: sender@example.com',
      'Subject: hello',
      '',
      'original body',
      '--=_b--',
      '',
    );
    const email = parseMimeFast(bytes, OPTIONS);
    expect(email?.text).toBe('I could not deliver your message.\n');
    expect(email?.attachments.map((a) => a.mimeType)).toEqual(['message/delivery-status', 'message/rfc822']);
    expect(new TextDecoder().decode(email?.attachments[1].content as Uint8Array)).toBe('From: sender@example.com\nSubject: hello\n\n');
    await expectSameAsPostalMime(bytes, true);
    const parsed = await parseMessage(bytes);
    expect(parsed.deliveryStatus).toContain('Status: 5.1.1');
    expect(parsed.originalHeaders).toBe('From: sender@example.com\nSubject: hello');
  });

  it('keeps a returned message/rfc822 out of the text even without a report part', async () => {
    const bytes = message(
      'From: postmaster@example.org',
      'Subject: returned',
      'Content-Type: multipart/mixed; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Your message was returned.',
      '--b',
      'Content-Type: message/rfc822',
      '',
      'From: sender@example.com',
      'Subject: hello',
      '',
      'original body',
      '--b--',
    );
    await expectSameAsPostalMime(bytes, true);
    const parsed = await parseMessage(bytes);
    expect(parsed.text).not.toContain('original body');
    expect(parsed.originalHeaders).toBe('From: sender@example.com\nSubject: hello');
  });

  it('keeps a message/rfc822 marked inline an attachment, as postal-mime is told to', async () => {
    const bytes = message(
      'From: postmaster@example.org',
      'Content-Type: multipart/mixed; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Your message was returned.',
      '--b',
      'Content-Type: message/rfc822',
      'Content-Disposition: inline',
      '',
      'Subject: hello',
      '',
      'original body',
      '--b--',
    );
    await expectSameAsPostalMime(bytes, true);
    expect(await expectSameEmail(bytes)).toBe(true);
    const parsed = await parseMessage(bytes);
    expect(parsed.text).toBe('Your message was returned.\n');
    expect(parsed.originalHeaders).toBe('Subject: hello');
  });

  it.each([
    ['two-byte characters, blank line past the cap', 'é', 1500, true],
    ['three-byte characters, no blank line', '日', 1100, false],
    ['ASCII, blank line before the cap', 'x', 200, true],
  ])('keeps as much of a long returned header block as parseMessage reads (%s)', async (_, char, lines, blank) => {
    const returned = Array.from({ length: lines }, (_, i) => `X-Trace-${i}: ${char.repeat(60)}`);
    const bytes = message(
      'From: MAILER-DAEMON@example.org',
      'Content-Type: multipart/report; report-type=delivery-status; boundary=b',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Status: 5.1.1',
      '--b',
      'Content-Type: message/rfc822',
      '',
      ...returned,
      ...(blank ? ['', 'original body'] : []),
      '--b--',
    );
    expect(bytes.length).toBeLessThan(256 * 1024);
    await expectSameAsPostalMime(bytes, true);
    expect(await expectSameEmail(bytes)).toBe(true);
  });

  it('keeps the returned message an attachment when the only report part is message/global-delivery-status', async () => {
    const bytes = message(
      'From: postmaster@example.org',
      'Content-Type: multipart/report; report-type=global-delivery-status; boundary=b',
      '',
      '--b',
      'Content-Type: message/global-delivery-status',
      '',
      'Final-Recipient: rfc822; gone@example.net',
      'Status: 5.1.1',
      '--b',
      'Content-Type: message/rfc822',
      '',
      'Subject: hello',
      '',
      'original body',
      '--b--',
    );
    await expectSameAsPostalMime(bytes, true);
    expect((await parseMessage(bytes)).originalHeaders).toBe('Subject: hello');
  });

  it('decodes every charset it accepts as postal-mime does', async () => {
    // Every byte value, plus ISO-2022-JP escapes, as plain text and as base64 html of one alternative.
    const sample = Uint8Array.from([...Array.from({ length: 256 }, (_, i) => i), 0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42]);
    const body = rawString(sample).replace(/[\r\n]/g, '');
    for (const charset of [...CHARSETS, ...WINDOWS_1252_FALLBACK, 'UTF-8', ' Shift_JIS ']) {
      const bytes = toRawBytes(
        [
          'From: a@example.com',
          'Content-Type: multipart/alternative; boundary=b',
          '',
          '--b',
          `Content-Type: text/plain; charset="${charset}"`,
          '',
          body,
          '--b',
          `Content-Type: text/html; charset=${charset.trim()}`,
          'Content-Transfer-Encoding: base64',
          '',
          Buffer.from(sample).toString('base64'),
          '--b--',
        ].join('\n'),
      );
      expect(await expectSameEmail(bytes), charset).toBe(true);
    }
  });

  it('leaves an unknown charset to postal-mime', async () => {
    const bytes = message('From: postmaster@example.org', 'Content-Type: text/plain; charset=x-mac-klingon', '', 'Delivery failed.');
    expect(parseMimeFast(bytes, OPTIONS)).toBeNull();
    await expectSameAsPostalMime(bytes, false);
  });

  it('leaves an html-only alternative next to plain text to postal-mime', async () => {
    const bytes = message(
      'From: postmaster@example.org',
      'Content-Type: multipart/mixed; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'plain',
      '--b',
      'Content-Type: text/html',
      '',
      '<p>html</p>',
      '--b--',
    );
    expect(parseMimeFast(bytes, OPTIONS)).toBeNull();
    await expectSameAsPostalMime(bytes, false);
  });

  // The fast path reads ASCII stretches from a latin1 view and header fields by offsets instead of decoding and
  // splitting; these put line ends, CRs, folds and the first 8-bit byte where the two could part ways.
  it.each([
    ['a last line of CRs only', ['From: a@example.com', 'Subject: x', '', 'Delivery failed.', '\r'].join('\n')],
    [
      'folded headers with blank pieces',
      'X-A:  \n\t \n\tvalue \n\t \nX-B:\n \nX-C: v \t\nX-D:\t\n\tw\nX-E\n : late colon\nFrom: a@example.com\n\tX-F: \t\n\nbody',
    ],
    ['CRs inside folded header values', 'X-A: a\rb\r\n\tc\r\n \r\nX-B:\r\n\t\rd\r\nX-C\r: e\r\n\tf\r\nFrom: a@example.com\r\n\r\nbody\r\n'],
    ['CR runs and CRs inside lines', 'From: a@example.com\r\r\nSubject: x\r\n\r\nline\r\r\nin\rside\r\n\r\r\nlast\r\r'],
    [
      'CRLF parts around the first 8-bit byte',
      [
        'From: a@example.com',
        'Content-Type: multipart/report; report-type=delivery-status; boundary=b',
        '',
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'plain ASCII notice',
        '--b',
        'Content-Type: message/delivery-status',
        '',
        'Status: 5.1.1\rx',
        '--b',
        'Content-Type: text/plain; charset=iso-8859-1',
        'Content-Disposition: inline',
        '',
        'caf\xe9 after the first 8-bit byte',
        '--b',
        'Content-Type: message/rfc822',
        '',
        'Subject: caf\xe9',
        '',
        'body',
        '--b--',
      ].join('\r\n'),
    ],
    [
      'a returned message cut by its header block, CRLF',
      [
        'From: a@example.com',
        'Content-Type: multipart/report; boundary=b',
        '',
        '--b',
        'Content-Type: message/delivery-status',
        '',
        'Status: 5.1.1',
        '--b',
        'Content-Type: text/rfc822-headers',
        '',
        'Subject: hello',
        'X-No-Blank-Line: 1\r',
        '--b',
        'Content-Type: message/rfc822',
        '',
        '',
        'From: late@example.com',
        '\r',
        'body',
        '--b--',
      ].join('\r\n'),
    ],
  ])('matches postal-mime on line ends, folds and 8-bit edges (%s)', async (_, raw) => {
    const bytes = toRawBytes(raw);
    expect(await expectSameEmail(bytes)).toBe(true);
    await expectSameAsPostalMime(bytes, true);
  });
});

describe('parseAddresses', () => {
  it('answers the common shapes the way addressParser does', () => {
    for (const value of [
      'Mail Delivery Subsystem <MAILER-DAEMON@NEKO.EXAMPLE.ORG>', '<a@b.example>', 'a@b.example', '  a@b.example ', 'Name<a@b.example>',
      'Name  Two <a@b.example>', "O'Brien <a@b.example>", 'Ünïcode Naмe <a@b.example>', '\tName\t<a@b.example>', 'a@b',
      'a@b.example (comment)', 'Name <a@b.example>, other@x.example', 'MAILER-DAEMON', 'Name <>', '"Quoted" <a@b.example>',
      '=?utf-8?q?Caf=C3=A9?= <a@b.example>', 'Group: a@b.example;', 'x <a@b.example> <d@e.example>',
      'Mail Delivery Subsystem <MAILER-DAEMON>', '<MAILER-DAEMON>', 'MAILER-DAEMON <MAILER-DAEMON>', 'a@b.example <a@b.example>',
      'postmaster', ' Mail Daemon ', 'MAILER-DAEMON <>', '<>', '"Mail Delivery System" <MAILER-DAEMON@example.org>',
      '"Mail Delivery System"<MAILER-DAEMON>', '"" <a@b.example>', '"  " <a@b.example>', '"a@b.example" <a@b.example>',
      '"x" <x>', '"=?utf-8?q?Caf=C3=A9?=" <a@b.example>', '=?utf-8?q?Caf=C3=A9?= <MAILER-DAEMON>', '"Name, Inc. (x) <y>" <a@b.example>',
      'Na\x01me <a@b.example>', 'a\x01@b.example', '"Na\x01me" <a@b.example>', 'post\rmaster', 'Name\n <a@b.example>', '"a\\"b" <a@b.example>',
      '=?utf-8?q?x?=', 'a=b <c@d.example>', 'Name <a=b@c.example>',
      'MAILER-DAEMON@mx.example.jp (Mail Delivery System)', 'a@b.example(c)', 'a@b.example ()', 'a@b.example ( )',
      'a@b.example (a@b.example)', 'a@b.example (=?utf-8?q?Caf=C3=A9?=)', 'a@b.example (x) (y)', 'a@b.example (x', 'a@b.example (x, y: z; w)',
      'a@b.example (x (y) z)', 'a@b.example (<c@d.example>)',
    ]) {
      expect(parseAddresses(value)).toEqual(addressParser(value));
    }
  });

  it('agrees with addressParser on generated header values', () => {
    const piece = fc.constantFrom(
      'a', 'B', '.', '-', '+', ' ', '\t', '@', '<', '>', '"', '(', ')', ',', ':', ';', '=', '?', '\\', '[', ']', "'", 'é', 'example', 'mail',
      '\x01', '\r', '\n', '\u00a0', '=?utf-8?q?Caf=C3=A9?=', '<>', 'MAILER-DAEMON',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((p) => p.join('')), (value) => {
        expect(parseAddresses(value)).toEqual(addressParser(value));
      }),
      { numRuns: Number(process.env.ADDRESS_RUNS ?? 3000) },
    );
  });
});

describe('a report wrapped in an attached message', () => {
  it('is read from inside the attachment, one level deep', async () => {
    const inner = [
      'From: MAILER-DAEMON@mx.example.net',
      'Subject: Returned mail: User unknown',
      'Content-Type: multipart/report; report-type=delivery-status; boundary=inner',
      '',
      '--inner',
      'Content-Type: text/plain',
      '',
      'The following addresses had permanent fatal errors',
      '--inner',
      'Content-Type: message/delivery-status',
      '',
      'Final-Recipient: rfc822; gone@example.net',
      'Action: failed',
      'Status: 5.1.1',
      '--inner',
      'Content-Type: text/rfc822-headers',
      '',
      'From: sender@example.com',
      'Subject: hello',
      '--inner--',
    ];
    const bytes = message(
      'From: postmaster@gateway.example.org',
      'Subject: Undeliverable',
      'Content-Type: multipart/mixed; boundary=outer',
      '',
      '--outer',
      'Content-Type: text/plain',
      '',
      'A message could not be delivered; the report is attached.',
      '--outer',
      'Content-Type: message/rfc822',
      '',
      ...inner,
      '--outer--',
    );
    await expectSameAsPostalMime(bytes, true);
    const parsed = await parseMessage(bytes);
    expect(parsed.deliveryStatus).toContain('Status: 5.1.1');
    expect(parsed.originalHeaders?.trim()).toBe('From: sender@example.com\nSubject: hello');
    expect(parsed.text).toContain('permanent fatal errors');
  });
});

describe('quoted-printable bodies', () => {
  // The decoder walks from '=' to '=' and CR to CR: these put soft breaks, escapes and CRs (line-ending or not)
  // at every position, including the end of the part and the end of the input.
  const piece = fc.constantFrom(
    '=', '==', '=\n', '=\r\n', '=\r', '=\r\r\n', '=41', '=4', '=4\r', '=C3=A9', '=c3=a9', '=0D', '=\t', '\r', '\r\r', '\r\n', '\n',
    'a', ' ', '\xe9', '\xc3\xa9', '-- ',
  );
  it('decode as postal-mime decodes them, CRs and stray "=" included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 24 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('text/plain', 'message/delivery-status'),
        fc.boolean(),
        async (pieces, eol, type, inMultipart) => {
          const part = [`Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: quoted-printable', '', pieces.join('')];
          const lines = inMultipart
            ? ['From: a@example.com', 'Content-Type: multipart/mixed; boundary=b', '', '--b', ...part, '--b--', '']
            : ['From: a@example.com', ...part];
          const bytes = toRawBytes(lines.join(eol));
          expect(await expectSameEmail(bytes)).toBe(true);
          const result = await compare(bytes);
          expect(result.fast).toEqual(result.reference);
        },
      ),
      { numRuns: RUNS },
    );
  }, 60_000);
});

describe('isValidUtf8', () => {
  it('accepts exactly what a fatal TextDecoder decodes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const decodes = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    // Every kind of lead byte, then bytes at the edges of the continuation ranges.
    const leads = [0x41, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];
    const edges = [0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0];
    for (const first of leads) {
      for (const second of edges) {
        for (const rest of [[], [0x80], [0x80, 0xbf], [0xbf, 0xc0]]) {
          const bytes = Uint8Array.from([first, second, ...rest]);
          expect([...bytes, isValidUtf8(bytes)]).toEqual([...bytes, decodes(bytes)]);
        }
      }
    }
    // Sequences in mid-message, around ASCII runs long enough to be skipped a word at a time, at offsets that
    // move where those words start.
    const unit = fc.oneof(
      fc.tuple(fc.constantFrom(...leads), fc.array(fc.constantFrom(...edges), { maxLength: 3 })).map(([first, rest]) => [first, ...rest]),
      fc.integer({ min: 0, max: 12 }).map((n) => Array<number>(n).fill(0x61)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), fc.integer({ min: 0, max: 7 }), (units, offset) => {
        const content = units.flat();
        const bytes = new Uint8Array(offset + content.length);
        bytes.set(content, offset);
        const view = bytes.subarray(offset);
        expect(isValidUtf8(view)).toBe(decodes(view));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isWrappedReport', () => {
  it('finds multipart/report in any case, and only in the header block', () => {
    const header = (type: string, more = '') => encoder.encode(`From: a@example.com\r\nContent-Type: ${type}; boundary=x\r\n\r\n${more}`);
    expect(isWrappedReport(header('MultiPart/REPORT'))).toBe(true);
    expect(isWrappedReport(header('multipart/mixed', 'Content-Type: multipart/report\r\n'))).toBe(false);
    expect(isWrappedReport(header('multipart/reports'))).toBe(true);
    expect(isWrappedReport(header('text/plain; x=multipart/report'))).toBe(false);
  });
});

describe('latin1Bytes', () => {
  it('gives back the bytes a latin1 view was decoded from, all 256 of them', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, b) => b);
    expect([...latin1Bytes(new TextDecoder('latin1').decode(bytes))]).toEqual([...bytes]);
  });
});

describe('splitSources', () => {
  it('gives each mbox message the latin1 view and ASCII prefix of its own bytes', () => {
    const message = (n: number, body: string) => `From: a${n}@example.org\nSubject: ${n}\n\n${body}\n`;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('plain words'), fc.constant('caf\u00e9 \u65e5\u672c'), fc.string({ maxLength: 30 })), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (bodies, leadingSeparator) => {
          const text = bodies.map((b, i) => `${i > 0 || leadingSeparator ? 'From MAILER-DAEMON  Mon Jan  1 00:00:00 2024\n' : ''}${message(i, b)}`).join('\n');
          const bytes = encoder.encode(text);
          const sources = splitSources(bytes);
          expect(sources.map((s) => latin1.decode(s.bytes).split('\n')[0])).toEqual(bodies.map((_, i) => `From: a${i}@example.org`));
          for (const s of sources) {
            expect(s.latin1).toBe(latin1.decode(s.bytes));
            const high = s.bytes.findIndex((b) => b >= 0x80);
            expect(s.asciiEnd).toBe(high === -1 ? s.bytes.length : high);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
