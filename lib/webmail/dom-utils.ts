import { findEmailAddress } from '../text/email-address';
/** Shared DOM helpers for the webmail adapters. Plain DOM only: this runs in content scripts and in happy-dom tests. */

/** Longest body text we hand to the classifier; bounce reports put everything that matters near the top. */
export const MAX_VISIBLE_TEXT_CHARS = 256 * 1024;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD',
  'TR', 'UL',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'IFRAME', 'OBJECT']);

function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/**
 * Text of an element the way a reader sees it: block elements and <br> become line breaks, table cells
 * are separated by tabs, hidden and script content is skipped. We walk the tree ourselves instead of using
 * innerText because innerText forces a layout of the whole mail and does not exist in every test DOM.
 */
export function readableText(root: Element, maxChars: number = MAX_VISIBLE_TEXT_CHARS): string {
  const parts: string[] = [];
  let length = 0;
  let pendingBreak = false;

  const push = (text: string) => {
    if (length >= maxChars || text === '') return;
    if (pendingBreak && length > 0) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    const room = maxChars - length;
    const piece = text.length > room ? text.slice(0, room) : text;
    parts.push(piece);
    length += piece.length;
  };

  const walk = (node: Node, inPre: boolean) => {
    if (length >= maxChars) return;
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      const text = inPre ? raw : raw.replace(/[ \t\r\n\f]+/g, ' ');
      // A lone space between blocks carries no meaning.
      const atLineStart = pendingBreak || length === 0 || parts[parts.length - 1].endsWith('\n');
      // Collapsible space at the start of a line is not rendered (CSS white-space rules); &nbsp; is kept.
      push(!inPre && atLineStart ? text.replace(/^ /, '') : text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isHiddenByMarkup(el)) return;
    if (tag === 'BR') {
      parts.push('\n');
      length += 1;
      pendingBreak = false;
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) pendingBreak = true;
    if (CELL_TAGS.has(tag) && !pendingBreak && length > 0 && !parts[parts.length - 1].endsWith('\n')) push('\t');
    const childInPre = inPre || tag === 'PRE';
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, childInPre);
    if (isBlock) pendingBreak = true;
  };

  walk(root, false);
  // Non-breaking spaces become plain spaces so later matching need not care how the app indented.
  const text = trimLineEnds(parts.join('')).replace(/\u00a0/g, ' ');
  if (text.trim() === '' && root.textContent) return root.textContent.slice(0, maxChars);
  return text;
}

/** Drops spaces and tabs before each newline (a loop: the regex for it is quadratic on long runs). */
function trimLineEnds(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    if (end !== line.length) lines[i] = line.slice(0, end);
  }
  return lines.join('\n');
}

/** Whether the browser has computed layout; happy-dom and detached documents have none worth trusting. */
function documentHasLayout(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root || typeof root.getClientRects !== 'function') return false;
  const ua = doc.defaultView?.navigator?.userAgent ?? '';
  if (ua.includes('HappyDOM') || ua.includes('jsdom')) return false;
  return root.getClientRects().length > 0;
}

/**
 * Whether an element can be seen. Gmail keeps earlier views in the DOM behind display:none (webmail-dom.md
 * §1a "cached views"), so markup is checked on every ancestor; in a real browser an element without client
 * rects (hidden by a stylesheet class) is hidden too.
 */
export function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (isHiddenByMarkup(node)) return false;
    if (node.getAttribute('aria-hidden') === 'true') return false;
  }
  const doc = el.ownerDocument;
  if (doc && documentHasLayout(doc) && el.getClientRects().length === 0) return false;
  return true;
}

/**
 * The node as an Element, or null. Checked by nodeType, not instanceof: the Outlook pop-out frame is another
 * realm, where `instanceof Element` of the caller's realm is false.
 */
export function asElement(node: ParentNode): Element | null {
  return (node as Node).nodeType === 1 ? (node as Element) : null;
}

/** First element matched by the ordered selector list that passes the filter. */
export function firstMatch(
  scope: ParentNode,
  selectors: readonly { selector: string }[],
  accept: (el: Element) => boolean = () => true,
): Element | null {
  for (const { selector } of selectors) {
    for (const el of Array.from(scope.querySelectorAll(selector))) {
      if (accept(el)) return el;
    }
  }
  return null;
}

/** All elements matched by any selector of the list, in document order, without duplicates. */
export function allMatches(scope: ParentNode, selectors: readonly { selector: string }[]): Element[] {
  const seen = new Set<Element>();
  for (const { selector } of selectors) {
    for (const el of Array.from(scope.querySelectorAll(selector))) seen.add(el);
  }
  return Array.from(seen).sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Small, stable, non-cryptographic hash (FNV-1a, 32 bit) used for dedupe keys when the app gives no id. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Dedupe key for a message the app gives no id to, e.g. "gmail-h:1x2y3z". */
export function fallbackKey(prefix: string, senderEmail: string | null, senderName: string, subject: string, text: string): string {
  return `${prefix}:${shortHash(`${senderEmail ?? senderName}\u0000${subject}\u0000${text.slice(0, 300)}`)}`;
}

/** Splits "Name <addr@host>" (Outlook writes it without a space too) into its parts. */
export function parseNameAndAddress(raw: string): { name: string; email: string | null } {
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, 500);
  const match = findEmailAddress(text);
  if (!match) return { name: text, email: null };
  const email = match.address;
  const name = (text.slice(0, match.index) + text.slice(match.index + email.length))
    .replace(/[<>()[\]"]/g, ' ')
    .replace(/^\s*(?:from|von|de|da|van)\s*:\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { name, email };
}

export function findAddress(text: string): string | null {
  return findEmailAddress(text.slice(0, 500))?.address ?? null;
}
