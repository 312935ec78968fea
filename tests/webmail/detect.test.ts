import { describe, expect, it } from 'vitest';
import { detectPage, isGmailHost, isOutlookHost } from '../../lib/webmail/detect';

type Row = [url: string, app: 'gmail' | 'outlook' | null, view: 'message' | 'list' | 'other', folder: string | null, messageId: string | null];

const G = 'https://mail.google.com/mail/u/0/';
const GMAIL: Row[] = [
  [`${G}`, 'gmail', 'list', 'inbox', null],
  [`${G}#inbox`, 'gmail', 'list', 'inbox', null],
  [`${G}#inbox/FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb`, 'gmail', 'message', 'inbox', 'FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb'],
  [`${G}#inbox/18c7e1a9b3d5f720`, 'gmail', 'message', 'inbox', '18c7e1a9b3d5f720'],
  [`${G}#inbox/p2`, 'gmail', 'list', 'inbox', null],
  [`${G}#inbox/shortid`, 'gmail', 'list', 'inbox', null],
  [`${G}#all/FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb`, 'gmail', 'message', 'all', 'FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb'],
  [`${G}#sent`, 'gmail', 'list', 'sent', null],
  [`${G}#sent/KtbxLwgddjZbBdHcWPVmLkSgJsrQMqPfSg`, 'gmail', 'message', 'sent', 'KtbxLwgddjZbBdHcWPVmLkSgJsrQMqPfSg'],
  [`${G}#outbox`, 'gmail', 'list', 'outbox', null],
  [`${G}#outbox/FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb`, 'gmail', 'message', 'outbox', 'FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb'],
  [`${G}#search/mailer-daemon`, 'gmail', 'list', 'search', null],
  [`${G}#search/from%3Amailer-daemon/FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb`, 'gmail', 'message', 'search', 'FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb'],
  [`${G}#search/undeliverable+invoice/p3`, 'gmail', 'list', 'search', null],
  [`${G}#label/Clients/FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb`, 'gmail', 'message', 'label', 'FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb'],
  [`${G}#label/Clients%2FNordics/FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb`, 'gmail', 'message', 'label', 'FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb'],
  [`${G}#label/Clients`, 'gmail', 'list', 'label', null],
  [`${G}#category/promotions/FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb`, 'gmail', 'message', 'category', 'FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb'],
  [`${G}#inbox?compose=new`, 'gmail', 'list', 'inbox', null],
  [`${G}#inbox/FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb?compose=CllgCJvlHWzz`, 'gmail', 'message', 'inbox', 'FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb'],
  [`${G}#settings/general`, 'gmail', 'other', 'settings', null],
  ['https://mail.google.com/mail/u/1/#starred/18c7e1a9b3d5f720', 'gmail', 'message', 'starred', '18c7e1a9b3d5f720'],
  ['https://mail.google.com/chat/u/0/', null, 'other', null, null],
  ['http://mail.google.com/mail/u/0/#inbox', null, 'other', null, null],
  ['https://mail.google.com.example.net/mail/u/0/#inbox/FMfcgzQXJWDsKmGvLbRxZzWqTnPcCsVb', null, 'other', null, null],
];

const O = 'https://outlook.office.com';
const OUTLOOK: Row[] = [
  [`${O}/mail/`, 'outlook', 'list', 'inbox', null],
  [`${O}/mail/inbox`, 'outlook', 'list', 'inbox', null],
  [`${O}/mail/inbox/id/AAQkADI5MzQ1LTEy%2BAbc%3D`, 'outlook', 'message', 'inbox', 'AAQkADI5MzQ1LTEy+Abc='],
  [`${O}/mail/0/inbox/id/AAQkADI5MzQ1LTEy`, 'outlook', 'message', 'inbox', 'AAQkADI5MzQ1LTEy'],
  [`${O}/mail/1/sentitems/id/AAQkADI5MzQ1LTEz`, 'outlook', 'message', 'sentitems', 'AAQkADI5MzQ1LTEz'],
  [`${O}/mail/id/AAQkADI5MzQ1LTE0`, 'outlook', 'message', 'inbox', 'AAQkADI5MzQ1LTE0'],
  [`${O}/mail/deeplink/read/AAMkAGNhYjc4LTIx`, 'outlook', 'message', 'deeplink', 'AAMkAGNhYjc4LTIx'],
  [`${O}/mail/deeplink/readconv/AAQkAGNhYjc4`, 'outlook', 'message', 'deeplink', 'AAQkAGNhYjc4'],
  [`${O}/mail/deeplink/compose`, 'outlook', 'other', 'deeplink', null],
  [`${O}/mail/outbox`, 'outlook', 'list', 'outbox', null],
  [`${O}/mail/0/outbox`, 'outlook', 'list', 'outbox', null],
  [`${O}/mail/outbox/id/AAQkADI5MzQ1LTE1`, 'outlook', 'message', 'outbox', 'AAQkADI5MzQ1LTE1'],
  [`${O}/mail/shared%40example.com/inbox/id/AAQkADI5`, 'outlook', 'message', 'inbox', 'AAQkADI5'],
  [`${O}/mail/options/general`, 'outlook', 'other', 'options', null],
  [`${O}/calendar/view/month`, 'outlook', 'other', 'calendar', null],
  ['https://outlook.live.com/mail/0/inbox/id/AAQkADAwATM0', 'outlook', 'message', 'inbox', 'AAQkADAwATM0'],
  ['https://outlook.office365.com/mail/junkemail', 'outlook', 'list', 'junkemail', null],
  ['https://outlook.cloud.microsoft/mail/inbox/id/AAQkAD', 'outlook', 'message', 'inbox', 'AAQkAD'],
  ['https://outlook.example.com/mail/inbox/id/AAQkAD', null, 'other', null, null],
];

describe('detectPage', () => {
  it.each([...GMAIL, ...OUTLOOK])('%s', (url, app, view, folder, messageId) => {
    const page = detectPage(url);
    expect({ app: page.app, view: page.view, folder: page.folder, messageId: page.messageId }).toEqual({ app, view, folder, messageId });
    expect(page.isOutbox).toBe(folder === 'outbox');
    expect(page.isPopout).toBe(false);
  });

  it('accepts URL objects and rejects junk', () => {
    expect(detectPage(new URL(`${G}#inbox/18c7e1a9b3d5f720`)).view).toBe('message');
    expect(detectPage('not a url').app).toBeNull();
    expect(detectPage('http://127.0.0.1:4173/gmail-thread.html').app).toBeNull();
  });

  it("recognises Outlook's about:blank pop-out frame only inside an Outlook page", () => {
    const popout = detectPage('about:blank', { hostUrl: `${O}/mail/inbox/id/AAQkADI5` });
    expect(popout).toMatchObject({ app: 'outlook', view: 'message', isPopout: true });
    expect(detectPage('about:blank').app).toBeNull();
    expect(detectPage('about:blank', { hostUrl: `${G}#inbox` }).app).toBeNull();
    expect(detectPage('about:blank', { hostUrl: 'https://example.com/' }).app).toBeNull();
  });

  it('knows the five webmail hosts and nothing else', () => {
    expect(isGmailHost('MAIL.GOOGLE.COM')).toBe(true);
    expect(isOutlookHost('outlook.cloud.microsoft')).toBe(true);
    expect(isOutlookHost('outlook.com')).toBe(false);
    expect(isGmailHost('google.com')).toBe(false);
  });

  it('stays fast on a huge hash', () => {
    const started = performance.now();
    detectPage(`${G}#search/${'a/'.repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
