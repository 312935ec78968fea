import { describe, expect, it } from 'vitest';
import { bounceEvidence } from '../../lib/webmail/bounce-signals';
import { BOUNCE_SUBJECT_PREFIXES } from '../../lib/webmail/phrases';

const OLD_NDR_BODY = "Delivery has failed to these recipients or groups:\nkim@example.org\nDiagnostic information for administrators:\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'";

describe('bounceEvidence', () => {
  it('a Gmail DSN threaded under the original subject: sender + body', () => {
    const e = bounceEvidence({
      senderName: 'Mail Delivery Subsystem', senderEmail: 'mailer-daemon@googlemail.com', subject: 'Spring schedule',
      text: "Address not found\nYour message wasn't delivered to nora@example.org because the address couldn't be found.\nThe response from the remote server was:\n550 5.1.1 no such user",
    });
    expect(e.isBounce).toBe(true);
    expect(e.isForwarded).toBe(false);
    expect(e.signals).toEqual(expect.arrayContaining(['sender:address:mailer-daemon', 'body:Address not found', 'body:enhanced-status-code']));
    expect(e.score).toBeGreaterThanOrEqual(8);
  });

  it("the tenant's Exchange system address and a display name with no address both count as sender", () => {
    const tenant = bounceEvidence({ senderName: 'Microsoft Outlook', senderEmail: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com', subject: 'Undeliverable: x', text: OLD_NDR_BODY });
    expect(tenant.signals).toContain('sender:address:microsoftexchange');
    const nameOnly = bounceEvidence({ senderName: 'Microsoft Outlook', senderEmail: null, subject: 'Quarterly numbers', text: "Your message to kim@example.org couldn't be delivered." });
    expect(nameOnly.signals).toContain('sender:name:Microsoft Outlook');
    expect(nameOnly.isBounce).toBe(true);
  });

  it.each([
    ['Undeliverable: Budget', 'subject:prefix:en'],
    ['Unzustellbar: Angebot', 'subject:prefix:de'],
    ['Non remis : Devis', 'subject:prefix:fr'],
    ['No se puede entregar: Factura', 'subject:prefix:es'],
    ['Non recapitabile: Offerta', 'subject:prefix:it'],
    ['Onbestelbaar: Offerte', 'subject:prefix:nl'],
    ['Não entregue: Proposta', 'subject:prefix:pt'],
    ['Não é possível entregar: Proposta', 'subject:prefix:pt'],
    ['配信不能: 見積書', 'subject:prefix:ja'],
    ['Недоставляемое сообщение: Счёт', 'subject:prefix:ru'],
    ['RE: Undeliverable: Budget', 'subject:prefix:en'],
    ['Delivery Status Notification (Failure)', 'subject:Delivery Status Notification (Failure)'],
    ['Undelivered Mail Returned to Sender', 'subject:Undelivered Mail Returned to Sender'],
    ['Mail delivery failed: returning message to sender', 'subject:Mail delivery failed'],
    ['Returned mail: see transcript for details', 'subject:Returned mail: see transcript for details'],
    ['failure notice', 'subject:failure notice'],
    ['Warning: message 1kXyZ-0003Ab-Q1 delayed 24 hours', 'subject:exim-delay'],
  ])('subject %s is recognised, and with one body marker makes a bounce', (subject, signal) => {
    const e = bounceEvidence({ senderName: '', senderEmail: null, subject, text: 'Remote Server returned 550 5.1.1' });
    expect(e.signals).toContain(signal);
    expect(e.isBounce).toBe(true);
  });

  it('every subject prefix in the table is recognised (data and logic stay in step)', () => {
    for (const prefix of BOUNCE_SUBJECT_PREFIXES) {
      const e = bounceEvidence({ senderName: '', senderEmail: null, subject: `${prefix.text} Test`, text: '' });
      expect(e.signals.some((s) => s.startsWith('subject:prefix:'))).toBe(true);
    }
  });

  it('never on the subject alone', () => {
    for (const subject of ['Undeliverable: Budget', 'Delivery Status Notification (Failure)', 'Unzustellbar: Angebot']) {
      const e = bounceEvidence({ senderName: 'Kim Lee', senderEmail: 'kim@example.com', subject, text: 'See you tomorrow.' });
      expect(e.isBounce).toBe(false);
    }
    const systemButEmpty = bounceEvidence({ senderName: 'Mail Delivery System', senderEmail: 'MAILER-DAEMON@example.org', subject: 'Undelivered Mail Returned to Sender', text: '' });
    expect(systemButEmpty.isBounce).toBe(false);
  });

  it('a bounce forwarded by a colleague is forwarded, not a bounce (Gmail separator)', () => {
    const e = bounceEvidence({
      senderName: 'Priya Shah', senderEmail: 'priya@example.com', subject: 'Fwd: Delivery Status Notification (Failure)',
      text: "FYI\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nAddress not found\nThe response from the remote server was:\n550 5.1.1",
    });
    expect(e).toMatchObject({ isBounce: false, isForwarded: true });
    expect(e.signals).toEqual(expect.arrayContaining(['forward:subject-prefix', 'forward:---------- Forwarded message ---------']));
  });

  it('a forwarded NDR with only an Outlook header block (no subject prefix) is forwarded', () => {
    const e = bounceEvidence({
      senderName: 'Sam Okafor', senderEmail: 'sam@example.com', subject: 'budget mail bounced?',
      text: `Can you check?\nFrom: Microsoft Outlook <postmaster@outlook.com>\nSent: Monday, November 23, 2026 8:01 AM\nTo: Sam\n${OLD_NDR_BODY}`,
    });
    expect(e).toMatchObject({ isBounce: false, isForwarded: true });
  });

  it.each(['WG: Unzustellbar: Angebot', 'TR: Non remis : Devis', 'RV: No se puede entregar: Factura', 'FW: Undeliverable: Budget'])(
    'localized forward prefix %s', (subject) => {
      const e = bounceEvidence({ senderName: 'Kim Lee', senderEmail: 'kim@example.com', subject, text: OLD_NDR_BODY });
      expect(e).toMatchObject({ isBounce: false, isForwarded: true });
    });

  it("a person's message that merely quotes 550 is nothing", () => {
    const e = bounceEvidence({ senderName: 'Tom Becker', senderEmail: 'tom@example.com', subject: 'Re: order', text: 'We need 550 units, not 505. Error 550 was the old printer.' });
    expect(e).toMatchObject({ isBounce: false, isForwarded: false });
    expect(e.signals).toEqual(['body:smtp-reply-code']);
  });

  it('"Microsoft Outlook" as the display name of a personal address is not a system sender', () => {
    const e = bounceEvidence({ senderName: 'Microsoft Outlook', senderEmail: 'kim@example.com', subject: 'Microsoft Outlook Test Message', text: 'This is an email message sent automatically by Microsoft Outlook while testing the settings for your account.' });
    expect(e.signals.some((s) => s.startsWith('sender:'))).toBe(false);
    expect(e.isBounce).toBe(false);
  });

  it('a system sender never counts as forwarded, even when its report contains headers', () => {
    const e = bounceEvidence({ senderName: 'Microsoft Outlook', senderEmail: null, subject: 'Unzustellbar: Angebot', text: `${OLD_NDR_BODY}\n-----Ursprüngliche Nachricht-----\nFrom: a@example.com\nSent: today` });
    expect(e).toMatchObject({ isBounce: true, isForwarded: false });
  });

  it('stays linear on hostile input', () => {
    const hostile = `${'5.'.repeat(60_000)}${'From: x'.repeat(10_000)}${'a@'.repeat(30_000)}`;
    const started = performance.now();
    bounceEvidence({ senderName: 'x'.repeat(10_000), senderEmail: null, subject: 'Re: '.repeat(5_000), text: hostile });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
