/**
 * Page detection from a URL, in one tested place (the Refined GitHub / github-url-detection pattern).
 * Gmail routes live in the hash (webmail-dom.md §1a "route"); Outlook routes live in the path and change
 * through the History API without hashchange (webmail-dom.md §1b "Navigation").
 */
import type { WebmailAppId } from './types';

export type PageView = 'message' | 'list' | 'other';

export interface WebmailPage {
  app: WebmailAppId | null;
  /** 'message' when a single message or thread is open, 'list' for a folder/search list, 'other' for settings, calendar… */
  view: PageView;
  /** Folder or route name in lower case: inbox, sent, outbox, search, label, deeplink… */
  folder: string | null;
  /** Gmail thread id or Outlook item/conversation id, when the URL carries one. */
  messageId: string | null;
  isOutbox: boolean;
  /** Outlook's "open in new window" pop-out: a script-built about:blank frame inside an Outlook page. */
  isPopout: boolean;
}

const NONE: WebmailPage = { app: null, view: 'other', folder: null, messageId: null, isOutbox: false, isPopout: false };

const GMAIL_HOSTS = new Set(['mail.google.com']);
/** outlook.cloud.microsoft is real: Microsoft's cloud-microsoft-domain.md (2024-04), webmail-dom.md §1b. */
const OUTLOOK_HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']);

export function isGmailHost(host: string): boolean {
  return GMAIL_HOSTS.has(host.toLowerCase());
}

export function isOutlookHost(host: string): boolean {
  return OUTLOOK_HOSTS.has(host.toLowerCase());
}

/** Gmail thread ids: 16 hex digits (legacy) or the newer FMfcgz…/KtbxL… style, 16+ alphanumerics. */
const GMAIL_THREAD_ID = /^[A-Za-z0-9]{16,80}$/;
/** Gmail list pages: #inbox/p2 is page 2 of the inbox, not a thread. */
const GMAIL_PAGE_SEGMENT = /^p\d{1,6}$/;

/** Folders whose second hash segment is the thread id: #inbox/<id>. */
const GMAIL_SIMPLE_FOLDERS = new Set([
  'inbox', 'all', 'starred', 'sent', 'imp', 'spam', 'trash', 'drafts', 'snoozed', 'scheduled', 'outbox', 'chats',
]);
/** Folders with a parameter before the id: #label/<name>/<id>, #search/<query>/<id>, #category/<name>/<id>. */
const GMAIL_PARAM_FOLDERS = new Set(['label', 'search', 'advanced-search', 'category', 'apps', 'create-filter']);

function parseGmailHash(hash: string): Pick<WebmailPage, 'view' | 'folder' | 'messageId'> {
  // "?compose=new" and similar hang off any route and do not change what is shown behind the compose.
  const route = hash.replace(/^#/, '').split('?')[0].slice(0, 2000);
  if (route === '') return { view: 'list', folder: 'inbox', messageId: null };
  const segments = route.split('/').filter((s) => s !== '');
  const folder = decodeSafely(segments[0]).toLowerCase();
  if (GMAIL_SIMPLE_FOLDERS.has(folder)) {
    const candidate = segments[1];
    if (segments.length === 2 && GMAIL_THREAD_ID.test(candidate) && !GMAIL_PAGE_SEGMENT.test(candidate)) {
      return { view: 'message', folder, messageId: candidate };
    }
    return { view: 'list', folder, messageId: null };
  }
  if (GMAIL_PARAM_FOLDERS.has(folder)) {
    const last = segments[segments.length - 1];
    if (segments.length >= 3 && GMAIL_THREAD_ID.test(last) && !GMAIL_PAGE_SEGMENT.test(last)) {
      return { view: 'message', folder, messageId: last };
    }
    return { view: 'list', folder, messageId: null };
  }
  return { view: 'other', folder, messageId: null };
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The second path segment of /mail/… is an account slot ("0", "1") or a shared mailbox address. */
function isOutlookAccountSegment(segment: string): boolean {
  return /^\d{1,2}$/.test(segment) || decodeSafely(segment).includes('@');
}

function parseOutlookPath(pathname: string): Pick<WebmailPage, 'view' | 'folder' | 'messageId'> {
  const segments = pathname.slice(0, 4000).split('/').filter((s) => s !== '');
  if (segments[0]?.toLowerCase() === 'owa') return { view: 'list', folder: 'inbox', messageId: null };
  if (segments[0]?.toLowerCase() !== 'mail') return { view: 'other', folder: segments[0]?.toLowerCase() ?? null, messageId: null };
  let rest = segments.slice(1);
  if (rest.length > 0 && isOutlookAccountSegment(rest[0])) rest = rest.slice(1);
  if (rest.length === 0) return { view: 'list', folder: 'inbox', messageId: null };

  const first = rest[0].toLowerCase();
  if (first === 'deeplink') {
    const action = (rest[1] ?? '').toLowerCase();
    if ((action === 'read' || action === 'readconv') && rest[2]) {
      return { view: 'message', folder: 'deeplink', messageId: decodeSafely(rest[2]) };
    }
    if (action === 'read' || action === 'readconv') return { view: 'message', folder: 'deeplink', messageId: null };
    return { view: 'other', folder: 'deeplink', messageId: null };
  }
  // /mail/id/<id> (no folder) and /mail/<folder>/id/<id>; custom folders appear as opaque folder ids.
  const idIndex = rest.findIndex((s) => s.toLowerCase() === 'id');
  const folder = idIndex === 0 ? 'inbox' : decodeSafely(rest[0]).toLowerCase();
  if (idIndex >= 0 && rest[idIndex + 1]) {
    return { view: 'message', folder, messageId: decodeSafely(rest[idIndex + 1]) };
  }
  if (first === 'options' || first === 'compose') return { view: 'other', folder: first, messageId: null };
  return { view: 'list', folder, messageId: null };
}

export interface DetectContext {
  /** URL of the embedding page when `url` is an about:blank frame (the parent's or opener's location). */
  hostUrl?: string | URL | null;
}

function toUrl(value: string | URL): URL | null {
  try {
    return typeof value === 'string' ? new URL(value) : new URL(value.href);
  } catch {
    return null;
  }
}

function isBlankFrameUrl(url: URL): boolean {
  return url.protocol === 'about:' && (url.pathname === 'blank' || url.pathname === 'srcdoc');
}

export function detectPage(input: string | URL, context: DetectContext = {}): WebmailPage {
  const url = toUrl(input);
  if (!url) return NONE;
  if (isBlankFrameUrl(url)) {
    const host = context.hostUrl ? toUrl(context.hostUrl) : null;
    if (host && isOutlookHost(host.hostname)) {
      return { app: 'outlook', view: 'message', folder: 'popout', messageId: null, isOutbox: false, isPopout: true };
    }
    return NONE;
  }
  if (url.protocol !== 'https:') return NONE;
  if (isGmailHost(url.hostname)) {
    if (!url.pathname.startsWith('/mail')) return NONE;
    const page = parseGmailHash(url.hash);
    return { app: 'gmail', ...page, isOutbox: page.folder === 'outbox', isPopout: false };
  }
  if (isOutlookHost(url.hostname)) {
    const page = parseOutlookPath(url.pathname);
    return { app: 'outlook', ...page, isOutbox: page.folder === 'outbox', isPopout: false };
  }
  return NONE;
}

/** Convenience predicates, named after what a feature gates on. */
export const isWebmailMessageView = (url: string | URL, context?: DetectContext) => detectPage(url, context).view === 'message';
export const isWebmailOutbox = (url: string | URL) => detectPage(url).isOutbox;
