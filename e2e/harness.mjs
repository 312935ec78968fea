// Browser-test harness: serves the fixture pages on 127.0.0.1, loads the built extension
// (.output/*-e2e, whose content scripts also match 127.0.0.1) into headless Chromium or Firefox,
// and records every request any page makes, so tests can prove nothing leaves the machine.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const FIXTURES = path.join(ROOT, 'e2e', 'fixtures');
export const GECKO_ID = 'bounce-lens@bouncelens.app';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.eml': 'message/rfc822' };

/** Static server for e2e/fixtures; `served` lists every path asked for, in order. */
export async function startFixtureServer() {
  const served = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    served.push(url.pathname + url.search);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = path.join(FIXTURES, path.normalize(url.pathname).replace(/^[/\\]+/, ''));
    if (!file.startsWith(FIXTURES) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, served, close: () => new Promise((r) => server.close(r)) };
}

function extensionDir(target) {
  const dir = path.join(ROOT, '.output', `${target}-e2e`);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is missing: run \`npm run build:e2e\` first`);
  }
  return dir;
}

/**
 * A page wrapper with the same small surface for both drivers, so every scenario runs unchanged
 * in both browsers.
 */
function wrapPage(page, kind, requests) {
  const errors = [];
  const logs = [];
  page.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
  page.on('console', (m) => {
    const type = typeof m.type === 'function' ? m.type() : m.type;
    logs.push(`${type}: ${m.text()}`);
    if (type === 'error') errors.push(m.text());
  });
  page.on('request', (r) => requests.push(r.url()));
  return {
    raw: page,
    errors,
    logs,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    /** Runs a script in every document the page loads, before the page's own scripts. */
    addInitScript: (source) => (kind === 'playwright' ? page.addInitScript(source) : page.evaluateOnNewDocument(source)),
    waitFor: (fn, arg, timeout = 10000) =>
      kind === 'playwright'
        ? page.waitForFunction(fn, arg, { timeout, polling: 50 })
        : page.waitForFunction(fn, { timeout, polling: 50 }, arg),
    setFiles: async (selector, files) => {
      if (kind === 'playwright') return page.locator(selector).setInputFiles(files);
      const input = await page.$(selector);
      return input.uploadFile(...files);
    },
    screenshot: (file) => page.screenshot({ path: file, fullPage: true }),
    setViewport: (w, h) => (kind === 'playwright' ? page.setViewportSize({ width: w, height: h }) : page.setViewport({ width: w, height: h })),
    close: () => page.close(),
  };
}

/** `withExtension: false` gives the same browser without Bounce Lens, for baseline measurements. */
export async function launchChromium({ withExtension = true } = {}) {
  const { chromium } = await import('playwright-core');
  const ext = withExtension ? extensionDir('chrome-mv3') : null;
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []), '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic', '--disable-dev-shm-usage',
    ],
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  let extensionOrigin = null;
  let sw = null;
  if (ext) {
    [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
    extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  }
  return {
    name: 'chromium',
    extensionOrigin,
    requests,
    newPage: async () => wrapPage(await context.newPage(), 'playwright', requests),
    /** Reloads the extension, as an update or a developer's reload does; its old content scripts lose their context. */
    reloadExtension: () => sw.evaluate(() => chrome.runtime.reload()).catch(() => {}),
    /** Chrome DevTools Protocol session, for main-thread metrics. */
    cdp: (page) => context.newCDPSession(page.raw),
    /** Extension pages load like any page in Chromium. */
    openExtensionPage: async (file) => {
      const page = wrapPage(await context.newPage(), 'playwright', requests);
      await page.goto(`${extensionOrigin}/${file}`);
      return page;
    },
    close: () => context.close(),
  };
}

export async function launchFirefox() {
  const puppeteer = (await import('puppeteer-core')).default;
  const ext = extensionDir('firefox-mv2');
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Needed only to open moz-extension:// pages (the popup) from the test.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Keep Firefox's own background traffic out of the request log and off the network.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'app.update.enabled': false,
    },
  });
  const addonId = await browser.installExtension(ext);
  const requests = [];
  const extensionOrigin = `moz-extension://${uuid}`;
  /** The tab each extension page (by path) opens in (see openExtensionPage). */
  const extensionPages = new Map();
  return {
    name: 'firefox',
    extensionOrigin,
    requests,
    newPage: async () => wrapPage(await browser.newPage(), 'puppeteer', requests),
    /** Removing the add-on is Firefox's closest test hook to a reload: its content scripts are torn down. */
    reloadExtension: () => browser.uninstallExtension(addonId),
    /**
     * Puppeteer never sees a moz-extension navigation finish, so it is fired and the DOM waited on. Opening
     * a tab and sending it from about:blank to the add-on is the step that, on a loaded machine, now and then
     * got lost and left Firefox's remote agent hung for every later tab; so it is done once per page, and
     * opening that page again reloads its tab at the new URL. `close` leaves the tab for the next time.
     */
    openExtensionPage: async (file) => {
      const url = `${extensionOrigin}/${file}`;
      const key = file.split('#')[0];
      let page = extensionPages.get(key);
      if (!page) {
        page = wrapPage(await browser.newPage(), 'puppeteer', requests);
        extensionPages.set(key, page);
        page.raw.goto(url).catch(() => {});
      } else {
        page.errors.length = 0;
        page.logs.length = 0;
        // The old document is marked, so the wait below cannot mistake it for the new one.
        await page.raw
          .evaluate((target) => {
            window.__bounceLensStale = true;
            window.history.replaceState(null, '', target);
            location.reload();
          }, url)
          .catch(() => {});
      }
      // A wait that starts before the navigation dies with it ("Waiting failed"): try again until the
      // extension page itself has rendered.
      const deadline = Date.now() + 30000;
      for (;;) {
        try {
          await page.raw.waitForFunction(
            (target) => location.href === new URL(target).href && !window.__bounceLensStale && document.readyState === 'complete' && !!document.querySelector('#app')?.firstChild,
            { timeout: 3000, polling: 50 }, url,
          );
          return { ...page, close: async () => {} };
        } catch (e) {
          if (Date.now() > deadline) throw e;
        }
      }
    },
    close: () => browser.close(),
  };
}

/** Requests that are neither the fixture server nor the extension's own files. */
export function foreignRequests(requests, allowedOrigins) {
  return requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank') return false;
    // The extension's own packaged files (WXT loads the card's CSS from a dynamic extension URL).
    if (u.startsWith('chrome-extension://') || u.startsWith('moz-extension://')) return false;
    return !allowedOrigins.some((o) => u.startsWith(o));
  });
}
