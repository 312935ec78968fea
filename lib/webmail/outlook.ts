/**
 * Outlook on the web site adapter. Works on the main page and inside the "open in new window" pop-out, an
 * about:blank frame that OWA fills by script (webmail-dom.md §1b; Briskine needed all_frames +
 * match_about_blank): given that frame's document, the frame body is the reading root.
 */
import { allMatches, asElement, fallbackKey, findAddress, firstMatch, isShown, parseNameAndAddress, readableText, shortHash } from './dom-utils';
import {
  OUTLOOK_BODY,
  OUTLOOK_COMPOSE,
  OUTLOOK_FOLDER_ITEM,
  OUTLOOK_NOTICE,
  OUTLOOK_POPOUT_MARKER,
  OUTLOOK_READING_ROOT,
  OUTLOOK_SENDER,
  OUTLOOK_SUBJECT,
} from './outlook.selectors';
import { classifySendFailure, outboxCount } from './send-failure';
import type { MessageSender, OpenMessage, SendFailureNotice, SiteAdapter } from './types';

const COMPOSE_SELECTOR = OUTLOOK_COMPOSE.map((s) => s.selector).join(',');
const BODY_SELECTOR = OUTLOOK_BODY.map((s) => s.selector).join(',');
const SENDER_SELECTOR = OUTLOOK_SENDER.map((s) => s.selector).join(',');
/** OWA ids look like MSG_<item id>_FROM / MSG_<item id>_SUBJECT; the item id is the stable dedupe key. */
const ITEM_ID_IN_ELEMENT_ID = /^MSG_([^\s]{1,400})_(?:FROM|SUBJECT)$/;

function isCompose(el: Element): boolean {
  return !!el.closest(COMPOSE_SELECTOR) || !!el.querySelector(COMPOSE_SELECTOR);
}

function readingRoot(doc: Document): Element | null {
  const pane = firstMatch(doc, OUTLOOK_READING_ROOT, isShown);
  if (pane) return pane;
  // Pop-out frame: no pane container, the message is the frame's content.
  if (doc.body && firstMatch(doc.body, OUTLOOK_POPOUT_MARKER, (el) => isShown(el) && !isCompose(el))) return doc.body;
  return null;
}

/** Outermost bodies only: OWA nests [role=document] and .allowTextSelection inside UniqueMessageBody. */
function outermostBodies(candidates: Element[]): Element[] {
  const set = new Set(candidates);
  return candidates.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/**
 * The message container: the nearest ancestor of the body that also holds a sender hook, stopping before an
 * ancestor that holds another message body (that would be the conversation, not the message).
 */
function containerOf(body: Element, root: Element | null): Element {
  let best: Element = body.parentElement ?? body;
  for (let node = body.parentElement; node && node !== root?.parentElement; node = node.parentElement) {
    const bodies = Array.from(node.querySelectorAll(BODY_SELECTOR)).filter((b) => !b.contains(body) && !body.contains(b));
    if (bodies.length > 0) break;
    best = node;
    if (node.querySelector(SENDER_SELECTOR)) return node;
    if (node === root) break;
  }
  return best;
}

function senderOf(container: Element, body: Element): MessageSender {
  const el = firstMatch(container, OUTLOOK_SENDER, (e) => !body.contains(e));
  if (!el) return { name: '', email: null };
  // The full address, when OWA shows it, is in the visible text ("Name<addr>") or in a title/aria-label.
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const parsed = parseNameAndAddress(text);
  let email = parsed.email;
  if (!email) {
    for (const attrEl of [el, ...Array.from(el.querySelectorAll('[title],[aria-label]'))]) {
      email = findAddress(attrEl.getAttribute('title') ?? '') ?? findAddress(attrEl.getAttribute('aria-label') ?? '');
      if (email) break;
    }
  }
  const name = parsed.name.replace(/^(?:from|von|de|da|van)\s*:\s*/i, '').trim();
  return { name, email };
}

function subjectOf(container: Element, root: Element | null): string {
  const scopes: ParentNode[] = [container];
  if (root) scopes.push(root);
  scopes.push(container.ownerDocument);
  for (const scope of scopes) {
    const heading = firstMatch(scope, OUTLOOK_SUBJECT, isShown);
    if (!heading) continue;
    const titled = heading.querySelector('span[title]');
    const text = titled?.getAttribute('title') ?? heading.getAttribute('title') ?? heading.textContent ?? '';
    return text.replace(/\s+/g, ' ').trim().slice(0, 1000);
  }
  return '';
}

function itemIdOf(container: Element): string | null {
  for (const el of Array.from(container.querySelectorAll('[id^="MSG_"]'))) {
    const match = ITEM_ID_IN_ELEMENT_ID.exec(el.id);
    if (match) return match[1];
  }
  return null;
}

function openMessages(root: ParentNode): OpenMessage[] {
  const rootElement = asElement(root);
  const bodies = outermostBodies(allMatches(root, OUTLOOK_BODY)).filter((b) => isShown(b) && !isCompose(b));
  const found: OpenMessage[] = [];
  const seenKeys = new Set<string>();
  for (const bodyElement of bodies) {
    const element = containerOf(bodyElement, rootElement);
    const sender = senderOf(element, bodyElement);
    const subject = subjectOf(element, rootElement);
    const itemId = itemIdOf(element);
    const key = itemId
      ? itemId
      : fallbackKey('outlook-h', sender.email, sender.name, subject, readableText(bodyElement, 2000));
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    found.push({ element, bodyElement, key, sender, subject, visibleText: () => readableText(bodyElement) });
  }
  return found;
}

function sendFailureNotices(doc: Document): SendFailureNotice[] {
  const notices: SendFailureNotice[] = [];
  const regions = allMatches(doc, OUTLOOK_NOTICE).filter((el) => isShown(el) && !el.closest('[contenteditable="true"]'));
  const regionSet = new Set(regions);
  for (const region of regions) {
    // Report nested live regions once, through the outermost.
    let nested = false;
    for (let p = region.parentElement; p; p = p.parentElement) if (regionSet.has(p)) nested = true;
    if (nested) continue;
    const text = readableText(region, 4096).replace(/\s+/g, ' ').trim();
    const match = classifySendFailure(text);
    if (!match) continue;
    notices.push({
      element: region,
      key: `outlook:notice:${shortHash(text)}`,
      text,
      kind: match.notice === 'outlook-outbox' ? 'outbox-stuck' : 'send-failed',
    });
  }
  for (const item of allMatches(doc, OUTLOOK_FOLDER_ITEM)) {
    if (!isShown(item)) continue;
    const label = (item.getAttribute('aria-label') ?? item.getAttribute('title') ?? readableText(item, 200)).replace(/\s+/g, ' ').trim();
    let count = outboxCount(label);
    if (count === 0) count = outboxCount(readableText(item, 200).replace(/\s+/g, ' ').trim());
    if (!count) continue;
    notices.push({ element: item, key: `outlook:outbox:${count}`, text: label, kind: 'outbox-stuck' });
    break;
  }
  return notices;
}

export const outlookAdapter: SiteAdapter = { id: 'outlook', readingRoot, openMessages, sendFailureNotices };

/*
 * Fixtures: e2e/fixtures/outlook-live.html, outlook-office.html, outlook-localized.html, outlook-localized-fr.html,
 * outlook-popout.html (the about:blank frame), outlook-not-sent.html, outlook-decoys.html
 * (tests/webmail/adapters.test.ts).
 */
