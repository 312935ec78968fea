import { describe, expect, it } from 'vitest';
import { classifyReason, decodePasted, decodeRaw } from '../../lib/decode';
import { matchProviderRule } from '../../lib/decode/providers';
import { cleanAddress, findAddresses } from '../../lib/decode/text';
import { multipartReport } from './fixtures';

/** Synthesized notices modelled on the public formats (qmail-remote, Postfix, OpenSMTPD); addresses are example ones. */
function qmail(recipient: string, body: string): string {
  return [
    'From: MAILER-DAEMON@mx.example.org',
    'To: sender@example.org',
    'Subject: failure notice',
    '',
    'Hi. This is the qmail-send program at mx.example.org.',
    "I'm afraid I wasn't able to deliver your message to the following addresses.",
    "This is a permanent error; I've given up. Sorry it didn't work out.",
    '',
    `<${recipient}>:`,
    body,
    '',
  ].join('\n');
}

async function reasonOf(raw: string): Promise<string | undefined> {
  const [report] = await decodeRaw(raw);
  return report?.recipients[0]?.reason;
}

describe('the SMTP stage decides who was refused', () => {
  it('a generic refusal at MAIL FROM is about the sender', async () => {
    expect(await reasonOf(qmail('pat@example.net', 'Connected to 192.0.2.9 but sender was rejected.\nRemote host said: 550 5.7.1 Access denied'))).toBe('rejected');
  });
  it('a refusal at HELO is about the sending host', async () => {
    expect(await reasonOf(qmail('pat@example.net', 'Connected to 192.0.2.9 but my name was rejected.\nRemote host said: 501 5.0.0 Invalid domain name'))).toBe('blocked');
  });
  it('a block-list refusal at MAIL FROM stays a block', async () => {
    const text = qmail('pat@example.net', 'Connected to 192.0.2.9 but sender was rejected.\nRemote host said: 554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org');
    expect(await reasonOf(text)).toBe('blocked');
  });
  it('"does not like recipient" is the RCPT stage: user unknown stays user unknown', async () => {
    expect(await reasonOf(qmail('pat@example.net', '192.0.2.9 does not like recipient.\nRemote host said: 550 5.2.1 <pat@example.net>... User unknown'))).toBe('userunknown');
  });
  it('"user unknown" after the message content is a filter', () => {
    expect(decodePasted('550 5.0.0 Unknown user pat@example.net (in reply to end of DATA command)').recipients[0].reason).toBe('filtered');
  });
  it('"does not exist" answered to MAIL FROM is the sender address', () => {
    expect(decodePasted('SMTP error from remote mail server after MAIL FROM:<me@example.org>: 553 5.1.0 me@example.org does not exist').recipients[0].reason).toBe('rejected');
  });
});

describe('reason words', () => {
  const CASES: Array<[string, string]> = [
    ['pat@example.net: No MX found for domain', 'notaccept'],
    ["Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", 'notaccept'],
    ['Name service error for domain example.net: Host not found, try again', 'networkerror'],
    ["Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", 'networkerror'],
    ['pat@example.net: Envelope expired', 'expired'],
    ['Warning: message still undelivered after 4 hours', 'expired'],
    ['vdelivermail: account is locked', 'suspend'],
    ['malformed address: <a@example.net> may not follow <b@example.net>', 'syntaxerror'],
    ['Your message to: pat@example.org was blocked by our Spam Firewall.', 'spamdetected'],
  ];
  for (const [text, reason] of CASES) it(text, () => expect(decodePasted(text).recipients[0].reason).toBe(reason));
});

describe('provider codes', () => {
  it('Orange / La Poste label codes', () => {
    expect(matchProviderRule('550 5.5.0 Invalid recipient. LPN007_416', '5.5.0', '550', 'smtp.laposte.net')?.reason).toBe('userunknown');
    expect(matchProviderRule('421 4.2.0 Service refused, please try later. OFR005_505 [505]', '4.2.0', '421', 'smtp-in.orange.fr')?.reason).toBe('systemerror');
    expect(matchProviderRule('550 5.2.0 Mail rejected. OFR_506 [506]', '5.2.0', '550', 'smtp.wanadoo.fr')?.reason).toBe('spamdetected');
    expect(matchProviderRule('550 Too many connections, slow down. LPN105_104', null, '550', 'smtp.laposte.net')?.reason).toBe('toomanyconn');
  });
  it('Spectrum AUP codes', () => {
    const text = '550 5.1.0 sender rejected. See https://www.spectrum.net/support for more information. AUP#In-1310';
    expect(matchProviderRule(text, '5.1.0', '550', null)?.reason).toBe('toomanyconn');
    expect(matchProviderRule('550 5.7.1 AUP#In-1000', '5.7.1', '550', 'mx.charter.net')?.reason).toBe('blocked');
    expect(matchProviderRule('550 no code here', null, '550', 'mx.charter.net')).toBeNull();
  });
  it('Zoho and Mimecast wording', () => {
    expect(matchProviderRule('541 5.4.1 Mail rejected by destination domain', '5.4.1', '541', 'mx.zoho.com')?.reason).toBe('rejected');
    expect(matchProviderRule('554 email rejected due to security policies - x', null, '554', 'service1.mimecast.com')?.reason).toBe('virusdetected');
  });
});

describe('recipient blocks', () => {
  it('an Exim "(generated from ...)" line names the alias, not a second recipient', async () => {
    const raw = [
      'From: Mail Delivery System <Mailer-Daemon@mx.example.org>', 'To: me@example.org', 'Subject: Mail delivery failed: returning message to sender', '',
      'This message was created automatically by mail delivery software.', '',
      'A message that you sent could not be delivered to one or more of its', 'recipients. This is a permanent error. The following address(es) failed:', '',
      '  pat@example.net', '    (generated from alias@example.com)', '    SMTP error from remote mail server after RCPT TO:<pat@example.net>:',
      '    host mx.example.net [192.0.2.7]: 550 5.1.1 <pat@example.net>: User unknown', '',
    ].join('\n');
    const [report] = await decodeRaw(raw);
    expect(report.recipients.map((r) => r.recipient)).toEqual(['pat@example.net']);
    expect(report.recipients[0]).toMatchObject({ status: '5.1.1', replyCode: '550', reason: 'userunknown' });
  });
  it('a Japanese "contact <address>" line wrapped before the verb is not a recipient', async () => {
    const raw = [
      'From: MAILER-DAEMON@mx.example.jp', 'To: me@example.org', 'Subject: Undelivered Mail Returned to Sender', '',
      '解決できない場合は、<help@example.jp>', 'へご連絡ください。', '',
      '<pat@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 <pat@example.net>: User unknown (in reply to RCPT TO command)', '',
    ].join('\n');
    const [report] = await decodeRaw(raw);
    expect(report.recipients.map((r) => r.recipient)).toEqual(['pat@example.net']);
  });
  it('"Service unavailable" alone is too vague to beat the words around it', async () => {
    const raw = [
      'From: MAILER-DAEMON@mx.example.org', 'To: me@example.org', 'Subject: Returned mail: Service unavailable', '',
      '   ----- The following addresses had permanent fatal errors -----', '<pat@example.net>', '',
      '   ----- Transcript of session follows -----', 'mail.local: unknown user: pat', '554 5.0.0 <pat@example.net>... Service unavailable', '',
    ].join('\n');
    const [report] = await decodeRaw(raw);
    expect(report.recipients[0].reason).toBe('userunknown');
  });
});

describe('delivery-status fields', () => {
  it('reads the reason from a comment after the Status code when there is no Diagnostic-Code text', async () => {
    const raw = multipartReport({
      recipient: 'pat@example.net', action: 'delayed', status: '4.0.0 (example.net: host name lookup failure)', diagnostic: '',
      text: 'Your message has not been delivered yet.',
    });
    const [report] = await decodeRaw(raw);
    expect(report.recipients[0]).toMatchObject({ recipient: 'pat@example.net', status: '4.0.0', reason: 'networkerror' });
  });
});

describe('auto-replies', () => {
  it('an auto-reply saying the mailbox is no longer in use is a bounce', async () => {
    const raw = 'From: Kim <kim@example.com>\nTo: me@example.org\nSubject: Automatic reply: hello\nAuto-Submitted: auto-replied\n\nThis mailbox kim@example.com is no longer in use. Please write to info@example.com.\n';
    const [report] = await decodeRaw(raw);
    expect(report.kind).toBe('bounce');
    expect(report.recipients[0]).toMatchObject({ recipient: 'kim@example.com', reason: 'suspend' });
  });
});

describe('address finding (linear scanner)', () => {
  it('keeps what the decoder accepted before', () => {
    expect(findAddresses('To: <a.b+c@mail.example.co.jp>, "x" <root@localhost>;')).toEqual(['a.b+c@mail.example.co.jp', 'root@localhost']);
    expect(findAddresses('rfc822;pat@192.0.2.1')).toEqual(['pat@192.0.2.1']);
    expect(findAddresses('no address @ here')).toEqual([]);
    expect(cleanAddress('<pat@example.net>)",.;:')).toBe('pat@example.net');
  });
  it('stays fast on hostile input', () => {
    const t = performance.now();
    findAddresses('.-'.repeat(3000));
    findAddresses('-!'.repeat(3000) + '@' + 'a.'.repeat(1000));
    cleanAddress('a@b.example' + '"'.repeat(60_000) + '\u0000"');
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe('wording known from Sisimai\'s reason lists', () => {
  // One phrase per reason added from go-sisimai reason/why-*.go, each in a reply with no telling code.
  const cases: [string, string][] = [
    ['Reason: Illegal host/domain name found', 'hostunknown'],
    ['451 queue file write error', 'systemerror'],
    ['550 Taille limite du message atteinte', 'mesgtoobig'],
    ['550 Mailbox is frozen', 'suspend'],
    ['550 sorry, your envelope recipient has been denied', 'userunknown'],
    ['550 Rejecting banned content', 'spamdetected'],
    ['553 BATV failed to verify', 'rejected'],
    ['554 Mail forwarding loop for x@example.org', 'networkerror'],
    ['530 STARTTLS is required to send mail', 'failedstarttls'],
  ];
  for (const [text, reason] of cases) {
    it(`"${text}" → ${reason}`, () => {
      expect(classifyReason(text, null, null)).toBe(reason);
    });
  }
});
