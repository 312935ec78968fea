import { describe, expect, it } from 'vitest';
import { decodePasted, decodeRaw, decodeVisibleText } from '../../lib/decode';
import { MessageReportSchema } from '../../lib/decode/types';
import { VISIBLE_CASES, multipartReport } from './fixtures';
import fc from 'fast-check';
import { CODE_SHAPE, DIAG_LEADS, LEAD_ENDING, stripLead } from '../../lib/decode/formats/text-blocks';
import { findAddresses, findReplyCode, findStatus } from '../../lib/decode/text';

describe('decodeVisibleText over synthesized notices', () => {
  for (const c of VISIBLE_CASES) {
    it(c.name, () => {
      const report = decodeVisibleText(c.text, { subject: c.subject, from: c.from });
      expect(MessageReportSchema.safeParse(report).success).toBe(true);
      expect(report.kind).toBe(c.kind ?? 'bounce');
      expect(report.recipients).toHaveLength(1);
      const [fact] = report.recipients;
      expect(fact.recipient).toBe(c.recipient);
      expect(fact.status).toBe(c.status);
      expect(fact.replyCode).toBe(c.replyCode);
      expect(fact.reason).toBe(c.reason);
      expect(fact.hardBounce).toBe(c.hardBounce);
    });
  }

  it('reports ordinary mail as not a bounce', () => {
    const report = decodeVisibleText('Hi Sam,\n\nLunch on Friday? Mail me at sam@example.com.\n\nCheers', { subject: 'Lunch', from: 'Jo <jo@example.org>' });
    expect(report.kind).toBe('not-bounce');
    expect(report.recipients).toEqual([]);
  });

  it('finds several recipients in one notice', () => {
    const text = `This is the mail system at host mx.example.org.

<a@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)
<b@example.net>: host mx.example.net[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)
`;
    const report = decodeVisibleText(text, { subject: 'Undelivered Mail Returned to Sender' });
    expect(report.recipients.map((f) => [f.recipient, f.status, f.reason])).toEqual([
      ['a@example.net', '5.1.1', 'userunknown'],
      ['b@example.net', '4.2.2', 'mailboxfull'],
    ]);
  });
});

describe('decodeRaw', () => {
  const text = 'This is the mail system at host mx.example.org.\n\n<gone@example.net>: host mail.example.net said: 550 5.1.1 No such user (in reply to RCPT TO command)';
  for (const newline of ['\n', '\r\n', '\r']) {
    it(`reads a multipart/report with ${JSON.stringify(newline)} newlines`, async () => {
      const raw = multipartReport({ recipient: 'gone@example.net', status: '5.1.1', diagnostic: '550 5.1.1 No such user', text, newline });
      const [report] = await decodeRaw(raw);
      expect(report.kind).toBe('bounce');
      expect(report.format).toBe('rfc3464');
      expect(report.recipients).toHaveLength(1);
      expect(report.recipients[0]).toMatchObject({ recipient: 'gone@example.net', status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true, remoteHost: 'mail.example.net' });
    });
  }

  it('prefers the remote server code in the diagnostic over a generic Status field', async () => {
    const raw = multipartReport({ recipient: 'x@example.net', status: '5.0.0', diagnostic: '552 5.2.2 Mailbox quota exceeded', text: 'delivery failed' });
    const [report] = await decodeRaw(raw);
    expect(report.recipients[0]).toMatchObject({ status: '5.2.2', replyCode: '552', reason: 'mailboxfull' });
  });

  it("takes the notice's own diagnostic and remote host only where the report lacks them", async () => {
    const notice = 'This is the mail system at host mx.example.org.\n\n<gone@example.net>: host mx2.example.net[192.0.2.9] said: 550 5.1.1 <gone@example.net>: Recipient address rejected (in reply to RCPT TO command)';
    // The report's diagnostic has no code: the notice's coded reply leads, and its remote host fills the gap.
    const uncoded = multipartReport({ recipient: 'gone@example.net', status: '5.0.0', diagnostic: 'delivery failed', text: notice }).replace('Remote-MTA: dns; mail.example.net\n', '');
    const [fromNotice] = await decodeRaw(uncoded);
    expect(fromNotice.recipients[0]).toMatchObject({ status: '5.1.1', replyCode: '550', remoteHost: 'mx2.example.net', smtpCommand: 'RCPT', reason: 'userunknown' });
    expect(fromNotice.recipients[0].diagnostic).toMatch(/^550 5\.1\.1 <gone@example\.net>: Recipient address rejected.*delivery failed$/);
    // The report's own coded diagnostic and Remote-MTA stand; the notice still gives the SMTP stage.
    const coded = multipartReport({ recipient: 'gone@example.net', status: '5.2.2', diagnostic: '552 5.2.2 Mailbox full', text: notice });
    const [fromReport] = await decodeRaw(coded);
    expect(fromReport.recipients[0]).toMatchObject({ status: '5.2.2', replyCode: '552', diagnostic: '552 5.2.2 Mailbox full', remoteHost: 'mail.example.net', smtpCommand: 'RCPT', reason: 'mailboxfull' });
  });

  it('reports a success DSN as delivered', async () => {
    const raw = multipartReport({ recipient: 'ok@example.net', status: '2.0.0', action: 'delivered', diagnostic: '250 2.0.0 OK', text: 'Your message was delivered.' });
    const [report] = await decodeRaw(raw);
    expect(report.kind).toBe('delivered');
    expect(report.recipients[0]).toMatchObject({ reason: 'delivered', hardBounce: false });
  });

  it('splits an mbox into one report per message', async () => {
    const one = multipartReport({ recipient: 'a@example.net', status: '5.1.1', diagnostic: '550 5.1.1 unknown user', text: 'failed' });
    const two = multipartReport({ recipient: 'b@example.net', status: '4.4.7', action: 'failed', diagnostic: 'delivery time expired', text: 'failed' });
    const mbox = `From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n${one}\nFrom MAILER-DAEMON Thu Jan  1 00:00:01 2026\n${two}`;
    const reports = await decodeRaw(mbox);
    expect(reports.map((r) => r.recipients[0]?.recipient)).toEqual(['a@example.net', 'b@example.net']);
    expect(reports[1].recipients[0].reason).toBe('expired');
  });

  it('decodes an ARF complaint', async () => {
    const raw = [
      'From: abuse@isp.example', 'To: postmaster@example.org', 'Subject: complaint', 'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=feedback-report; boundary="B"', '',
      '--B', 'Content-Type: text/plain', '', 'This is an abuse report.', '',
      '--B', 'Content-Type: message/feedback-report', '', 'Feedback-Type: abuse', 'User-Agent: test/1.0', 'Version: 1', 'Original-Rcpt-To: annoyed@isp.example', '',
      '--B', 'Content-Type: message/rfc822', '', 'From: news@example.org', 'To: annoyed@isp.example', 'Subject: offer', '', 'buy', '--B--', '',
    ].join('\n');
    const [report] = await decodeRaw(raw);
    expect(report.kind).toBe('complaint');
    expect(report.recipients[0]).toMatchObject({ recipient: 'annoyed@isp.example', reason: 'feedback', feedbackType: 'abuse', hardBounce: false });
  });

  it('decodes an RFC 3834 auto-reply as vacation', async () => {
    const raw = 'From: Kim <kim@example.com>\nTo: me@example.org\nSubject: Automatic reply: hello\nAuto-Submitted: auto-replied\n\nI am away until Monday.\n';
    const [report] = await decodeRaw(raw);
    expect(report.kind).toBe('auto-reply');
    expect(report.recipients[0]).toMatchObject({ recipient: 'kim@example.com', reason: 'vacation' });
  });

  it('decodes an undeclared ISO-2022-JP body', async () => {
    const jis = Buffer.concat([
      Buffer.from('From: MAILER-DAEMON@example.jp\nTo: me@example.org\nSubject: Returned mail\n\n<taro@example.jp>\n', 'latin1'),
      // "存在しません" encoded by hand in ISO-2022-JP
      Buffer.from([0x1b, 0x24, 0x42, 0x42, 0x38, 0x3a, 0x5f, 0x24, 0x37, 0x24, 0x5e, 0x24, 0x3b, 0x24, 0x73, 0x1b, 0x28, 0x42, 0x0a]),
    ]);
    const [report] = await decodeRaw(new Uint8Array(jis));
    expect(report.recipients[0]).toMatchObject({ recipient: 'taro@example.jp', reason: 'userunknown' });
  });

  it('returns nothing for empty and near-empty input', async () => {
    expect(await decodeRaw('')).toEqual([]);
    expect(await decodeRaw('\n')).toEqual([]);
    expect(await decodeRaw(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual([]);
  });
});

describe('diagnostic leads', () => {
  it('every lead, in any case, has an ending the quick check looks for (a line it skips has no lead)', () => {
    for (const lead of DIAG_LEADS) {
      expect(LEAD_ENDING.test(lead)).toBe(true);
      expect(LEAD_ENDING.test(lead.toUpperCase())).toBe(true);
    }
  });
});

describe('code shape pre-check', () => {
  it('passes every line in which a status, a reply code or a leading reply would be found', () => {
    const piece = fc.oneof(
      fc.constantFrom('550', '5.1.1', '250', '4.2.2', '2016', '192.0.2.1', '203.0.113.5', 'said:', 'error:', 'code', ' ', '-', '(', '"', "'", '[', ':', '.', 'x', '0', '9', '<a@b.example>', '\t', 'reply code:'),
      fc.integer({ min: 0, max: 99999 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const line = pieces.join('');
        const carriesCode = findStatus(line) !== null || findReplyCode(line) !== null || /^[("'[]{0,2}[2-5]\d\d[ -]/.test(stripLead(line));
        if (carriesCode) expect(CODE_SHAPE.test(line)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('complaint reports as a webmail shows them', () => {
  it('recognises the report by its first sentence and reads the feedback type from it', () => {
    const abuse = decodeVisibleText('This is an email abuse report for an email message received from IP 192.0.2.1 on Thu, 8 Mar 2005 14:00:00 EDT.', {
      from: 'Feedback Loop <fbl@isp.example>', subject: 'Abuse Report',
    });
    expect(abuse.kind).toBe('complaint');
    expect(abuse.recipients).toHaveLength(1);
    expect(abuse.recipients[0]).toMatchObject({ reason: 'feedback', feedbackType: 'abuse', hardBounce: false });
    const auth = decodeVisibleText('This is an authentication failure report for an email message received from IP 192.0.2.1 on Thu, 29 Mar 2012 12:00:00 -0700.');
    expect(auth.recipients[0]).toMatchObject({ reason: 'feedback', feedbackType: 'auth-failure' });
  });

  it('takes the complainant from the reported message\'s To line, and the JMRP subject as a report', () => {
    const report = decodeVisibleText('-----\nFrom:    Pat <pat@example.com>\nSubject: Offers\nTo:      lee@example.org\n-----\nOffers inside', {
      from: 'staff@hotmail.com', subject: 'complaint about message from 192.0.2.7',
    });
    expect(report.kind).toBe('complaint');
    expect(report.recipients[0]).toMatchObject({ recipient: 'lee@example.org', feedbackType: 'abuse' });
  });

  it('does not take a person mentioning a report for one', () => {
    expect(decodeVisibleText('Did you get the abuse report I forwarded yesterday?').kind).not.toBe('complaint');
  });
});

describe('new-format Microsoft 365 notices as a webmail shows them', () => {
  it('reads the reported error that follows the "Original Message Details" table', () => {
    const text = [
      "Your message to lee@example.org couldn't be delivered.",
      '',
      "lee wasn't found at example.org.",
      '',
      'More Info for Email Admins',
      'Status code: 550 5.1.10',
      '',
      'This error occurs because the sender sent a message to an address that does not exist.',
      '',
      'Original Message Details',
      'Created Date:   5/6/2024 9:15:00 AM',
      'Sender Address: pat@example.com',
      'Recipient Address:      lee@example.org',
      'Subject:        Plans',
      '',
      'Error Details',
      'Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      'DSN generated by:       AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
      '',
      'Original Message Headers',
      'To: <lee@example.org>',
    ].join('\n');
    const report = decodeVisibleText(text, { from: 'Microsoft Outlook <postmaster@example.com>', subject: 'Undeliverable: Plans' });
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]).toMatchObject({
      recipient: 'lee@example.org', status: '5.1.10', replyCode: '550', reason: 'userunknown',
      diagnostic: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    });
  });
});

describe('addresses quoted inside a server reply', () => {
  const recipientsOf = (text: string) => decodeVisibleText(text, { from: 'MAILER-DAEMON@mx.example.net', subject: 'Undelivered Mail Returned to Sender' }).recipients;

  it('are not taken for more recipients (Postfix continuation, qmail reply)', () => {
    const postfix = recipientsOf([
      'This is the mail system at host mx.example.net.', '',
      '<lee@example.org>: host mx.example.org[192.0.2.2] said: 553',
      '    5.1.8 <pat@example.net>... Domain of sender address',
      '    pat@example.net does not exist (in reply to MAIL FROM command)', '',
    ].join('\n'));
    expect(postfix.map((r) => r.recipient)).toEqual(['lee@example.org']);
    expect(postfix[0].diagnostic).toContain('Domain of sender address');
    const qmail = recipientsOf([
      "Hi. This is the qmail-send program at mx.example.net.", '',
      '<lee@example.org>:', 'Connected to 192.0.2.2 but sender was rejected.',
      'Remote host said: 550 5.7.1 <pat@example.net>... Access denied', '',
    ].join('\n'));
    expect(qmail.map((r) => r.recipient)).toEqual(['lee@example.org']);
    expect(qmail[0]).toMatchObject({ status: '5.7.1', replyCode: '550' });
  });

  it('are not taken from a folded header value or a wrapped alias', () => {
    const folded = recipientsOf([
      'The message WAS NOT relayed to:', '  <lee@example.org>: [192.0.2.2] said:', '   550 5.1.1 <lee@example.org>: Recipient address rejected', '',
      'Message-ID:', '  <0a1b2c3d@mail.example.net>', 'Subject: Plans', '',
    ].join('\n'));
    expect(folded.map((r) => r.recipient)).toEqual(['lee@example.org']);
    const alias = recipientsOf([
      'This is the mail system at host mx.example.net.', '',
      '<lee.smith@example.org> (expanded from', '    <lee@example.org>): temporary failure. Command output:', 'Quota', '    exceeded', '',
    ].join('\n'));
    expect(alias.map((r) => r.recipient)).toEqual(['lee.smith@example.org']);
  });

  it('read a mailbox path that ends in the address as that address', () => {
    expect(findAddresses('save to /home/lee/.mail/lee@example.org failed')).toEqual(['lee@example.org']);
    const exim = recipientsOf([
      'This message was created automatically by mail delivery software.', '',
      '  lee@example.org', '    generated by lee@example.org', '', 'The following text was generated during the delivery attempt:', '',
      '------ /home/lee/.mail/lee@example.org ------', '', 'Failed to open mailbox: quota exceeded', '',
    ].join('\n'));
    expect(exim.map((r) => r.recipient)).toEqual(['lee@example.org']);
  });

  it('still reads every recipient of a transcript and of a list at the same indent', () => {
    const transcript = recipientsOf([
      '   ----- Transcript of session follows -----',
      '554 <lee@example.org>... Remote protocol error: Connection reset by peer',
      '550 example.net (smtp)... 550 Host unknown',
      '554 <kim@example.net>... 550 Host unknown (Authoritative answer from name server)',
      '>>> RCPT To:<sam@example.com>', '<<< 550 Requested mailbox not found', '550 <sam@example.com>... User unknown', '',
    ].join('\n'));
    expect(transcript.map((r) => r.recipient)).toEqual(['lee@example.org', 'kim@example.net', 'sam@example.com']);
    const exim = recipientsOf([
      'This message was created automatically by mail delivery software.', '',
      '  lee@example.org', '    SMTP error from remote mail server after RCPT TO:<lee@example.org>:', '    550 5.1.1 User unknown',
      '  kim@example.net', '    SMTP error from remote mail server after RCPT TO:<kim@example.net>:', '    550 5.1.1 User unknown', '',
    ].join('\n'));
    expect(exim.map((r) => r.recipient)).toEqual(['lee@example.org', 'kim@example.net']);
  });
});

describe('the diagnostic of a notice without codes', () => {
  const first = (text: string) => decodeVisibleText(text, { from: 'MAILER-DAEMON@mx.example.net', subject: 'Delivery Notification: Delivery has failed' }).recipients[0];

  it('comes from after the recipient line, not from the message headers the intro quotes', () => {
    const fact = first([
      'This report relates to a message you sent with the following header fields:', '',
      '  Message-id: <0a1b2c@mail.example.net>', '  Date: Mon, 6 May 2024 09:15:00 +0900', '  From: Pat <pat@example.net>', '  Subject: Plans', '',
      'Your message cannot be delivered to the following recipients:', '',
      '  Recipient address: lee@example.org', '  Reason: Over quota', '',
    ].join('\n'));
    expect(fact).toMatchObject({ recipient: 'lee@example.org', diagnostic: 'Over quota', reason: 'mailboxfull' });
  });

  it("takes Sendmail's '(reason: …)' over its own closing summary", () => {
    const fact = first([
      '   ----- The following addresses had permanent fatal errors -----', '<lee@example.org>', '    (reason: 550 : User unknown)', '',
      '   ----- Transcript of session follows -----', '... while talking to mx.example.org.:', '>>> DATA', '<<< 550 : User unknown', '554 5.0.0 Service unavailable', '',
    ].join('\n'));
    expect(fact).toMatchObject({ recipient: 'lee@example.org', replyCode: '550', diagnostic: '550 : User unknown' });
  });

  it('reads the reason bracketed after the address', () => {
    const fact = first(['---The following addresses had delivery errors---', '', 'lee@example.org [User unknown]', ''].join('\n'));
    expect(fact).toMatchObject({ recipient: 'lee@example.org', diagnostic: 'User unknown', reason: 'userunknown' });
  });
});

describe('SurfControl notices as a webmail shows them', () => {
  it('are bounces, with the recipient and the reply', () => {
    const report = decodeVisibleText([
      'Your message could not be sent.', 'A transcript of the attempts to send the message follows.', 'The number of attempts made: 1',
      'Addressed To: lee@example.org', '', 'Failed to send to identified host,', 'lee@example.org: [192.0.2.2], 554 Service currently unavailable',
      '--- Message non-deliverable.', '',
    ].join('\n'), { subject: 'Plans', from: '' });
    expect(report.kind).toBe('bounce');
    expect(report.recipients[0]).toMatchObject({ recipient: 'lee@example.org', replyCode: '554' });
  });
});

describe('success codes around a failure', () => {
  const transcript = [
    'This is the mail system at host relay.example.com.',
    '',
    'Transcript of session follows.',
    '',
    ' Out: 220 mx.example.net ESMTP',
    ' In:  EHLO relay.example.com',
    ' Out: 250-mx.example.net',
    ' Out: 250 ENHANCEDSTATUSCODES',
    ' In:  MAIL FROM:<ops@example.com>',
    ' Out: 250 2.1.0 Ok',
    ' In:  RCPT TO:<dana@example.net>',
    ' Out: 250 2.1.5 Ok',
    ' In:  DATA',
    ' Out: 354 End data with <CR><LF>.<CR><LF>',
    ' Out: 452 4.3.1 Error: insufficient system storage',
    ' In:  QUIT',
    ' Out: 221 2.0.0 Bye',
  ].join('\n');

  it("reads a Postfix session transcript's failing reply, not the success replies before it", () => {
    const report = decodeVisibleText(transcript, { subject: 'Postfix SMTP server: errors from relay.example.com', from: 'Mail Delivery System <MAILER-DAEMON@relay.example.com>' });
    expect(report.kind).toBe('bounce');
    const [fact] = report.recipients;
    expect(fact.recipient).toBe('dana@example.net');
    expect(fact.diagnostic).toBe('452 4.3.1 Error: insufficient system storage');
    expect(fact.status).toBe('4.3.1');
    expect(fact.replyCode).toBe('452');
  });

  it('keeps a lead that comes after the code as part of the reply', () => {
    expect(stripLead('550 5.1.1 Error: no such mailbox here')).toBe('550 5.1.1 Error: no such mailbox here');
    expect(stripLead('Remote server error: 550 5.1.1 no such mailbox here')).toBe('550 5.1.1 no such mailbox here');
    expect(stripLead(' Out: 421 4.4.2 Error: timeout exceeded')).toBe('421 4.4.2 Error: timeout exceeded');
  });

  it('never gives a failure a success status or reply read from the text', () => {
    const text = [
      'Your message could not be delivered to one or more recipients.',
      '',
      '<kim@example.org>: conversation with mx.example.org timed out while sending the message body',
      '    last reply from the server: 250 2.1.5 Recipient ok',
    ].join('\n');
    const [fact] = decodeVisibleText(text, { subject: 'Undelivered Mail Returned to Sender' }).recipients;
    expect(fact.action).toBe('failed');
    expect(fact.status).toBeNull();
    expect(fact.replyCode).toBeNull();
    expect(fact.reason).not.toBe('delivered');
  });

  it('reads a delivery report the sender asked for as delivered', () => {
    const text = [
      'This is the mail system at host relay.example.com.',
      '',
      'Enclosed is the mail delivery report that you requested.',
      '',
      '<lee@example.org>: delivery via mx.example.org[192.0.2.9]:25: 250 2.0.0 Ok: queued as 4F2A19C',
    ].join('\n');
    const report = decodeVisibleText(text, { subject: 'Successful Mail Delivery Report' });
    expect(report.kind).toBe('delivered');
    const [fact] = report.recipients;
    expect(fact.recipient).toBe('lee@example.org');
    expect(fact.action).toBe('delivered');
    expect(fact.status).toBe('2.0.0');
    expect(fact.reason).toBe('delivered');
  });
});

describe('the returned message after the notice', () => {
  it('is cut where its header block starts, even without a marker', () => {
    const text = [
      'Your message has been enqueued and undeliverable for 2 days to the following recipients:',
      '',
      '  Recipient address: ana@example.net',
      '  Reason: unable to deliver this message after 2 days',
      '',
      'The mail system will continue to try to deliver your message for an additional 3 days.',
      '',
      'Return-path: <ops@example.com>',
      'Received: from relay.example.com by mx.example.com; Mon, 2 Mar 2026 10:00:00 +0000',
      'X-Virus-Scanned: by the virus scanner at example.com',
      'Subject: Quarterly figures',
      '',
      'See attached.',
    ].join('\n');
    const report = decodeVisibleText(text, { subject: 'Delivery Notification: Delivery has been delayed' });
    const [fact] = report.recipients;
    expect(fact.recipient).toBe('ana@example.net');
    expect(fact.reason).not.toBe('virusdetected');
    expect(fact.remoteHost).toBeNull();
  });

  it('is not cut where a notice quotes the original headers before naming anyone', () => {
    const text = [
      'Your message',
      '',
      'Received: from relay.example.com by gw.example.net; Mon, 2 Mar 2026 10:00:00 +0000',
      'Subject: Quarterly figures',
      '',
      'was not delivered to:',
      '',
      '  omar@example.net',
      '  550 5.1.1 User unknown',
    ].join('\n');
    const [fact] = decodeVisibleText(text, { subject: 'Delivery Failure' }).recipients;
    expect(fact.recipient).toBe('omar@example.net');
    expect(fact.status).toBe('5.1.1');
  });

  it('still lets a whole pasted message, headers first, decode', () => {
    const pasted = [
      'Return-Path: <>',
      'Received: from mx.example.net by mail.example.com; Mon, 2 Mar 2026 10:00:00 +0000',
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
      'Subject: Undelivered Mail Returned to Sender',
      '',
      '<ana@example.net>: host mx.example.net[192.0.2.5] said: 550 5.1.1 <ana@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
    ].join('\n');
    const [fact] = decodePasted(pasted).recipients;
    expect(fact.recipient).toBe('ana@example.net');
    expect(fact.status).toBe('5.1.1');
    expect(fact.reason).toBe('userunknown');
  });
});

describe("Exim's alias lines", () => {
  it('do not take the alias an address was "ultimately generated from" for another recipient', () => {
    const text = [
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  lena@example.de',
      '    (ultimately generated from team@example.com)',
      '    SMTP error from remote mail server after end of data:',
      '    host mx.example.de [192.0.2.80]: 552 5.3.4 Message size exceeds fixed limit',
    ].join('\n');
    const report = decodeVisibleText(text, { subject: 'Mail delivery failed: returning message to sender' });
    expect(report.recipients.map((r) => r.recipient)).toEqual(['lena@example.de']);
    expect(report.recipients[0].replyCode).toBe('552');
    expect(report.recipients[0].reason).toBe('mesgtoobig');
  });
});

describe('the envelope sender in a transcript', () => {
  it('is not taken for a recipient where the reply to MAIL FROM quotes it', () => {
    const text = [
      '   ----- Transcript of session follows -----',
      'While talking to mx.example.org:',
      '>>> MAIL From:<owner@example.com>',
      '<<< 553 <owner@example.com>... sender domain has no mail exchanger',
      '554 <ivy@example.org>... Service unavailable',
    ].join('\n');
    const report = decodeVisibleText(text, { subject: 'Returned mail: see transcript for details' });
    expect(report.recipients.map((r) => r.recipient)).toEqual(['ivy@example.org']);
    // The remote server's own reply, to MAIL FROM, is what failed; Sendmail's "554" line only sums it up.
    expect(report.recipients[0].replyCode).toBe('553');
    expect(report.recipients[0].smtpCommand).toBe('MAIL');
  });
});

describe('per-recipient fields in a notice', () => {
  it("read the server's reply from the diagnostic field alone, without its type or the next field", () => {
    const text = [
      'Your message cannot be delivered to the following recipients:',
      '',
      '  Recipient address: rob@example.net',
      '  Reason: Remote SMTP server has rejected address',
      '  Diagnostic code: smtp;550 5.1.1 <rob@example.net>... No such user',
      '  Remote system: dns;mx.example.net (TCP|192.0.2.1|25) (mx.example.net ESMTP)',
    ].join('\n');
    const [fact] = decodeVisibleText(text, { subject: 'Delivery Notification: Delivery has failed' }).recipients;
    expect(fact.recipient).toBe('rob@example.net');
    expect(fact.diagnostic).toBe('550 5.1.1 <rob@example.net>... No such user');
    expect(fact.status).toBe('5.1.1');
    expect(fact.reason).toBe('userunknown');
  });
});

describe('the reason on the address line', () => {
  it('is read after an address that follows a bare token ("rcpt:00000:<a@b> : reason")', () => {
    const text = [
      'This is an automatically generated message from a sending service.',
      '',
      'Your message was not able to be delivered to one of its intended recipients.',
      '',
      'zoe:00000:<zoe@example.org> : Connection refused in connect',
    ].join('\n');
    const [fact] = decodeVisibleText(text, { subject: 'Undelivered Mail Returned to Sender' }).recipients;
    expect(fact.recipient).toBe('zoe@example.org');
    expect(fact.diagnostic).toBe('Connection refused in connect');
  });
});

describe("Gmail's card without codes", () => {
  it('takes the lines under "The response was:" as the server\'s words', () => {
    const text = [
      '** Address not found **',
      '',
      "Your message wasn't delivered to nils@example.se because the address couldn't be found, or is unable to receive mail.",
      '',
      'Learn more here: https://support.google.com/mail/?p=NoSuchUser',
      '',
      'The response was:',
      '',
      'The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address.',
    ].join('\n');
    const [fact] = decodeVisibleText(text, { subject: 'Delivery Status Notification (Failure)', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' }).recipients;
    expect(fact.recipient).toBe('nils@example.se');
    expect(fact.diagnostic).toBe("The email account that you tried to reach does not exist. Please try double-checking the recipient's email address.");
    expect(fact.reason).toBe('userunknown');
  });
});

describe('Exchange diagnostics', () => {
  it("read the server's reply without the notice's quotes around it", () => {
    const text = [
      "Your message to pat@fabrikam.example couldn't be delivered.",
      '',
      'Diagnostic information for administrators',
      '',
      'pat@fabrikam.example',
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ].join('\n');
    const [fact] = decodeVisibleText(text, { subject: 'Undeliverable: Quote' }).recipients;
    expect(fact.diagnostic).toBe('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup');
    expect(fact.status).toBe('5.1.10');
  });
});

describe("Postfix's wrapped server reply", () => {
  const notice = (paragraph: string) =>
    ['This is the mail system at host mx.example.org.', '', "I'm sorry to have to inform you that your message could not", 'be delivered to one or more recipients.', '', '                   The mail system', '', paragraph, ''].join('\n');

  it('keeps the wrapped lines that repeat the address or a code, up to "(in reply to … command)"', () => {
    const report = decodeVisibleText(notice([
      '<pat@example.net>: host mx.example.net[192.0.2.153] said: 550 5.2.1',
      '    <pat@example.net>... User Unknown (in reply to RCPT TO command)',
    ].join('\n')));
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0].recipient).toBe('pat@example.net');
    expect(report.recipients[0].diagnostic).toBe('550 5.2.1 <pat@example.net>... User Unknown (in reply to RCPT TO command)');
    expect(report.recipients[0].smtpCommand).toBe('RCPT');
  });

  it('reads a reply that starts on an indented line and carries a second code and its status', () => {
    const report = decodeVisibleText(notice([
      '<kim@example.com>: host',
      '    gmail-smtp-in.l.google.com[192.0.2.26] said: 550-5.7.1',
      '    [192.0.2.222      13] Messages with multiple 550',
      '    5.7.1 addresses in From: header are not accepted. v14si1155795 -',
      '    gsmtp (in reply to end of DATA command)',
    ].join('\n')));
    const [fact] = report.recipients;
    expect(fact.diagnostic).toBe('550-5.7.1 [192.0.2.222 13] Messages with multiple addresses in From: header are not accepted. v14si1155795 - gsmtp (in reply to end of DATA command)');
    expect(fact.reason).toBe('notcompliantrfc');
    expect(fact.smtpCommand).toBe('DATA');
  });

  it('ends at the blank line, and the next recipient keeps its own reply', () => {
    const report = decodeVisibleText(notice([
      '<ana@example.net>: host mx.example.net[192.0.2.5] said: 501 Rcpt-To',
      '    validation failed: 5.7.1 This system is not configured to relay mail',
      '    (in reply to RCPT TO command)',
      '',
      '<bo@example.net>: host mx.example.net[192.0.2.5] said: 550 5.1.1 No such',
      '    user (in reply to RCPT TO command)',
    ].join('\n')));
    expect(report.recipients.map((r) => r.diagnostic)).toEqual([
      '501 Rcpt-To validation failed: 5.7.1 This system is not configured to relay mail (in reply to RCPT TO command)',
      '550 5.1.1 No such user (in reply to RCPT TO command)',
    ]);
    expect(report.recipients.map((r) => r.reason)).toEqual(['norelaying', 'userunknown']);
  });
});

describe('wrapped replies shown without their indent', () => {
  it("reads Postfix's reply on to '(in reply to … command)' when a webmail dropped the indent", () => {
    const report = decodeVisibleText([
      'This is the mail system at host mx.example.org.', '',
      '<kim@example.jp>: host mx.example.jp[192.0.2.22] said: 550 5.2.1',
      '<kim@example.jp>... User Unknown (in reply to RCPT TO command)',
      'For further assistance, please send mail to postmaster.',
    ].join('\n'));
    expect(report.recipients[0].diagnostic).toBe('550 5.2.1 <kim@example.jp>... User Unknown (in reply to RCPT TO command)');
  });

  it("leaves qmail's own lines after 'Remote host said:' out of the reply", () => {
    const report = decodeVisibleText([
      'Hi. This is the qmail-send program at mx.example.org.', "I'm afraid I wasn't able to deliver your message to the following addresses.", '',
      '<kim@example.jp>:', '192.0.2.22 does not like recipient.',
      'Remote host said: 550 5.1.1 <kim@example.jp>... User Unknown',
      'Giving up on 192.0.2.22.',
    ].join('\n'));
    expect(report.recipients[0].diagnostic).toBe('550 5.1.1 <kim@example.jp>... User Unknown');
  });
});

describe('a recipient listed with no reason', () => {
  it('has an empty diagnostic, not its own address', () => {
    const report = decodeVisibleText([
      'This is an automatically generated Delivery Status Notification.', '', 'Delivery to the following recipients failed.', '',
      '       sam@example.co.jp', '       kim@example.co.jp', '',
    ].join('\n'));
    expect(report.recipients.map((r) => r.recipient)).toEqual(['sam@example.co.jp', 'kim@example.co.jp']);
    expect(report.recipients.map((r) => r.diagnostic)).toEqual(['', '']);
  });
});

describe('notices without codes: the words that matter', () => {
  it("take what follows Gmail's older 'Technical details of permanent failure:'", () => {
    const report = decodeVisibleText([
      'Delivery to the following recipient failed permanently:', '', '     kim@example.com', '',
      'Technical details of permanent failure: ', 'Storage quota exceeded', '',
    ].join('\n'), { from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Failure)' });
    expect(report.recipients[0].diagnostic).toBe('Storage quota exceeded');
    expect(report.recipients[0].reason).toBe('mailboxfull');
  });

  it('leave out the generic opening line of a Delivery Status Notification', () => {
    const report = decodeVisibleText([
      'This is an automatically generated Delivery Status Notification.', '',
      'Unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server.', '',
      '       kim@example.com', '',
    ].join('\n'));
    expect(report.recipients[0].diagnostic).toBe('Unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server.');
  });
});

describe('a returned message after a rule line', () => {
  it('is not read as the notice: no header in the diagnostic, no remote host from its Received line', () => {
    const report = decodeVisibleText([
      '<kim@ezweb.example.jp>', '',
      'Each of the following recipients was rejected by a remote mail server.',
      '---------------------------------------------------',
      'Received: from mta-022.smtp.outgoing.example.co.jp (host [192.0.2.22])',
      '        by mx.ezweb.example.jp with SMTP id 12ABCD8',
      'From: pat@example.or.jp',
      'To: kim@ezweb.example.jp',
      'Subject: TEST', '',
    ].join('\n'), { from: 'Postmaster <postmaster@ezweb.example.jp>', subject: 'Mail System Error - Returned Mail' });
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0].diagnostic).toBe('Each of the following recipients was rejected by a remote mail server.');
    expect(report.recipients[0].remoteHost).toBeNull();
  });
});

describe('the returned message as a webmail shows it', () => {
  const transcript = (returned: string[]) => [
    '   ----- Transcript of session follows -----', 'While talking to mx.example.edu:', '>>> DATA',
    '<<< 550 Your E-Mail is redundant.  You cannot send E-Mail to yourself (pat@example.jp).',
    '554 <kim@example.edu>... Remote protocol error', '', '   ----- Unsent message follows -----', ...returned,
  ].join('\n');
  const hints = { from: 'Mail Delivery Subsystem <MAILER-DAEMON@example.com>', subject: 'Returned mail: see transcript for details' };

  it("names its sender, who is not a failed recipient where the notice quotes them", () => {
    const shown = decodeVisibleText(transcript(['Received: by mx.example.com; Thu, 29 Apr 1999 23:34:45 +0900', 'From: pat@example.jp', 'To: kim@example.edu', 'Subject: Hello', '', 'Hello']), hints);
    expect(shown.recipients.map((r) => r.recipient)).toEqual(['kim@example.edu']);
  });

  it('without its headers leaves the quoted sender as the notice gives it', () => {
    const shown = decodeVisibleText(transcript([]), hints);
    expect(shown.recipients.map((r) => r.recipient)).toEqual(['pat@example.jp', 'kim@example.edu']);
  });

  it('gives its To address to a notice that names nobody', () => {
    const shown = decodeVisibleText([
      'Your message could not be delivered.', '', '------ This is a copy of the message, including all the headers. ------', '',
      'From: pat@example.jp', 'To: kim@example.net', 'Subject: Hello', '', 'Hello',
    ].join('\n'), { from: 'Mail Delivery System <MAILER-DAEMON@example.org>', subject: 'Mail delivery failed' });
    expect(shown.recipients.map((r) => r.recipient)).toEqual(['kim@example.net']);
  });
});

describe('the layout of a notice without codes', () => {
  it("is not the diagnostic: section headings and the returned message's quoted fields are left out", () => {
    const notes = decodeVisibleText([
      '------- Failure Reasons  --------', '', 'User  not listed in public Name & Address Book', 'kim@example.com', '',
      '------- Returned Message --------', 'From: pat@example.org', 'Subject: Hello',
    ].join('\n'), { from: 'Postmaster <postmaster@example.com>', subject: 'Undeliverable Message' });
    expect(notes.recipients[0].diagnostic).toBe('User not listed in public Name & Address Book');

    const quoted = decodeVisibleText([
      'Error: No valid recipients for this MM', 'kim@example.net', 'Subject: test for bounce', 'Date: Wed, 20 Jun 2013 10:29:52 +0000',
      'Message could not be delivered to mobile.',
    ].join('\n'), { from: 'Mail Delivery Subsystem <MAILER-DAEMON@example.com>', subject: 'Undeliverable Message' });
    expect(quoted.recipients[0].diagnostic).toBe('Message could not be delivered to mobile.');
  });
});

describe("a notice's labelled reason", () => {
  it("beats a bare status mentioned in passing (AOL's 'because: Mailbox is full')", () => {
    const report = decodeVisibleText([
      'Something went wrong.', 'We were unable to deliver your message to the following address', '   sam@example.jp  ', '   because: Mailbox is full',
      'Contact the recipient another way and ask them if they are aware that their mail box is full',
      'Send/Receive Log is attached.  More information about type 5.2.2 delivery errors are available if you want or need it.',
    ].join('\n'), { from: 'Postmaster <Postmaster@AOL.com>', subject: 'Undeliverable: Hello' });
    expect(report.recipients[0].diagnostic).toBe('Mailbox is full');
    expect(report.recipients[0].status).toBe('5.2.2');
    expect(report.recipients[0].reason).toBe('mailboxfull');
  });

  it("is read after a longer label ('reject reason: Mailbox full') before the address list that follows", () => {
    const report = decodeVisibleText([
      'This message is to inform you that an email you sent was rejected.', '', 'reject reason: Mailbox full', 'target mail address: sam@example.net', '',
      '------------------------------------------------------------------------', 'bounced E-Mail:', '',
    ].join('\n'), { from: 'postmaster@example.de', subject: 'email bounce notification' });
    expect(report.recipients[0]).toMatchObject({ recipient: 'sam@example.net', diagnostic: 'Mailbox full', reason: 'mailboxfull' });
  });

  it("is given without its label ('Reason: Over quota')", () => {
    const report = decodeVisibleText([
      'Your message cannot be delivered to the following recipients:', '', '  Recipient address: sam@example.com', '  Reason: Over quota', '',
    ].join('\n'), { from: '<postmaster@example.com>', subject: 'Delivery Notification: Delivery has failed' });
    expect(report.recipients[0].diagnostic).toBe('Over quota');
  });
});

describe('a reply written after the recipient', () => {
  it("leaves the address out: '<addr>: 550 …' (OpenSMTPD, MXLogic) and '<addr>   (5.1.1 …)' (McAfee)", () => {
    const colon = decodeVisibleText(['Delivery failed for the following recipients:', '', 'sam@example.jp: 550 5.2.2 <sam@example.jp>... Mailbox Full', ''].join('\n'),
      { from: 'MAILER-DAEMON <MAILER-DAEMON@mx.example.org>', subject: 'Delivery status notification' });
    expect(colon.recipients[0]).toMatchObject({ recipient: 'sam@example.jp', diagnostic: '550 5.2.2 <sam@example.jp>... Mailbox Full', status: '5.2.2', replyCode: '550' });
    const bracketed = decodeVisibleText(['    --- The following addresses had delivery problems ---', '<kim@example.jp>   (5.1.1 <kim@example.jp>... User unknown)'].join('\n'),
      { from: '<Postmaster@example.jp>', subject: 'Delivery Status' });
    expect(bracketed.recipients[0]).toMatchObject({ recipient: 'kim@example.jp', diagnostic: '5.1.1 <kim@example.jp>... User unknown', status: '5.1.1' });
  });

  it('keeps an address that is the start of the reply itself when no code follows it', () => {
    expect(stripLead('kim@example.jp: mailbox unavailable')).toBe('kim@example.jp: mailbox unavailable');
  });
});

describe('a reply over several lines', () => {
  it("is read whole after qmail's 'Remote host said:'", () => {
    const report = decodeVisibleText([
      'Hi. This is the qmail-send program at mx.example.org.', "I'm afraid I wasn't able to deliver your message to the following addresses.", '',
      '<kim@gmail.example.com>:', '192.0.2.27 failed after I sent the message.',
      "Remote host said: 550-5.7.26 Unauthenticated email from example.org is not accepted due to domain's",
      '550-5.7.26 DMARC policy. Please contact the administrator of example.org domain.',
      '550 5.7.26 https://support.google.com/mail/?p=DmarcRejection - gsmtp', '',
    ].join('\n'));
    expect(report.recipients[0].diagnostic).toBe("550-5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy. Please contact the administrator of example.org domain. https://support.google.com/mail/?p=DmarcRejection - gsmtp");
  });

  it("is taken from Sendmail's transcript when its '(reason: …)' keeps only the first line, without '(expanded from: …)'", () => {
    const report = decodeVisibleText([
      '   ----- The following addresses had permanent fatal errors -----', 'kim@gmail.example.com',
      "    (reason: 550-5.7.1 Unauthenticated email from example.org is not accepted due to domain's)", '    (expanded from: team)', '',
      '   ----- Transcript of session follows -----', '... while talking to gmail-smtp-in.l.google.com.:', '>>> DATA',
      "<<< 550-5.7.1 Unauthenticated email from example.org is not accepted due to domain's", '<<< 550-5.7.1 DMARC policy.',
      '<<< 550 5.7.1 DMARC initiative. y13si1773519 - gsmtp', '554 5.0.0 Service unavailable',
    ].join('\n'), { from: 'Mail Delivery Subsystem <MAILER-DAEMON@example.org>', subject: 'Returned mail: see transcript for details' });
    expect(report.recipients[0].diagnostic).toBe("550-5.7.1 Unauthenticated email from example.org is not accepted due to domain's DMARC policy. DMARC initiative. y13si1773519 - gsmtp");
    expect(report.recipients[0].replyCode).toBe('550');
  });

  it("ends where a transcript's '<<<' lines end: the unmarked line after them is Sendmail's own summary", () => {
    const report = decodeVisibleText([
      '   ----- Transcript of session follows -----', 'While talking to mail.example.co.jp:', '>>> RCPT To:<kim@example.co.jp>',
      '<<< 550 Requested User Mailbox not found. No such user here.', '550 <kim@example.co.jp>... User unknown',
    ].join('\n'), { from: 'Mail Delivery Subsystem <MAILER-DAEMON@example.com>', subject: 'Returned mail: User unknown' });
    expect(report.recipients[0].diagnostic).toBe('550 Requested User Mailbox not found. No such user here.');
  });
});

describe('replies quoted in a forwarded notice, and replies that go on below', () => {
  it("reads Sendmail's '(reason: …)' behind quote marks as the remote reply, without its closing bracket", () => {
    const report = decodeVisibleText([
      'Begin forwarded message:', '> From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>', '> Subject: Returned mail: see transcript for details', '>',
      '>    ----- The following addresses had permanent fatal errors -----', '> <kim@example.com>', '>     (reason: 550 5.1.1 <kim@example.com>... User unknown)', '>',
      '>    ----- Transcript of session follows -----', '> 554 5.0.0 Service unavailable',
    ].join('\n'), { from: 'Pat <pat@example.jp>', subject: 'Fwd: Returned mail: see transcript for details' });
    expect(report.recipients[0]).toMatchObject({ recipient: 'kim@example.com', replyCode: '550', diagnostic: '550 5.1.1 <kim@example.com>... User unknown' });
  });

  it("takes the line below a reply that ends in a colon (Exim's 'unknown or illegal user:')", () => {
    const report = decodeVisibleText([
      'This message was created automatically by mail delivery software.', '', 'A message that you sent could not be delivered to all of its recipients. The',
      'following address(es) failed:', '', '  kim@example.co.jp:', '    SMTP error from remote mailer after RCPT TO:', '    <kim@example.co.jp>:',
      '    host mx.example.co.jp [192.0.2.82]:', '    553 5.1.1 unknown or illegal user:', '    kim@example.co.jp', '',
    ].join('\n'), { from: 'Mail Delivery System <Mailer-Daemon@example.org>', subject: 'Mail delivery failed: returning message to sender' });
    expect(report.recipients[0].diagnostic).toBe('553 5.1.1 unknown or illegal user: kim@example.co.jp');
  });
});

describe('Amazon SES notifications sent as email', () => {
  const notification = {
    notificationType: 'Bounce',
    bounce: {
      bounceType: 'Permanent', bounceSubType: 'General', remoteMtaIp: '192.0.2.9',
      bouncedRecipients: [{ emailAddress: 'kim@example.net', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
    },
    mail: { source: 'pat@example.org' },
  };
  const hints = { from: 'SES <no-reply@sns.amazonaws.com>', subject: 'AWS Notification Message' };

  it('are read from their JSON, the diagnostic without its "smtp;" type', () => {
    const report = decodeVisibleText(JSON.stringify(notification, null, 2), hints);
    expect(report.format).toBe('amazonses');
    expect(report.recipients).toEqual([expect.objectContaining({ recipient: 'kim@example.net', status: '5.1.1', replyCode: '550', diagnostic: '550 5.1.1 user unknown', reason: 'userunknown' })]);
  });

  it('are read inside the Amazon SNS envelope that carries them as a string, even with a line folded by a mail server', () => {
    const envelope = JSON.stringify({ Type: 'Notification', MessageId: 'a1b2', TopicArn: 'arn:aws:sns:us-west-2:123456789012:bounces', Message: JSON.stringify(notification) }, null, 2);
    const folded = envelope.replace('user unknown', 'user\n unknown');
    for (const text of [envelope, folded]) {
      const report = decodeVisibleText(text, hints);
      expect(report.format).toBe('amazonses');
      expect(report.recipients[0]).toMatchObject({ recipient: 'kim@example.net', diagnostic: '550 5.1.1 user unknown' });
    }
  });
});
