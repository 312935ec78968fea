/** Entry point of the webmail layer: picks the site adapter for a page (or a pop-out frame inside one). */
import { detectPage, type DetectContext } from './detect';
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';
import type { SiteAdapter, WebmailAppId } from './types';

export type { OpenMessage, SendFailureNotice, SiteAdapter, WebmailAppId, MessageSender, SelectorEntry } from './types';
export { detectPage, isGmailHost, isOutlookHost, type WebmailPage, type PageView } from './detect';
export { gmailAdapter } from './gmail';
export { outlookAdapter } from './outlook';
export { bounceEvidence, type BounceEvidence, type BounceEvidenceInput } from './bounce-signals';
export { classifySendFailure, type SendFailureCause, type SendFailureMatch } from './send-failure';
export { observeReadingArea, type ObserveReadingAreaOptions } from './observe';

/** Test pages (e2e/fixtures) say which app they imitate; only read when the URL is not a real webmail origin. */
export const FIXTURE_APP_ATTRIBUTE = 'data-bl-fixture-app';

const ADAPTERS: Record<WebmailAppId, SiteAdapter> = { gmail: gmailAdapter, outlook: outlookAdapter };

function fixtureApp(doc: Document): WebmailAppId | null {
  const value = doc.documentElement?.getAttribute(FIXTURE_APP_ATTRIBUTE);
  return value === 'gmail' || value === 'outlook' ? value : null;
}

/** The document that embeds an about:blank frame (same origin by construction), or the window that opened it. */
function embedderOf(doc: Document): Document | null {
  const win = doc.defaultView;
  if (!win) return null;
  try {
    const frame = win.frameElement;
    if (frame?.ownerDocument && frame.ownerDocument !== doc) return frame.ownerDocument;
    const opener = win.opener as Window | null;
    if (opener && opener !== win) return opener.document;
  } catch {
    // Cross-origin embedder: not an Outlook pop-out.
  }
  return null;
}

export function adapterFor(location: Location | URL, doc: Document): SiteAdapter | null {
  const href = location.href;
  let context: DetectContext = {};
  let embedder: Document | null = null;
  if (href.startsWith('about:')) {
    embedder = embedderOf(doc);
    context = { hostUrl: embedder?.location?.href ?? null };
  }
  const page = detectPage(href, context);
  if (page.app) return ADAPTERS[page.app];

  const ownFixture = fixtureApp(doc);
  if (ownFixture) return ADAPTERS[ownFixture];
  // A pop-out frame inside a fixture page inherits the page's app.
  if (embedder) {
    const embedderFixture = fixtureApp(embedder);
    if (embedderFixture) return ADAPTERS[embedderFixture];
  }
  return null;
}
