import { describe, expect, it } from 'vitest';
import { decodeRaw, decodeVisibleText } from '../../lib/decode';
import { FORMATS, TEXT_FAMILIES } from '../../lib/decode/formats';

// Minimal notices in each system's own shape, written for this test.
const NOTICES: Record<string, { from: string; subject: string; text: string }> = {
  exchange: {
    from: 'Microsoft Outlook <postmaster@outlook.com>', subject: 'Undeliverable: Plans',
    text: "Your message to lee@example.org couldn't be delivered.\nlee wasn't found at example.org.\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
  },
  gmail: {
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Failure)',
    text: "Address not found\nYour message wasn't delivered to lee@example.org because the address couldn't be found.\nThe response from the remote server was:\n550 5.1.1 <lee@example.org>: no such user",
  },
  qmail: {
    from: 'MAILER-DAEMON@mx.example.net', subject: 'failure notice',
    text: "Hi. This is the qmail-send program at mx.example.net.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\n<lee@example.org>:\n192.0.2.1 does not like recipient.\nRemote host said: 550 5.1.1 <lee@example.org>... User unknown",
  },
  yahoo: {
    from: 'MAILER-DAEMON@yahoo.com', subject: 'Failure Notice',
    text: 'Sorry, we were unable to deliver your message to the following address.\n\n<lee@example.org>:\nRemote host said: 552 5.2.2 Mailbox full [RCPT_TO]',
  },
  postfix: {
    from: 'MAILER-DAEMON@mx.example.net (Mail Delivery System)', subject: 'Undelivered Mail Returned to Sender',
    text: 'This is the mail system at host mx.example.net.\n\n<lee@example.org>: host mx.example.org[192.0.2.2] said: 550 5.1.1\n    <lee@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
  },
  exim: {
    from: 'Mail Delivery System <Mailer-Daemon@mx.example.net>', subject: 'Mail delivery failed: returning message to sender',
    text: 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients.\n\n  lee@example.org\n    SMTP error from remote mail server after RCPT TO:<lee@example.org>:\n    550 5.1.1 User unknown',
  },
  sendmail: {
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>', subject: 'Returned mail: see transcript for details',
    text: '----- The following addresses had permanent fatal errors -----\n<lee@example.org>\n    (reason: 550 5.1.1 <lee@example.org>... User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.org.:\n>>> RCPT To:<lee@example.org>\n<<< 550 5.1.1 <lee@example.org>... User unknown',
  },
  opensmtpd: {
    from: 'MAILER-DAEMON@mx.example.net', subject: 'Delivery status notification: error',
    text: 'Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\nAn error has occurred while attempting to deliver a message for the following list of recipients:\n\nlee@example.org: 550 5.1.1 <lee@example.org>: Recipient address rejected: User unknown',
  },
  domino: {
    from: 'Postmaster@mail.example.net', subject: 'DELIVERY FAILURE: User lee (lee@example.org) not listed in Domino Directory',
    text: 'Your message\n\n  Subject: Plans\n\nwas not delivered to:\n\n  lee@example.org\n\nbecause:\n\n  User lee (lee@example.org) not listed in Domino Directory\n  550 5.1.1 <lee@example.org>: Recipient address rejected',
  },
  notes: {
    from: 'postmaster@notes.example.net', subject: 'Undeliverable message',
    text: '------- Failure Reasons  --------\n\n550 5.1.1 User not listed in public Name & Address Book\nlee@example.org\n\n------- Returned Message --------\nTo: lee@example.org\nSubject: Plans',
  },
  ezweb: {
    from: 'Mail Administrator <Postmaster@ezweb.ne.jp>', subject: 'Mail System Error - Returned Mail',
    text: 'Each of the following recipients was rejected by a remote\nmail server.\n\n    Recipient: <lee@example.org>\n    >>> RCPT TO:<lee@example.org>\n    <<< 550 5.1.1 <lee@example.org>: User unknown',
  },
  kddi: {
    from: 'no-reply@mx.example.dion.ne.jp', subject: 'Mail delivery error',
    text: 'Your mail sent on: Mon, 6 May 2024 09:15:00 +0900\n     Could not be delivered to: <lee@example.org>\n     Due to the following SMTP relay error: 550 5.7.1 <lee@example.org>: Relay access denied',
  },
  biglobe: {
    from: 'postmaster@biglobe.ne.jp', subject: 'Returned mail: User unknown',
    text: '   ----- The following addresses had delivery problems -----\nlee@example.org\n\n   ----- Non-delivered information -----\n550 5.1.1 Mail Delivery Failed... User unknown',
  },
  dragonfly: {
    from: 'MAILER-DAEMON <>', subject: 'Mail delivery failed',
    text: 'This is the DragonFly Mail Agent v0.14 at mx.example.net.\n\nThere was an error delivering your mail to <lee@example.org>.\n\nmx.example.org [192.0.2.2] did not like our RCPT TO:\n550 5.1.1 <lee@example.org>: Recipient address rejected: User unknown\n\nOriginal message follows.',
  },
  imailserver: {
    from: '"Postmaster" <postmaster@mail.example.net>', subject: 'Undeliverable Mail',
    text: 'undeliverable to lee@example.org\n\nBody of message generated response:\n550 5.1.1 <lee@example.org>... User unknown\n\nOriginal message follows.',
  },
};

describe('one module per text format family', () => {
  it('has the same small interface everywhere and a notice test for every family', () => {
    for (const f of FORMATS) {
      expect(typeof f.id).toBe('string');
      expect(typeof f.detect).toBe('function');
      expect(typeof f.parse).toBe('function');
    }
    expect(Object.keys(NOTICES).sort()).toEqual(TEXT_FAMILIES.map((f) => f.id).sort());
  });

  it.each(Object.entries(NOTICES))('%s notices are recognised as that family and decoded', (id, notice) => {
    const report = decodeVisibleText(notice.text, { from: notice.from, subject: notice.subject });
    expect(report.format).toBe(id);
    expect(report.kind).toBe('bounce');
    expect(report.recipients[0]?.recipient).toBe('lee@example.org');
    expect(report.recipients[0]?.status).toMatch(/^5\.\d\.\d{1,2}$/);
  });

  it('does not claim a person quoting a system\'s subject', () => {
    const report = decodeVisibleText('Can you check why this keeps happening?', { from: 'Pat <pat@example.com>', subject: 'Fwd: Undelivered Mail Returned to Sender' });
    expect(TEXT_FAMILIES.map((f) => f.id)).not.toContain(report.format);
  });

  it('recognises a family by the value of a header it writes, not only by its name', async () => {
    const notice = (mailer: string) =>
      [
        'From: Postmaster <postmaster@mail.example.net>', 'To: pat@example.com', 'Subject: Undeliverable Mail', `X-Mailer: ${mailer}`, '',
        'Unknown user: lee@example.org', '', '550 5.1.1 <lee@example.org>... User unknown', '',
      ].join('\n');
    const [signed] = await decodeRaw(notice('<SMTP32 v8.22>'));
    expect(signed.format).toBe('imailserver');
    expect(signed.recipients[0]?.recipient).toBe('lee@example.org');
    const [other] = await decodeRaw(notice('Some Other Mailer 1.0'));
    expect(other.format).not.toBe('imailserver');
  });
});
