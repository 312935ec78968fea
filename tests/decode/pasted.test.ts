import { describe, expect, it } from 'vitest';
import { classifyReason, decodePasted } from '../../lib/decode';
import { MessageReportSchema } from '../../lib/decode/types';

const PASTED: Array<[string, { reason: string; status: string | null; replyCode: string | null; recipient?: string | null; hard?: boolean }]> = [
  ['550 5.1.1 The email account that you tried to reach does not exist', { reason: 'userunknown', status: '5.1.1', replyCode: '550', hard: true }],
  ['The domain is not allowed to send', { reason: 'rejected', status: null, replyCode: null }],
  ['421 Too many requests', { reason: 'speeding', status: null, replyCode: '421' }],
  ['Daily user sending quota exceeded', { reason: 'speeding', status: null, replyCode: null }],
  ['552 5.3.4 Message size exceeds fixed maximum message size', { reason: 'mesgtoobig', status: '5.3.4', replyCode: '552' }],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', { reason: 'blocked', status: '5.7.1', replyCode: '554' }],
  ['450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.8]', { reason: 'requireptr', status: '4.7.1', replyCode: '450' }],
  ['554 5.7.1 <someone@example.net>: Relay access denied', { reason: 'norelaying', status: '5.7.1', replyCode: '554', recipient: 'someone@example.net' }],
  ['452 4.2.2 The email account that you tried to reach is over quota', { reason: 'mailboxfull', status: '4.2.2', replyCode: '452', hard: false }],
  ['550 5.7.26 This mail has been blocked because the sender is unauthenticated', { reason: 'authfailure', status: '5.7.26', replyCode: '550' }],
  ['Benutzer unbekannt', { reason: 'userunknown', status: null, replyCode: null }],
  ['Boîte aux lettres pleine', { reason: 'mailboxfull', status: null, replyCode: null }],
  ['Почтовый ящик переполнен', { reason: 'mailboxfull', status: null, replyCode: null }],
  ['このメールアドレスは存在しません', { reason: 'userunknown', status: null, replyCode: null }],
  ['Something odd happened on the way', { reason: 'undefined', status: null, replyCode: null }],
];

describe('decodePasted', () => {
  for (const [text, want] of PASTED) {
    it(text, () => {
      const report = decodePasted(text);
      expect(MessageReportSchema.safeParse(report).success).toBe(true);
      expect(report.kind).toBe('bounce');
      expect(report.recipients.length).toBeGreaterThanOrEqual(1);
      const [fact] = report.recipients;
      expect(fact.reason).toBe(want.reason);
      expect(fact.status).toBe(want.status);
      expect(fact.replyCode).toBe(want.replyCode);
      if (want.recipient !== undefined) expect(fact.recipient).toBe(want.recipient);
      if (want.hard !== undefined) expect(fact.hardBounce).toBe(want.hard);
      expect(fact.diagnostic.length).toBeLessThanOrEqual(2048);
    });
  }

  it('never invents codes from the reason', () => {
    const [fact] = decodePasted('The recipient mailbox is full').recipients;
    expect(fact.reason).toBe('mailboxfull');
    expect(fact.status).toBeNull();
    expect(fact.replyCode).toBeNull();
  });

  it('caps the diagnostic at 2 KB', () => {
    const [fact] = decodePasted(`550 5.1.1 user unknown ${'x '.repeat(5000)}`).recipients;
    expect(fact.diagnostic.length).toBeLessThanOrEqual(2048);
  });

  for (const junk of ['', '   \n\t ', '12345 !!!', '@@@@', '\u0000\u0001']) {
    it(`returns not-bounce for ${JSON.stringify(junk)}`, () => {
      const report = decodePasted(junk);
      expect(report.kind).toBe('not-bounce');
      expect(report.recipients).toEqual([]);
    });
  }
});

describe('text over code', () => {
  it('a rate limit sent as 5.1.1 is speeding, not userunknown', () => {
    expect(classifyReason('550 5.1.1 Rate limit exceeded, try again later', '5.1.1', '550')).toBe('speeding');
  });
  it('too many connections sent as 5.1.1 is toomanyconn', () => {
    expect(classifyReason('550 5.1.1 Too many connections from your IP', '5.1.1', '550')).toBe('toomanyconn');
  });
  it('a bare code still classifies when the text says nothing', () => {
    expect(classifyReason('550 5.1.1', '5.1.1', '550')).toBe('userunknown');
    expect(classifyReason('552 5.2.2', '5.2.2', '552')).toBe('mailboxfull');
  });
  it('a rate-limited pasted line is soft', () => {
    const [fact] = decodePasted('550 5.1.1 Rate limit exceeded for this sender').recipients;
    expect(fact).toMatchObject({ reason: 'speeding', status: '5.1.1', hardBounce: false });
  });
});
