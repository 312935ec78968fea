/**
 * The one shared observer for webmail pages (landscape.md §3: one shared helper, no observer per feature).
 * Until the reading area exists it watches the body cheaply (childList only); once found it watches only the
 * reading area (the InboxSDK pattern), plus the root's ancestors (childList, no subtree) so a replaced or
 * detached root is noticed. Calls are debounced; SPA navigation (hash routes in Gmail, History API in OWA,
 * which fires no event) is followed through hashchange/popstate and a location check on every batch.
 */

export interface ObserveReadingAreaOptions {
  doc: Document;
  findRoot: (doc: Document) => Element | null;
  onChange: () => void;
  /** Quiet time before onChange runs after a burst of mutations. */
  debounceMs?: number;
  signal: AbortSignal;
}

/** Mutations on these attributes inside the reading area can show or hide a message (expand/collapse, cached views). */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'aria-expanded'];

export function observeReadingArea(opts: ObserveReadingAreaOptions): void {
  const { doc, findRoot, onChange, signal } = opts;
  const debounceMs = opts.debounceMs ?? 150;
  if (signal.aborted) return;
  const win = doc.defaultView;
  const MutationObserverImpl: typeof MutationObserver | undefined =
    (win as (Window & typeof globalThis) | null)?.MutationObserver ?? globalThis.MutationObserver;
  if (!MutationObserverImpl) return;

  let root: Element | null = null;
  let lastHref = currentHref(doc);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Set when something outside the root changed (an ancestor's children, navigation): look for the root again.
  let rootInDoubt = true;

  const observer = new MutationObserverImpl((records) => {
    if (signal.aborted) return;
    if (root) {
      for (const record of records) {
        if (!root.contains(record.target)) {
          rootInDoubt = true;
          break;
        }
      }
    }
    if (currentHref(doc) !== lastHref) rootInDoubt = true;
    schedule();
  });

  function scope(): void {
    const found = findRoot(doc);
    if (found === root && root !== null) return;
    observer.disconnect();
    root = found;
    if (root) {
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES });
      for (let ancestor = root.parentNode; ancestor; ancestor = ancestor.parentNode) {
        observer.observe(ancestor, { childList: true });
      }
    } else {
      const target = doc.body ?? doc.documentElement;
      if (target) observer.observe(target, { childList: true, subtree: true });
    }
  }

  function fire(): void {
    timer = undefined;
    if (signal.aborted) return;
    const href = currentHref(doc);
    if (href !== lastHref) {
      lastHref = href;
      rootInDoubt = true;
    }
    if (rootInDoubt || !root || !root.isConnected) {
      rootInDoubt = false;
      scope();
    }
    onChange();
  }

  // The first change of a burst starts the clock and later ones ride along: a page that never stops
  // changing (a clock, a chat roster) cannot postpone the check forever, and a new bounce waits at
  // most debounceMs.
  function schedule(): void {
    if (signal.aborted || timer !== undefined) return;
    timer = setTimeout(fire, debounceMs);
  }

  const onNavigation = () => {
    rootInDoubt = true;
    schedule();
  };

  scope();
  rootInDoubt = false;
  win?.addEventListener('hashchange', onNavigation);
  win?.addEventListener('popstate', onNavigation);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      win?.removeEventListener('hashchange', onNavigation);
      win?.removeEventListener('popstate', onNavigation);
    },
    { once: true },
  );
}

function currentHref(doc: Document): string {
  try {
    return doc.defaultView?.location.href ?? doc.URL;
  } catch {
    return doc.URL;
  }
}
