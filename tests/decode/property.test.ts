import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePasted, decodeRaw, decodeVisibleText } from '../../lib/decode';
import { MessageReportSchema } from '../../lib/decode/types';

const fragments = fc.constantFrom(
  '550 5.1.1 ', '<a@example.com>', 'said: ', '\r\n', '\n', '\r', 'From: x@y.z\n', 'Status: 5.2.2\n', 'Final-Recipient: rfc822; b@c.d\n',
  'Content-Type: multipart/report; boundary="q"\n', '--q\n', '(((', '<<<', '@', 'user unknown', 'マ', 'ы', '=?utf-8?B?8J+Q?=', ' ', '\u0000',
);
const messy = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fragments, { maxLength: 80 }).map((a) => a.join('')));

describe('decoder properties', () => {
  it('decodeVisibleText and decodePasted never throw and always match the schema', () => {
    fc.assert(
      fc.property(messy, fc.option(fc.string({ maxLength: 60 })), (text, subject) => {
        const v = decodeVisibleText(text, { subject: subject ?? undefined });
        const p = decodePasted(text);
        expect(MessageReportSchema.safeParse(v).success).toBe(true);
        expect(MessageReportSchema.safeParse(p).success).toBe(true);
        if (p.kind === 'bounce') expect(p.recipients.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('decodeRaw never throws and always matches the schema', async () => {
    await fc.assert(
      fc.asyncProperty(messy, fc.uint8Array({ maxLength: 200 }), async (text, bytes) => {
        for (const input of [`From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\n\n${text}`, text, bytes]) {
          const reports = await decodeRaw(input);
          for (const r of reports) expect(MessageReportSchema.safeParse(r).success).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stays fast on a ~2 MB adversarial message', async () => {
    const parts = [
      'From: Mail Delivery System <MAILER-DAEMON@example.org>', 'Subject: Undelivered Mail Returned to Sender', '',
      'a'.repeat(300_000), '<'.repeat(100_000) + '('.repeat(100_000), '[x@y.'.repeat(20_000),
    ];
    let size = parts.join('\n').length;
    for (let i = 0; size < 2 * 1024 * 1024; i++) {
      const line = `<u${i}@example.net>: host mx said: 550-5.1.1 550 5.1.1 ${'5.1.1 '.repeat(10)}User unknown ${'@'.repeat(30)}`;
      parts.push(line);
      size += line.length + 1;
    }
    const big = parts.join('\n');
    const t0 = performance.now();
    const raw = await decodeRaw(big);
    const visible = decodeVisibleText(big);
    const pasted = decodePasted(big);
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeLessThan(3000);
    for (const r of [...raw, visible, pasted]) expect(MessageReportSchema.safeParse(r).success).toBe(true);
  });
});
