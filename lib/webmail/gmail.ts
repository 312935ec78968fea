/** Gmail site adapter: finds expanded, visible messages and send-failure notices in Gmail's DOM. */
import { allMatches, asElement, fallbackKey, firstMatch, isShown, readableText, shortHash } from './dom-utils';
import {
  GMAIL_BODY,
  GMAIL_COMPOSE,
  GMAIL_MESSAGE,
  GMAIL_NOT_EXPANDED_CLASSES,
  GMAIL_OUTBOX_LINK,
  GMAIL_READING_ROOT,
  GMAIL_SENDER,
  GMAIL_SUBJECT,
  GMAIL_THREAD,
  GMAIL_TOAST,
  GMAIL_TOAST_TEXT,
} from './gmail.selectors';
import { classifySendFailure, outboxCount } from './send-failure';
import type { OpenMessage, SendFailureNotice, SiteAdapter } from './types';

const COMPOSE_ANCESTOR_SELECTOR = GMAIL_COMPOSE.map((s) => s.selector).join(',');

function isInCompose(el: Element): boolean {
  if (el.closest(COMPOSE_ANCESTOR_SELECTOR)) return true;
  // A compose dialog is a role=dialog holding a form; other dialogs (e.g. image viewers) are not.
  const dialog = el.closest('[role="dialog"]');
  return !!dialog && !!dialog.querySelector('form');
}

function isCollapsed(message: Element, stopAt: Element | null): boolean {
  for (let node: Element | null = message; node && node !== stopAt; node = node.parentElement) {
    if (GMAIL_NOT_EXPANDED_CLASSES.some((c) => node!.classList.contains(c))) return true;
    if (node.getAttribute('aria-expanded') === 'false') return true;
  }
  return false;
}

/** The outermost message element: Gmail puts data-message-id and data-legacy-message-id on the same div.adn. */
function outermostMessages(candidates: Element[]): Element[] {
  const set = new Set(candidates);
  return candidates.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

function bodyOf(message: Element): Element | null {
  return firstMatch(message, GMAIL_BODY, (el) => isShown(el) && !isInCompose(el));
}

function subjectFor(message: Element): string {
  const thread = GMAIL_THREAD.map((s) => message.closest(s.selector)).find((t) => t) ?? null;
  const scopes: ParentNode[] = [];
  if (thread) scopes.push(thread);
  const main = message.closest('[role="main"]');
  if (main) scopes.push(main);
  scopes.push(message.ownerDocument);
  for (const scope of scopes) {
    const heading = firstMatch(scope, GMAIL_SUBJECT, isShown);
    if (heading) return (heading.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 1000);
  }
  return '';
}

function senderOf(message: Element, body: Element): { name: string; email: string | null } {
  // The sender sits in the message header, never inside the body (a mail may contain its own [email] spans).
  const el = firstMatch(message, GMAIL_SENDER, (e) => !body.contains(e));
  if (!el) return { name: '', email: null };
  const email = el.getAttribute('email')?.trim() || null;
  const name = (el.getAttribute('name') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { name, email };
}

function messageKey(message: Element, sender: { name: string; email: string | null }, subject: string, body: Element): string {
  const id = message.getAttribute('data-message-id') ?? message.getAttribute('data-legacy-message-id');
  if (id) return id; // kept raw: the Gmail original-source reader parses #msg-f:<id> from it
  const inner = message.querySelector('[data-message-id],[data-legacy-message-id]');
  const innerId = inner?.getAttribute('data-message-id') ?? inner?.getAttribute('data-legacy-message-id');
  if (innerId) return innerId;
  return fallbackKey('gmail-h', sender.email, sender.name, subject, readableText(body, 2000));
}

function readingRoot(doc: Document): Element | null {
  return firstMatch(doc, GMAIL_READING_ROOT, isShown);
}

function openMessages(root: ParentNode): OpenMessage[] {
  const stopAt = asElement(root);
  const candidates = outermostMessages(allMatches(root, GMAIL_MESSAGE));
  const found: OpenMessage[] = [];
  const seenKeys = new Set<string>();
  for (const element of candidates) {
    if (!isShown(element) || isInCompose(element) || isCollapsed(element, stopAt)) continue;
    const bodyElement = bodyOf(element);
    if (!bodyElement) continue; // collapsed messages show a snippet, not a body
    const sender = senderOf(element, bodyElement);
    const subject = subjectFor(element);
    const key = messageKey(element, sender, subject, bodyElement);
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    found.push({ element, bodyElement, key, sender, subject, visibleText: () => readableText(bodyElement) });
  }
  return found;
}

function toastText(toast: Element): string {
  const inner = firstMatch(toast, GMAIL_TOAST_TEXT);
  return readableText(inner ?? toast, 4096).replace(/\s+/g, ' ').trim();
}

function sendFailureNotices(doc: Document): SendFailureNotice[] {
  const notices: SendFailureNotice[] = [];
  const seen = new Set<Element>();
  for (const toast of allMatches(doc, GMAIL_TOAST)) {
    if (seen.has(toast) || !isShown(toast) || toast.closest('[contenteditable="true"]')) continue;
    // Nested alert regions report once, through the outermost.
    if (toast.parentElement?.closest('[role="alert"],[role="alertdialog"]')) continue;
    seen.add(toast);
    const text = toastText(toast);
    const match = classifySendFailure(text);
    if (!match) continue;
    notices.push({
      element: toast,
      key: `gmail:notice:${shortHash(text)}`,
      text,
      kind: match.notice === 'gmail-outbox' ? 'outbox-stuck' : 'send-failed',
    });
  }
  for (const link of allMatches(doc, GMAIL_OUTBOX_LINK)) {
    if (!isShown(link)) continue;
    let label = (link.getAttribute('aria-label') ?? readableText(link, 200)).replace(/\s+/g, ' ').trim();
    let count = outboxCount(label);
    if (!count) {
      // The count may sit next to the link, in the nav item's container (div.TO[data-tooltip], unverified).
      const item = link.closest('[data-tooltip]') ?? link.parentElement?.parentElement;
      if (item) {
        label = readableText(item, 200).replace(/\s+/g, ' ').trim();
        count = outboxCount(label);
      }
    }
    if (!count) continue;
    notices.push({ element: link, key: `gmail:outbox:${count}`, text: label, kind: 'outbox-stuck' });
    break;
  }
  return notices;
}

export const gmailAdapter: SiteAdapter = { id: 'gmail', readingRoot, openMessages, sendFailureNotices };

/*
 * Fixtures: e2e/fixtures/gmail-thread.html, gmail-legacy.html, gmail-preview-pane.html, gmail-nav.html,
 * gmail-send-failed.html, gmail-decoys.html (tests/webmail/adapters.test.ts).
 */
