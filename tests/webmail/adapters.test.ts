// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/webmail';
import { bounceEvidence } from '../../lib/webmail/bounce-signals';
import { classifySendFailure } from '../../lib/webmail/send-failure';
import type { OpenMessage, SiteAdapter } from '../../lib/webmail/types';
import { expectationOf, fixtureFiles, fixtureUrl, loadFixture, meta } from './fixture-helpers';

function evidenceOf(message: OpenMessage) {
  return bounceEvidence({
    senderName: message.sender.name,
    senderEmail: message.sender.email,
    subject: message.subject,
    text: message.visibleText(),
  });
}

function scan(file: string): { adapter: SiteAdapter; doc: Document; messages: OpenMessage[] } {
  const doc = loadFixture(file);
  const adapter = adapterFor(fixtureUrl(file), doc);
  if (!adapter) throw new Error(`no adapter for ${file}`);
  const root = adapter.readingRoot(doc);
  return { adapter, doc, messages: root ? adapter.openMessages(root) : [] };
}

describe('every fixture', () => {
  const files = fixtureFiles();

  it('exists for each layout the brief names', () => {
    for (const name of [
      'gmail-thread.html', 'gmail-legacy.html', 'gmail-preview-pane.html', 'gmail-nav.html', 'gmail-send-failed.html',
      'gmail-decoys.html', 'outlook-live.html', 'outlook-office.html', 'outlook-localized.html', 'outlook-localized-fr.html',
      'outlook-popout.html', 'outlook-not-sent.html', 'outlook-decoys.html',
    ]) expect(files).toContain(name);
  });

  it.each(files)('%s declares its app, expectations and loads no external resource', (file) => {
    const doc = loadFixture(file);
    const app = doc.documentElement.getAttribute('data-bl-fixture-app');
    expect(['gmail', 'outlook']).toContain(app);
    expect(file.startsWith(app!)).toBe(true);
    expect(meta(doc, 'fixture-expect')).toMatch(/^(none|bounce:\d+|send-failure:\d+)$/);
    expect(meta(doc, 'fixture-title')).toMatch(/^[a-z-]+$/);
    expect(Number.isInteger(expectationOf(doc).openMessages)).toBe(true);
    for (const el of Array.from(doc.querySelectorAll('[src],link[href]'))) {
      throw new Error(`${file} loads ${el.outerHTML.slice(0, 80)}`);
    }
    for (const a of Array.from(doc.querySelectorAll('a[href*="@"]'))) {
      expect(a.getAttribute('href')).toMatch(/@example\.(com|org|net)$/);
    }
  });

  it.each(files)('%s: the adapter finds exactly the expected messages, bounces and notices', (file) => {
    const { adapter, doc, messages } = scan(file);
    const expected = expectationOf(doc);
    expect(adapter.id).toBe(doc.documentElement.getAttribute('data-bl-fixture-app'));
    expect(messages).toHaveLength(expected.openMessages);
    // In the nav and pop-out fixtures the bounce only appears once the page script runs (tested below).
    const scriptRendered = doc.querySelector('script') !== null && expected.openMessages === 0;
    expect(messages.filter((m) => evidenceOf(m).isBounce)).toHaveLength(scriptRendered ? 0 : expected.bounces);
    const notices = adapter.sendFailureNotices(doc);
    expect(notices).toHaveLength(expected.sendFailures);
    // The overlay explains a notice from its text alone, so every reported notice must classify.
    for (const notice of notices) expect(classifySendFailure(notice.text, adapter.id), notice.text).not.toBeNull();
    for (const m of messages) {
      // The card goes before the body, so the body must be a real child of the message, never the compose.
      expect(m.element.contains(m.bodyElement)).toBe(true);
      expect(m.bodyElement.closest('[contenteditable="true"]')).toBeNull();
      expect(m.bodyElement.parentElement).not.toBeNull();
      expect(m.visibleText()).not.toMatch(/<\/?(?:p|div|br|span|table|td|tr|b|a|h2|h3|pre)[\s>]/i);
      expect(m.key.length).toBeGreaterThan(3);
    }
  });
});

describe('adapterFor', () => {
  it('uses the real webmail origin first, the fixture attribute only elsewhere', () => {
    const blank = document.implementation.createHTMLDocument('');
    expect(adapterFor(new URL('https://mail.google.com/mail/u/0/#inbox'), blank)?.id).toBe('gmail');
    expect(adapterFor(new URL('https://outlook.office.com/mail/inbox/id/AAQk'), blank)?.id).toBe('outlook');
    expect(adapterFor(new URL('https://example.com/'), blank)).toBeNull();
    const outlookFixture = loadFixture('outlook-live.html');
    expect(adapterFor(new URL('https://mail.google.com/mail/u/0/'), outlookFixture)?.id).toBe('gmail');
    expect(adapterFor(fixtureUrl('outlook-live.html'), outlookFixture)?.id).toBe('outlook');
  });
});

describe('Gmail', () => {
  it('thread: the expanded bounce, not the collapsed original, the cached view or the compose', () => {
    const { messages } = scan('gmail-thread.html');
    expect(messages.map((m) => m.key)).toEqual(['#msg-f:1783391122334455667']);
    const [bounce] = messages;
    expect(bounce.sender).toEqual({ name: 'Mail Delivery Subsystem', email: 'mailer-daemon@googlemail.com' });
    // Gmail threads the bounce under the original subject (webmail-dom.md §3): the sender carries the signal.
    expect(bounce.subject).toBe('Spring schedule');
    expect(bounce.bodyElement.classList.contains('a3s')).toBe(true);
    const text = bounce.visibleText();
    expect(text).toContain('Address not found');
    expect(text).toContain('550 5.1.1');
    expect(text).toMatch(/Address not found\n/);
    expect(text).not.toContain('Gmail will retry'); // the hidden cached bounce
    expect(text).not.toContain('is there a new one'); // the compose
    const evidence = evidenceOf(bounce);
    expect(evidence.isBounce).toBe(true);
    expect(evidence.signals).toContain('sender:address:mailer-daemon');
  });

  it('legacy layout: found through data-legacy-message-id, .a3s.aXjCH and .cf.ix span[email]', () => {
    const { messages } = scan('gmail-legacy.html');
    expect(messages).toHaveLength(1);
    expect(messages[0].key).toBe('1734f0e2d9c8b7a6');
    expect(messages[0].sender).toEqual({ name: 'Mail Delivery System', email: 'MAILER-DAEMON@mx1.example.org' });
    expect(messages[0].subject).toBe('Undelivered Mail Returned to Sender');
    expect(messages[0].visibleText()).toMatch(/This is the mail system at host mx1\.example\.org\.\n/);
    expect(evidenceOf(messages[0]).isBounce).toBe(true);
  });

  it('preview pane: list rows are not messages; the Exim bounce is', () => {
    const { messages } = scan('gmail-preview-pane.html');
    expect(messages).toHaveLength(1);
    expect(messages[0].subject).toBe('Mail delivery failed: returning message to sender');
    expect(evidenceOf(messages[0]).signals).toContain('body:SMTP error from remote mail server');
  });

  it('send failure: the toast and the Outbox count, classified', () => {
    const { adapter, doc } = scan('gmail-send-failed.html');
    const notices = adapter.sendFailureNotices(doc);
    expect(notices.map((n) => n.kind)).toEqual(['send-failed', 'outbox-stuck']);
    expect(notices[0].text).toContain('You have reached a limit for sending mail');
    expect(notices[0].element.matches('div.b8[role="alert"]')).toBe(true);
    expect(notices[1].text).toBe('Outbox 2');
  });

  it('decoys: forwarded bounce is flagged forwarded, the 550 reply is nothing, the compose is skipped', () => {
    const { adapter, doc, messages } = scan('gmail-decoys.html');
    expect(messages.map((m) => m.sender.email)).toEqual(['priya.shah@example.com', 'tom.becker@example.com']);
    const [forwarded, reply] = messages.map(evidenceOf);
    expect(forwarded).toMatchObject({ isBounce: false, isForwarded: true });
    expect(reply.isBounce).toBe(false);
    expect(adapter.sendFailureNotices(doc)).toEqual([]);
  });

  it('navigation fixture: each route renders what the meta says, and a re-render keeps the key', () => {
    const doc = loadFixture('gmail-nav.html');
    const adapter = adapterFor(fixtureUrl('gmail-nav.html'), doc)!;
    const main = doc.getElementById('main-view')!;
    const show = (id: string) => main.replaceChildren(doc.importNode((doc.getElementById(id) as HTMLTemplateElement).content, true));
    const open = () => adapter.openMessages(adapter.readingRoot(doc)!);

    show('view-inbox');
    expect(open()).toHaveLength(0);

    show('view-bounce');
    const first = open();
    expect(first).toHaveLength(1);
    expect(evidenceOf(first[0]).isBounce).toBe(true);
    expect(first[0].visibleText()).toContain('Remote host said: 554 5.1.1');

    show('view-normal');
    const normal = open();
    expect(normal).toHaveLength(1);
    expect(evidenceOf(normal[0]).isBounce).toBe(false);

    show('view-bounce');
    const again = open();
    expect(again[0].key).toBe(first[0].key);
    expect(again[0].bodyElement).not.toBe(first[0].bodyElement);
  });
});

describe('Outlook', () => {
  it('live: new NDR with the address parsed from "Name<addr>"', () => {
    const { messages } = scan('outlook-live.html');
    expect(messages).toHaveLength(1);
    const [ndr] = messages;
    expect(ndr.key).toBe('AAMkADI5MzQ1LTEyAAA');
    expect(ndr.sender).toEqual({ name: 'Microsoft Outlook', email: 'postmaster@outlook.com' });
    expect(ndr.subject).toBe('Undeliverable: Invoice 4471');
    expect(ndr.bodyElement.id).toBe('UniqueMessageBody_4');
    expect(ndr.visibleText()).toContain("Your message to dave.k@example.org couldn't be delivered.");
    expect(ndr.visibleText()).toContain('550 5.1.10 RESOLVER.ADR.RecipientNotFound');
    expect(evidenceOf(ndr).isBounce).toBe(true);
  });

  it('office: the tenant Exchange system address from a title, the older titled subject heading', () => {
    const { messages } = scan('outlook-office.html');
    expect(messages[0].sender.email).toBe('MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com');
    expect(messages[0].sender.name).toBe('Microsoft Outlook');
    expect(messages[0].subject).toBe('Undeliverable: Board pack for Thursday');
    expect(evidenceOf(messages[0]).signals).toContain('sender:address:microsoftexchange');
  });

  it('localized: German and French NDRs under localized labels', () => {
    const de = scan('outlook-localized.html').messages;
    expect(de[0].sender).toEqual({ name: 'Microsoft Outlook', email: null });
    expect(evidenceOf(de[0]).signals).toEqual(expect.arrayContaining(['subject:prefix:de', 'body:Diagnoseinformationen für Administratoren']));
    expect(evidenceOf(de[0]).isBounce).toBe(true);
    const fr = scan('outlook-localized-fr.html').messages;
    expect(fr[0].sender).toEqual({ name: 'Postmaster', email: 'postmaster@example.com' });
    expect(evidenceOf(fr[0]).signals).toContain('subject:prefix:fr');
    expect(evidenceOf(fr[0]).isBounce).toBe(true);
  });

  it('not sent: the info bar above the draft and the Outbox count; the draft itself is no message', () => {
    const { adapter, doc, messages } = scan('outlook-not-sent.html');
    expect(messages).toEqual([]);
    const notices = adapter.sendFailureNotices(doc);
    expect(notices.map((n) => n.kind)).toEqual(['send-failed', 'outbox-stuck']);
    expect(notices[0].text).toMatch(/^This message wasn't sent\./);
    expect(notices[1].text).toBe('Outbox 1 item');
  });

  it('decoys: a forwarded NDR and a reply quoting 550 are not bounces; the inline editor is skipped', () => {
    const { adapter, doc, messages } = scan('outlook-decoys.html');
    expect(messages.map((m) => m.sender.email)).toEqual(['sam.okafor@example.com', 'ines.duarte@example.com']);
    expect(messages.map((m) => m.key)).toEqual(['AAMkAGU1ZDBmLTAx', 'AAMkAGU1ZDBmLTAy']);
    const [forwarded, reply] = messages.map(evidenceOf);
    expect(forwarded).toMatchObject({ isBounce: false, isForwarded: true });
    expect(reply).toMatchObject({ isBounce: false });
    expect(adapter.sendFailureNotices(doc)).toEqual([]);
  });

  it('pop-out: the adapter works on the about:blank frame document the page script fills', () => {
    const page = loadFixture('outlook-popout.html');
    // happy-dom does not load frames, so rebuild what the inline script does: an about:blank document embedded
    // in the page (frameElement) and filled by DOM insertion from the page's template.
    const frameElement = page.createElement('iframe');
    const frameDoc = document.implementation.createHTMLDocument('');
    Object.defineProperty(frameDoc, 'defaultView', { value: { frameElement, navigator: window.navigator } });
    const template = page.getElementById('bl-popout-content') as HTMLTemplateElement;
    frameDoc.body.appendChild(frameDoc.importNode(template.content, true));

    const adapter = adapterFor(new URL('about:blank'), frameDoc);
    expect(adapter?.id).toBe('outlook');
    const root = adapter!.readingRoot(frameDoc);
    expect(root).toBe(frameDoc.body);
    const messages = adapter!.openMessages(root!);
    expect(messages).toHaveLength(1);
    expect(messages[0].key).toBe('AAMkAGNhYjc4LTIx');
    expect(messages[0].sender.email).toBe('postmaster@outlook.com');
    expect(evidenceOf(messages[0]).isBounce).toBe(true);
    expect(messages[0].visibleText()).toContain('mailbox is full');
  });

  it('an about:blank frame outside any webmail or fixture page gets no adapter', () => {
    const frameDoc = document.implementation.createHTMLDocument('');
    expect(adapterFor(new URL('about:blank'), frameDoc)).toBeNull();
  });

  it('pop-out page: the top document has no open message of its own', () => {
    expect(scan('outlook-popout.html').messages).toEqual([]);
  });
});
