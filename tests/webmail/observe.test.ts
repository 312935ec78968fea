// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeReadingArea } from '../../lib/webmail/observe';

/** Lets MutationObserver callbacks (microtasks) run, then advances the debounce clock. */
async function settle(ms: number): Promise<void> {
  await Promise.resolve();
  await new Promise((r) => queueMicrotask(() => r(undefined)));
  await vi.advanceTimersByTimeAsync(ms);
}

const findMain = (doc: Document) => doc.querySelector('#main');

describe('observeReadingArea', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="shell"><div id="main"><p>first</p></div></div><div id="outside"></div>';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls onChange once for a burst of mutations, after the debounce', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    observeReadingArea({ doc: document, findRoot: findMain, onChange, signal: controller.signal });
    const main = document.getElementById('main')!;
    for (let i = 0; i < 20; i++) main.appendChild(document.createElement('div'));
    await settle(100);
    expect(onChange).not.toHaveBeenCalled();
    await settle(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('ignores changes outside the reading area once it is found', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    observeReadingArea({ doc: document, findRoot: findMain, onChange, signal: controller.signal });
    document.getElementById('outside')!.appendChild(document.createElement('span'));
    await settle(300);
    expect(onChange).not.toHaveBeenCalled();
    controller.abort();
  });

  it('stops on abort: no pending call fires and later mutations are ignored', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    observeReadingArea({ doc: document, findRoot: findMain, onChange, signal: controller.signal, debounceMs: 50 });
    const main = document.getElementById('main')!;
    main.appendChild(document.createElement('div'));
    await Promise.resolve();
    controller.abort();
    await settle(200);
    main.appendChild(document.createElement('div'));
    window.dispatchEvent(new Event('hashchange'));
    await settle(200);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does nothing when the signal is already aborted', async () => {
    const onChange = vi.fn();
    const findRoot = vi.fn(findMain);
    observeReadingArea({ doc: document, findRoot, onChange, signal: AbortSignal.abort() });
    document.getElementById('main')!.appendChild(document.createElement('div'));
    await settle(300);
    expect(findRoot).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('waits on the body until the root appears, then narrows to it', async () => {
    document.body.innerHTML = '<div id="shell"></div><div id="outside"></div>';
    const onChange = vi.fn();
    const controller = new AbortController();
    observeReadingArea({ doc: document, findRoot: findMain, onChange, signal: controller.signal });
    const main = document.createElement('div');
    main.id = 'main';
    document.getElementById('shell')!.appendChild(main);
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    document.getElementById('outside')!.appendChild(document.createElement('span'));
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    main.appendChild(document.createElement('p'));
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('re-scopes when the root is replaced by a new node', async () => {
    const onChange = vi.fn();
    const findRoot = vi.fn(findMain);
    const controller = new AbortController();
    observeReadingArea({ doc: document, findRoot, onChange, signal: controller.signal });
    const oldMain = document.getElementById('main')!;
    const newMain = document.createElement('div');
    newMain.id = 'main';
    oldMain.replaceWith(newMain);
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(findRoot.mock.results.at(-1)?.value).toBe(newMain);

    // The new root is watched…
    newMain.appendChild(document.createElement('p'));
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(2);
    // …and the detached old one no longer is.
    oldMain.appendChild(document.createElement('p'));
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('re-scopes when a whole ancestor of the root is swapped', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    observeReadingArea({ doc: document, findRoot: findMain, onChange, signal: controller.signal });
    const shell = document.createElement('div');
    shell.id = 'shell';
    shell.innerHTML = '<div id="main"><p>second</p></div>';
    document.getElementById('shell')!.replaceWith(shell);
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    document.getElementById('main')!.appendChild(document.createElement('p'));
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('follows hash navigation: finds the new root even when no mutation reaches the old one', async () => {
    document.body.innerHTML = '<div id="a" class="view"><div class="main"></div></div><div id="b" class="view" style="display:none"><div class="main"></div></div>';
    const visibleMain = (doc: Document) => doc.querySelector('.view:not([style*="none"]) .main');
    const onChange = vi.fn();
    const controller = new AbortController();
    observeReadingArea({ doc: document, findRoot: visibleMain, onChange, signal: controller.signal });
    // Gmail switches cached views by toggling display:none on their wrappers (an attribute outside the root).
    document.getElementById('a')!.setAttribute('style', 'display:none');
    document.getElementById('b')!.removeAttribute('style');
    window.dispatchEvent(new Event('hashchange'));
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    document.querySelector('#b .main')!.appendChild(document.createElement('p'));
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('notices History API navigation (no event) through the location check on the next mutations', async () => {
    const onChange = vi.fn();
    const findRoot = vi.fn(findMain);
    const controller = new AbortController();
    observeReadingArea({ doc: document, findRoot, onChange, signal: controller.signal });
    const callsBefore = findRoot.mock.calls.length;
    history.pushState(null, '', '/mail/0/inbox/id/AAQkAD');
    document.getElementById('main')!.appendChild(document.createElement('p'));
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(findRoot.mock.calls.length).toBeGreaterThan(callsBefore);
    controller.abort();
  });

  it('honours a custom debounce', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    observeReadingArea({ doc: document, findRoot: findMain, onChange, signal: controller.signal, debounceMs: 500 });
    document.getElementById('main')!.appendChild(document.createElement('p'));
    await settle(400);
    expect(onChange).not.toHaveBeenCalled();
    await settle(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });
});
