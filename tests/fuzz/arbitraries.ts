// Generators for fuzzing Bounce Lens: hostile, broken and bounce-like input.
// Shared by tests/fuzz/properties.test.ts (short CI run) and scripts/fuzz.ts (long run).
import fc from 'fast-check';
import { ActionSchema, REASONS } from '../../lib/decode/types';
import { SENDING_SERVICES } from '../../lib/explain/types';

/** Size knobs: CI keeps inputs small; the long run may make them huge. */
export interface FuzzSizes {
  /** Longest "huge line" (characters). */
  hugeLine: number;
  /** Most fragments in one generated message. */
  fragments: number;
}

export const CI_SIZES: FuzzSizes = { hugeLine: 20_000, fragments: 40 };
export const LONG_SIZES: FuzzSizes = { hugeLine: 300_000, fragments: 120 };

/** Characters that break naive text handling. */
export const TRICKY_CHARS = [
  '\u202E', // right-to-left override
  '\u202D', // left-to-right override
  '\u2066', '\u2067', '\u2068', '\u2069', // isolates
  '\u200F', '\u200E', // RLM / LRM
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero-width, BOM
  '\u00A0', '\u2028', '\u2029', '\u0085', // odd spaces and line breaks
  '\r', '\n', '\r\n', '\t', '\v', '\f', '\0',
  '\uD800', '\uDFFF', // lone surrogates
  '\u{1F4E7}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', // emoji, ZWJ sequence
  '\u0301', // combining accent
  'İ', 'ß', 'ﬀ', 'Ω', // case-mapping oddities
  '<', '>', '&', '"', "'", '`', '\\', '=', ';', ':', '@', '[', ']', '(', ')',
];

const STATUS_CODES = ['5.1.1', '5.1.10', '5.2.2', '5.7.1', '5.7.26', '4.4.7', '4.2.2', '5.0.0', '2.0.0', '9.9.9', '5.999.999', '5.1', '5..1'];
const REPLY_CODES = ['550', '552', '554', '553', '421', '450', '451', '452', '250', '999', '55', '5500'];

const FRAGMENTS = [
  // Headers
  'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
  'From: postmaster@outlook.com',
  'From: MAILER-DAEMON@yahoo.com',
  'Subject: Delivery Status Notification (Failure)',
  'Subject: Undeliverable: quarterly report',
  'Subject: Mail delivery failed: returning message to sender',
  'Subject: =?UTF-8?B?VW5kZWxpdmVyYWJsZTogaGk=?=',
  'Subject: =?utf-8?Q?Unzustellbar=3A_Hallo?=',
  'To: someone@example.com',
  'Date: Mon, 23 Nov 2026 09:00:00 +0000',
  'Message-ID: <abc.123@mx.example.com>',
  'Auto-Submitted: auto-replied',
  'Received: from mx.example.com (mx.example.com [192.0.2.1]) by mx.google.com',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
  'Content-Type: multipart/mixed; boundary=BOUNDARY',
  'Content-Type: message/delivery-status',
  'Content-Type: message/rfc822',
  'Content-Type: message/feedback-report',
  'Content-Type: text/plain; charset="utf-8"',
  'Content-Type: text/html; charset=iso-8859-1',
  'Content-Type: text/plain; charset=x-unknown-charset',
  'Content-Transfer-Encoding: base64',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Transfer-Encoding: 7bit',
  '--BOUNDARY',
  '--BOUNDARY--',
  '--',
  // DSN fields
  'Reporting-MTA: dns; mx.example.com',
  'Arrival-Date: Mon, 23 Nov 2026 09:00:00 +0000',
  'Final-Recipient: rfc822; user@example.com',
  'Final-Recipient: rfc822;',
  'Original-Recipient: rfc822;user@example.org',
  'Action: failed',
  'Action: delayed',
  'Action: delivered',
  'Status: 5.1.1',
  'Status: 4.4.7',
  'Status: ',
  'Remote-MTA: dns; mx.example.org',
  'Diagnostic-Code: smtp; 550 5.1.1 <user@example.com>: Recipient address rejected: User unknown',
  'Diagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is over quota',
  'Diagnostic-Code: X-Postfix; host mx.example.org[192.0.2.7] said: 554 5.7.1 Spam',
  'Diagnostic-Code:',
  'Last-Attempt-Date: Mon, 23 Nov 2026 09:00:00 +0000',
  'Will-Retry-Until: Tue, 24 Nov 2026 09:00:00 +0000',
  'Feedback-Type: abuse',
  'User-Agent: SomeGenerator/1.0',
  'Version: 1',
  // Provider prose
  "Address not found\nYour message wasn't delivered to user@example.com because the address couldn't be found, or is unable to receive mail.",
  'The email account that you tried to reach does not exist.',
  'Delivery has failed to these recipients or groups:',
  "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
  '<user@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <user@example.org>: Recipient address rejected (in reply to RCPT TO command)',
  "554 delivery error: dd This user doesn't have a yahoo.com account (user@yahoo.com) [0] - mta1.mail.yahoo.com",
  'This message was created automatically by mail delivery software.',
  'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.',
  'SMTP error from remote mail server after RCPT TO:<user@example.org>:',
  '    host mx.example.org [192.0.2.7]: 550 5.7.1 Service unavailable; client host blocked using Spamhaus',
  'Your message to user@example.org has been blocked. 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy',
  'Message size exceeds fixed maximum message size (10485760 bytes)',
  'Mailbox full',
  '452 4.2.2 The email account that you tried to reach is over quota.',
  '421 4.7.0 Try again later, closing connection.',
  'I am out of the office until Monday.',
  'Unzustellbar: Die Nachricht konnte nicht zugestellt werden.',
  'Non remis : Votre message n\'a pas pu être remis.',
  '<html><body><p>Delivery <b>failed</b><br>to <a href="mailto:x@y.z">x@y.z</a></p><script>alert(1)</script></body></html>',
  '<style>p{color:red}</style>',
  // Encoded junk
  'VGhpcyBpcyBub3QgYSBib3VuY2U=',
  'VGhpcyBp\r\ncyBub3Q=\r\n====',
  '!!!!not*base64$$$$',
  '=3D=3D=\r\n=C3=A9=E2=80=AE=ZZ=',
  '=\n=\n=\n',
  '=?UTF-8?B?broken',
  '=?x?Q?=FF=FE?=',
  'From user@example.com Mon Nov 23 09:00:00 2026',
  '>From escaped line',
];

const separators = fc.constantFrom('\n', '\r\n', '\r', ' ', '', '\n\n', '\t', ': ', ';');

export const trickyChar = fc.constantFrom(...TRICKY_CHARS);

/** Any string: ASCII, full Unicode incl. lone surrogates, and the tricky characters. */
export function anyText(maxLength = 400): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength: Math.ceil(maxLength / 4) }),
    fc.array(fc.oneof(trickyChar, fc.string({ maxLength: 4 })), { maxLength: Math.ceil(maxLength / 4) }).map((a) => a.join('')),
  );
}

/** A very long line made of one short piece repeated (the classic ReDoS and cap-bypass input). */
export function hugeLine(sizes: FuzzSizes): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom('a', ' ', '\t', '0', '.', '-', '"', '<', '=', '@', 'x@', 'a.', '5.1.1 ', '550 ', '<br', 'De:\r', '\u200B', '\u202E'),
    fc.string({ minLength: 1, maxLength: 6 }),
  );
  return fc.tuple(piece, fc.integer({ min: 1, max: sizes.hugeLine })).map(([p, n]) => p.repeat(Math.max(1, Math.floor(n / p.length))));
}

const statusCode = fc.oneof(fc.constantFrom(...STATUS_CODES), fc.tuple(fc.nat(9), fc.nat(999), fc.nat(999)).map(([a, b, c]) => `${a}.${b}.${c}`));
const replyCode = fc.oneof(fc.constantFrom(...REPLY_CODES), fc.integer({ min: 0, max: 999 }).map(String));
const address = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('user@example.com', '<user@example.com>', 'a@b', '@', 'x@y@z', '"quoted local"@example.com', 'üser@exämple.de', 'user@\u202Emoc.elpmaxe'),
);

/** One piece of a bounce-like message. */
function fragment(sizes: FuzzSizes): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: 3, arbitrary: fc.tuple(replyCode, statusCode, anyText(60)).map(([r, s, t]) => `${r} ${s} ${t}`) },
    { weight: 2, arbitrary: fc.tuple(address, statusCode).map(([a, s]) => `Final-Recipient: rfc822; ${a}\nAction: failed\nStatus: ${s}`) },
    { weight: 2, arbitrary: fc.tuple(replyCode, statusCode, address).map(([r, s, a]) => `Diagnostic-Code: smtp; ${r} ${s} <${a}> ${'rejected'}`) },
    { weight: 2, arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), anyText(60)).map(([k, v]) => `${k}: ${v}`) },
    { weight: 2, arbitrary: fc.base64String({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 120 }).map((b) => Buffer.from(b).toString('base64')) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 60 }).map((b) => [...b].map((x) => `=${x.toString(16).toUpperCase().padStart(2, '0')}`).join('')) },
    { weight: 2, arbitrary: anyText(80) },
    { weight: 1, arbitrary: trickyChar },
    { weight: 1, arbitrary: hugeLine(sizes) },
  );
}

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number; times: number }
  | { op: 'upper' | 'lower' }
  | { op: 'truncate'; at: number };

function mutation(): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    fc.record({ op: fc.constant('insert' as const), at, text: fc.oneof(trickyChar, anyText(20)) }),
    fc.record({ op: fc.constant('delete' as const), at, len: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ op: fc.constant('duplicate' as const), at, len: fc.integer({ min: 1, max: 40 }), times: fc.integer({ min: 1, max: 50 }) }),
    fc.record({ op: fc.constantFrom('upper' as const, 'lower' as const) }),
    fc.record({ op: fc.constant('truncate' as const), at }),
  );
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  let s = text;
  for (const m of mutations) {
    const pos = 'at' in m ? (s.length === 0 ? 0 : m.at % (s.length + 1)) : 0;
    switch (m.op) {
      case 'insert':
        s = s.slice(0, pos) + m.text + s.slice(pos);
        break;
      case 'delete':
        s = s.slice(0, pos) + s.slice(pos + m.len);
        break;
      case 'duplicate':
        s = s.slice(0, pos) + s.slice(pos, pos + m.len).repeat(m.times) + s.slice(pos);
        break;
      case 'upper':
        s = s.toUpperCase();
        break;
      case 'lower':
        s = s.toLowerCase();
        break;
      case 'truncate':
        s = s.slice(0, pos);
        break;
    }
  }
  return s;
}

/** Bounce-like text: fragments joined by separators, then mutated. */
export function bounceLikeText(sizes: FuzzSizes = CI_SIZES): fc.Arbitrary<string> {
  const joined = fc
    .array(fc.tuple(fragment(sizes), separators), { minLength: 1, maxLength: sizes.fragments })
    .map((parts) => parts.map(([f, s]) => f + s).join(''));
  return fc.tuple(joined, fc.array(mutation(), { maxLength: 4 })).map(([t, ms]) => applyMutations(t, ms));
}

/** A whole MIME message (headers, multipart/report body), well-formed or broken. */
export function rawMessage(sizes: FuzzSizes = CI_SIZES): fc.Arbitrary<string> {
  const boundary = fc.oneof(fc.constantFrom('BOUNDARY', 'b1', '', '--', '=_x', '"q"'), fc.string({ maxLength: 70 }));
  const part = fc.tuple(
    fc.constantFrom('text/plain; charset=utf-8', 'message/delivery-status', 'message/rfc822', 'text/html', 'text/rfc822-headers', 'message/feedback-report', 'application/octet-stream', 'multipart/alternative; boundary=inner', ''),
    fc.constantFrom('7bit', 'base64', 'quoted-printable', '8bit', 'x-bogus', ''),
    bounceLikeText(sizes),
  );
  const headers = fc.array(fragment(sizes), { maxLength: 8 });
  const message = fc
    .tuple(headers, boundary, fc.array(part, { maxLength: 5 }), fc.boolean(), separators)
    .map(([hs, b, parts, closed, sep]) => {
      const head = [
        'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
        'Subject: Undelivered Mail Returned to Sender',
        `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
        ...hs,
      ].join('\r\n');
      const body = parts
        .map(([type, cte, text]) => {
          const encoded = cte === 'base64' ? Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n') : text;
          return `--${b}\r\nContent-Type: ${type}\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n${encoded}`;
        })
        .join(sep || '\r\n');
      return `${head}\r\n\r\n${body}${closed ? `\r\n--${b}--\r\n` : ''}`;
    });
  return fc.tuple(message, fc.array(mutation(), { maxLength: 3 })).map(([m, ms]) => applyMutations(m, ms));
}

/** Several messages in mbox form. */
export function mbox(sizes: FuzzSizes = CI_SIZES): fc.Arbitrary<string> {
  return fc.array(rawMessage(sizes), { minLength: 1, maxLength: 3 }).map((ms) => ms.map((m) => `From MAILER-DAEMON Mon Nov 23 09:00:00 2026\n${m}\n`).join(''));
}

/** Input for decodeRaw: strings and bytes, structured or not. */
export function rawInput(sizes: FuzzSizes = CI_SIZES): fc.Arbitrary<string | Uint8Array> {
  return fc.oneof(
    { weight: 4, arbitrary: rawMessage(sizes) },
    { weight: 1, arbitrary: mbox(sizes) },
    { weight: 2, arbitrary: bounceLikeText(sizes) },
    { weight: 1, arbitrary: anyText(400) },
    { weight: 1, arbitrary: rawMessage(sizes).map((s) => new TextEncoder().encode(s)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }) },
    {
      weight: 1,
      arbitrary: fc.tuple(rawMessage(sizes), fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat()).map(([m, junk, at]) => {
        const bytes = new TextEncoder().encode(m);
        const pos = at % (bytes.length + 1);
        const out = new Uint8Array(bytes.length + junk.length);
        out.set(bytes.subarray(0, pos));
        out.set(junk, pos);
        out.set(bytes.subarray(pos), pos + junk.length);
        return out;
      }),
    },
  );
}

/** Text for the visible-text and paste decoders. */
export function visibleText(sizes: FuzzSizes = CI_SIZES): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: bounceLikeText(sizes) }, { weight: 1, arbitrary: anyText(400) }, { weight: 1, arbitrary: hugeLine(sizes) });
}

export const hints = fc.option(
  fc.record({ subject: fc.oneof(fc.constantFrom('Undeliverable: hi', 'Delivery Status Notification (Failure)', 'Re: lunch'), anyText(80)), from: fc.oneof(fc.constantFrom('Mail Delivery Subsystem', 'postmaster@outlook.com'), anyText(40)) }, { requiredKeys: [] }),
  { nil: undefined },
);

export const sendingService = fc.option(fc.constantFrom(...SENDING_SERVICES), { nil: undefined });

/** Any RecipientFact that passes RecipientFactSchema (the explainer's full input domain). */
export function recipientFact() {
  return fc.record({
    recipient: fc.option(fc.oneof(address, anyText(40)), { nil: null }),
    action: fc.constantFrom(...ActionSchema.options),
    status: fc.option(fc.tuple(fc.constantFrom('2', '4', '5'), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([a, b, c]) => `${a}.${b}.${c}`), { nil: null }),
    replyCode: fc.option(fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}${String(b).padStart(2, '0')}`), { nil: null }),
    diagnostic: fc.oneof(bounceLikeText(CI_SIZES), anyText(200)),
    remoteHost: fc.option(fc.oneof(fc.domain(), anyText(30)), { nil: null }),
    smtpCommand: fc.option(fc.oneof(fc.constantFrom('RCPT TO', 'DATA', 'MAIL FROM', 'end of DATA'), anyText(20)), { nil: null }),
    reason: fc.constantFrom(...REASONS),
    hardBounce: fc.boolean(),
    feedbackType: fc.option(fc.oneof(fc.constantFrom('abuse', 'auth-failure', 'fraud'), anyText(20)), { nil: null }),
  });
}

/** Attachment sizes: realistic, boundary and huge values (bytes, non-negative integers). */
export const fileSize = fc.oneof(
  fc.nat({ max: 100 * 1024 * 1024 }),
  fc.constantFrom(0, 1, 1023, 1024, 10 * 1024 * 1024, 20 * 1024 * 1024, 25 * 1024 * 1024, 25 * 1024 * 1024 + 1, 2 ** 31, 2 ** 32),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
);

/** Any number at all, for "never throws" (NaN, negative, infinite, fractional). */
export const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, Number.MAX_VALUE));

export const fileName = fc.oneof(
  fc.constantFrom('report.pdf', 'photo.JPG', 'a.tar.gz', '.hidden', 'noext', 'x.', 'dir/name.docx', 'C:\\x\\y.exe', 'invoice.pdf\u202Eexe.', 'clip.mov', 'pic.heic', 'song.mp3', ''),
  anyText(60),
);

/** MIME types as a browser might report them. */
export const mimeType = fc.oneof(
  fc.constantFrom('image/jpeg', 'image/png', 'image/gif', 'image/heic', 'video/mp4', 'video/quicktime', 'audio/mpeg', 'application/pdf', 'text/plain', 'application/octet-stream', ''),
  anyText(30),
);

/** Text a user might type into a size box. */
export const sizeText = fc.oneof(
  anyText(40),
  fc
    .tuple(
      fc.oneof(fc.double({ noNaN: true, min: -1e20, max: 1e20 }).map(String), fc.nat().map(String), fc.constantFrom('1,5', '2,048', '.5', '1.', '0x10', '1e3', '١٢', '', '-3')),
      fc.constantFrom('', ' ', '  ', '\u00A0', '\t'),
      fc.constantFrom('', 'b', 'B', 'bytes', 'kb', 'KB', 'KiB', 'mb', 'MB', 'Mo', 'gb', 'GB', 'TB', 'xb', 'm b'),
    )
    .map(([n, s, u]) => n + s + u),
  hugeLine({ hugeLine: 5000, fragments: 1 }),
);

/** First bytes of a file: random, or a real magic number followed by junk. */
export const firstBytes = fc.oneof(
  fc.uint8Array({ maxLength: 128 }),
  fc
    .tuple(
      fc.constantFrom(
        [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
        [0xff, 0xd8, 0xff],
        [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
        [0x50, 0x4b, 0x03, 0x04],
        [0x4d, 0x5a],
        [0x7f, 0x45, 0x4c, 0x46],
        [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
        [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70],
        [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
        [0x52, 0x49, 0x46, 0x46],
      ),
      fc.uint8Array({ maxLength: 100 }),
    )
    .map(([magic, rest]) => Uint8Array.from([...magic, ...rest])),
);
