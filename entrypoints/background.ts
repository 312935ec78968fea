import { browser } from 'wxt/browser';
import { isOverlayRequest, MESSAGE_TEXT_CAP, type OverlayRequest } from '@/components/browser/messages';
import { loadSettings } from '@/components/browser/settings-store';
import { explainNotice, explainRawMessage, explainVisibleMessage } from '@/lib/report/pipeline';

const MENU_ID = 'bounce-lens-explain-selection';
/** Selections longer than this are cut: a whole bounce fits, and the URL stays a sane size. */
const SELECTION_CAP = 16 * 1024;

async function answer(request: OverlayRequest) {
  const settings = await loadSettings();
  const service = settings.service === 'unset' ? undefined : settings.service;
  switch (request.type) {
    case 'explain-visible':
      return explainVisibleMessage({
        text: request.text.slice(0, MESSAGE_TEXT_CAP), subject: request.subject, from: request.from,
      }, service);
    case 'explain-raw':
      return explainRawMessage(request.raw.slice(0, 2 * MESSAGE_TEXT_CAP), service);
    case 'explain-notice':
      return explainNotice(request.text.slice(0, MESSAGE_TEXT_CAP), request.app, service);
  }
}

/**
 * The background decodes and explains for the content scripts, and owns the "Explain this error"
 * menu. It needs no host access: the selected text comes with the click, and the explanation page
 * decodes it locally.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages may ask.
    if (sender.id !== browser.runtime.id || !isOverlayRequest(message)) return undefined;
    return answer(message).catch(() => null);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Explain this error with Bounce Lens',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const text = info.selectionText.slice(0, SELECTION_CAP);
    void browser.tabs.create({ url: browser.runtime.getURL(`/explain.html#${encodeURIComponent(text)}` as '/explain.html') });
  });
});
