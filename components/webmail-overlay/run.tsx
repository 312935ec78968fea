import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { render } from 'preact';
import type { ExplainedRecipient } from '../../lib/report/support-ticket';
import type { Settings } from '../../lib/settings/schema';
import { adapterFor } from '../../lib/webmail';
import { bounceEvidence } from '../../lib/webmail/bounce-signals';
import { observeReadingArea } from '../../lib/webmail/observe';
import { classifySendFailure } from '../../lib/webmail/send-failure';
import type { OpenMessage, SiteAdapter } from '../../lib/webmail/types';
import { BounceCard, type CardTone } from '../card/BounceCard';
import { askBackground } from '../browser/messages';
import { dismiss, isDismissed, loadSettings, watchSettings } from '../browser/settings-store';
import { readGmailOriginal } from './gmail-original';

type App = 'gmail' | 'outlook';

interface MountedCard {
  ui: ShadowRootContentScriptUi<unknown>;
  anchor: Element;
  /** The text the card was built from; a re-render with other text gets a fresh card. */
  textKey: string;
}

/** Everything one content script keeps between scans. */
interface OverlayState {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  settings: Settings;
  cards: Map<string, MountedCard>;
  /** Keys being decoded right now, so a burst of scans asks once. */
  pending: Set<string>;
  /**
   * Messages already looked at that got no card (ordinary mail, dismissed, nothing to explain), with
   * what they looked like then: an unchanged message is not read and classified again on every scan.
   */
  checked: Map<string, string>;
}

/** Cheap identity of a message's current rendering; it changes when the app re-renders or fills it in. */
function renderingOf(body: Element): string {
  return `${body.textContent?.length ?? 0}`;
}

function removeAllCards(state: OverlayState): void {
  for (const card of state.cards.values()) card.ui.remove();
  state.cards.clear();
  state.checked.clear();
}

/**
 * Everything a webmail content script does, for either app: watch the reading area, find open
 * messages that are bounces or send-failure notices, and put a card beside each. Any error is
 * contained here, so a surprise in the webmail's DOM can never break the page.
 */
export async function runWebmailOverlay(ctx: ContentScriptContext, app: App): Promise<void> {
  let settings: Settings;
  try {
    settings = await loadSettings();
  } catch {
    return;
  }
  if (!settings.sites[app]) return;
  const adapter = adapterFor(location, document);
  if (!adapter || adapter.id !== app) return;

  const state: OverlayState = { ctx, adapter, settings, cards: new Map(), pending: new Set(), checked: new Map() };
  ctx.onInvalidated(() => removeAllCards(state));
  const unwatch = watchSettings((next) => {
    state.settings = next;
    if (!next.sites[app]) removeAllCards(state);
  });
  ctx.onInvalidated(unwatch);

  const scan = () => {
    if (ctx.isInvalid || !state.settings.sites[app]) return;
    try {
      scanOnce(state);
    } catch {
      // A DOM we do not understand must never surface as an error in the user's inbox.
    }
  };
  observeReadingArea({ doc: document, findRoot: adapter.readingRoot, onChange: scan, signal: ctx.signal });
  scan();
}

function scanOnce(state: OverlayState): void {
  const { ctx, adapter, settings, cards, pending, checked } = state;
  const seen = new Set<string>();
  const root = adapter.readingRoot(document);
  if (root) {
    for (const message of adapter.openMessages(root)) {
      seen.add(message.key);
      const existing = cards.get(message.key);
      if (existing && existing.anchor.isConnected && existing.anchor === message.bodyElement) continue;
      const rendering = renderingOf(message.bodyElement);
      if (pending.has(message.key) || checked.get(message.key) === rendering) continue;
      pending.add(message.key);
      void considerMessage(state, message)
        .then((mounted) => {
          if (mounted) checked.delete(message.key);
          else checked.set(message.key, rendering);
        })
        .catch(() => {})
        .finally(() => pending.delete(message.key));
    }
  }
  for (const notice of adapter.sendFailureNotices(document)) {
    const key = `send:${notice.key}`;
    seen.add(key);
    const existing = cards.get(key);
    if (existing && existing.anchor.isConnected && existing.textKey === notice.text) continue;
    // Cheap local check first, so the background is asked only about real notices.
    if (!classifySendFailure(notice.text, adapter.id) || pending.has(key)) continue;
    pending.add(key);
    void askBackground({ type: 'explain-notice', text: notice.text, app: adapter.id })
      .then((item) => {
        if (item && notice.element.isConnected) {
          mountCard(state, key, notice.element, notice.text, [item], 'send-failure', null);
        }
      })
      .catch(() => {})
      .finally(() => pending.delete(key));
  }
  for (const [key, card] of cards) {
    if (!seen.has(key) || !card.anchor.isConnected) {
      card.ui.remove();
      cards.delete(key);
    }
  }
  for (const key of checked.keys()) if (!seen.has(key)) checked.delete(key);
}

/** Reads one open message and mounts its card when it is a bounce; says whether it did. */
async function considerMessage(state: OverlayState, message: OpenMessage): Promise<boolean> {
  const { ctx, adapter, settings } = state;
  const text = message.visibleText();
  const evidence = bounceEvidence({
    senderName: message.sender.name, senderEmail: message.sender.email, subject: message.subject, text,
  });
  if (!evidence.isBounce && !evidence.isForwarded) return false;
  if (await isDismissed(message.key)) return false;

  let result = await askBackground({
    type: 'explain-visible', text, subject: message.subject, from: message.sender.email ?? message.sender.name,
  });
  if (evidence.isBounce && adapter.id === 'gmail' && settings.readGmailOriginal && !result.carriesCodes) {
    const raw = await readGmailOriginal(message.key, ctx.signal);
    if (raw) {
      const fuller = await askBackground({ type: 'explain-raw', raw });
      if (fuller.items.length) result = fuller;
    }
  }
  if (ctx.isInvalid || !message.bodyElement.isConnected) return false;
  const items = result.items;
  if (!items.length) return false;
  const tone: CardTone = evidence.isBounce ? 'bounce' : 'quiet';
  mountCard(state, message.key, message.bodyElement, text, items, tone, message.subject);
  return true;
}

function mountCard(
  state: OverlayState, key: string, anchor: Element, textKey: string,
  items: ExplainedRecipient[], tone: CardTone, subject: string | null,
): void {
  const { ctx, cards, settings } = state;
  cards.get(key)?.ui.remove();
  void createShadowRootUi(ctx, {
    name: 'bounce-lens-card',
    position: 'inline',
    anchor,
    append: 'before',
    // Keeps Gmail's and Outlook's keyboard shortcuts from firing while the user works in the card.
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input'],
    onMount(container) {
      const host = document.createElement('div');
      container.append(host);
      render(
        <BounceCard
          items={items} tone={tone} subject={subject} theme={settings.theme}
          onDismiss={tone === 'send-failure' ? undefined : () => {
            void dismiss(key);
            cards.get(key)?.ui.remove();
            cards.delete(key);
            // Remembered at once, so the scan that follows does not bring the card back.
            state.checked.set(key, renderingOf(anchor));
          }}
        />,
        host,
      );
      return host;
    },
    onRemove(host) {
      if (host) render(null, host);
    },
  }).then((ui) => {
    if (ctx.isInvalid || !anchor.isConnected) return;
    cards.get(key)?.ui.remove();
    ui.mount();
    ui.shadowHost.setAttribute('data-bounce-lens', tone);
    cards.set(key, { ui, anchor, textKey });
  }).catch(() => {});
}
