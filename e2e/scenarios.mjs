// The browser scenarios, written once and run in both browsers (chromium.test.mjs, firefox.test.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, ROOT, foreignRequests, startFixtureServer } from './harness.mjs';

/** Fixtures driven step by step by their own scenario below, not by the generic one. */
const NAVIGATION_FIXTURES = new Set(['gmail-nav.html']);

/** Reads each fixture's <meta name="fixture-*"> expectations. */
export function fixtureExpectations() {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html') && !NAVIGATION_FIXTURES.has(f))
    .sort()
    .map((file) => {
      const html = readFileSync(path.join(FIXTURES, file), 'utf8');
      const meta = (name) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1] ?? null;
      const expect = meta('fixture-expect') ?? 'none';
      const [kind, count] = expect.split(':');
      return {
        file,
        kind: kind === 'none' ? 'none' : kind,
        count: kind === 'none' ? 0 : Number(count ?? 1),
        quiet: Number(meta('fixture-quiet') ?? 0),
        hostile: meta('fixture-hostile') === 'true',
        silent: meta('fixture-silent') === 'true',
        reason: meta('fixture-title'),
        cardTitle: meta('fixture-card-title')?.replaceAll('&#39;', "'") ?? null,
        dynamic: /<script/i.test(html),
      };
    });
}

/** Runs in the page: what our overlays show, read through their shadow roots. */
function readCards() {
  const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => {
    try { return f.contentDocument; } catch { return null; }
  }).filter(Boolean)];
  return docs.flatMap((d) => [...d.querySelectorAll('bounce-lens-card')]).map((host) => {
    const root = host.shadowRoot;
    return {
      tone: host.getAttribute('data-bounce-lens'),
      heading: root?.querySelector('[data-testid=card-heading]')?.textContent ?? null,
      titles: [...(root?.querySelectorAll('[data-testid=card-title]') ?? [])].map((t) => t.textContent),
      reasons: [...(root?.querySelectorAll('[data-reason]') ?? [])].map((t) => t.getAttribute('data-reason')),
      rules: [...(root?.querySelectorAll('[data-rule]') ?? [])].map((t) => t.getAttribute('data-rule')),
    };
  });
}

/** Runs in the page: opens the card and lists anything in it that did not come from our own UI. */
function inspectHostileCard() {
  const root = document.querySelector('bounce-lens-card').shadowRoot;
  const all = [...root.querySelectorAll('*')];
  return {
    pwned: window.__pwned ?? null,
    foreignElements: all.filter((el) => /^(script|img|iframe|object|embed|a|form|input|svg|math|link|meta|base)$/i.test(el.tagName))
      .map((el) => el.tagName),
    handlerAttributes: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}@${a.name}`)),
    diagnostic: root.querySelector('[data-testid=card-diagnostic]')?.textContent ?? '',
    hiddenCharactersNote: !!root.querySelector('[data-testid=hidden-characters]'),
  };
}

/** Runs in the page: the page's own markup, with our overlay hosts taken out. */
function pageMarkupWithoutOverlays() {
  const clone = document.body.cloneNode(true);
  for (const host of clone.querySelectorAll('bounce-lens-card')) host.remove();
  return clone.innerHTML;
}

const SNAPSHOT_ON_LOAD = `document.addEventListener('DOMContentLoaded', () => {
  const clone = document.body.cloneNode(true);
  window.__pageMarkupAtLoad = clone.innerHTML;
});`;

export function defineBrowserSuite(launch) {
  describe(`${launch.name.replace('launch', '')}: Bounce Lens in a real browser`, () => {
    let browser;
    let server;
    before(async () => {
      server = await startFixtureServer();
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });
    const allowed = () => [server.origin, browser.extensionOrigin];

    it('opens the popup and explains a pasted error', async () => {
      const popup = await browser.openExtensionPage('popup.html');
      await popup.waitFor(() => !!document.querySelector('[data-testid=popup-root]'));
      await popup.evaluate(() => {
        const box = document.querySelector('[data-testid=paste-input]');
        box.value = '550 5.1.1 The email account that you tried to reach does not exist.';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        document.querySelector('[data-testid=explain-button]').click();
      });
      await popup.waitFor(() => !!document.querySelector('[data-testid=bounce-card] [data-testid=card-title]'));
      const title = await popup.evaluate(() => document.querySelector('[data-testid=card-title]').textContent);
      assert.ok(title && title.length > 3, `card title: ${title}`);
      assert.deepEqual(popup.errors, []);
      await popup.close();
    });

    /** Opens the popup and explains `text` in its paste box; the caller reads the card and closes the popup. */
    const explainInPopup = async (text) => {
      const popup = await browser.openExtensionPage('popup.html');
      await popup.waitFor(() => !!document.querySelector('[data-testid=paste-input]'));
      await popup.evaluate((pasted) => {
        document.querySelector('[data-testid=paste-input]').value = pasted;
        document.querySelector('[data-testid=explain-button]').click();
      }, text);
      return popup;
    };

    it('glosses the technical words of an explanation', async () => {
      const popup = await explainInPopup('550 5.7.26 This message does not pass authentication checks (SPF and DKIM both do not pass).');
      await popup.waitFor(() => !!document.querySelector('[data-testid=card-glossary]'));
      const terms = await popup.evaluate(() => [...document.querySelectorAll('[data-testid=card-glossary] dt')].map((dt) => dt.textContent));
      assert.ok(terms.includes('SPF') && terms.includes('DKIM'), `glossary terms: ${terms.join(', ')}`);
      assert.deepEqual(popup.errors, []);
      await popup.close();
    });

    it('tailors fix steps to the sending service chosen on the options page', async () => {
      // The popup reads settings after its first render; the card follows them once they arrive.
      const explainSteps = async (tailoredTo = null) => {
        const popup = await explainInPopup('535 5.7.8 Username and Password not accepted');
        await popup.waitFor(() => !!document.querySelector('[data-testid=card-details]'));
        if (tailoredTo) await popup.waitFor((words) => document.querySelector('[data-testid=card-details]').textContent.includes(words), tailoredTo).catch(() => {});
        const steps = await popup.evaluate(() => document.querySelector('[data-testid=card-details]').textContent);
        await popup.close();
        return steps;
      };
      const general = await explainSteps();
      const options = await browser.openExtensionPage('options.html');
      await options.waitFor(() => !!document.querySelector('[data-testid=service-select]'));
      await options.evaluate(() => {
        const select = document.querySelector('[data-testid=service-select]');
        select.value = 'gmail';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await options.waitFor(() => document.querySelector('[role=status]')?.textContent === 'Saved.');
      const tailored = await explainSteps('App passwords');
      assert.notEqual(tailored, general);
      assert.match(tailored, /App passwords/);
      await options.evaluate(() => {
        const select = document.querySelector('[data-testid=service-select]');
        select.value = 'unset';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await options.waitFor(() => document.querySelector('[data-testid=service-select]').value === 'unset');
      assert.deepEqual(options.errors, []);
      await options.close();
    });

    it('checks attachment sizes in the popup, from typed sizes and picked files', async () => {
      const popup = await browser.openExtensionPage('popup.html');
      await popup.waitFor(() => !!document.querySelector('[data-testid=tab-size]'));
      await popup.evaluate(() => document.querySelector('[data-testid=tab-size]').click());
      await popup.waitFor(() => !!document.querySelector('[data-testid=size-input]'));
      await popup.evaluate(() => {
        const input = document.querySelector('[data-testid=size-input]');
        input.value = '24 MB';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        document.querySelector('[data-testid=size-form]').requestSubmit();
      });
      await popup.waitFor(() => !!document.querySelector('[data-testid=provider-row-gmail]'));
      const verdicts = await popup.evaluate(() => Object.fromEntries(
        [...document.querySelectorAll('[data-testid^=provider-row-]')].map((r) => [r.dataset.testid.slice(13), r.dataset.verdict])));
      // 24 MB of files: over Gmail's 25 MB once encoded? Gmail counts the files themselves (close), the
      // encoded-message limits of 20 and 25 MB are exceeded.
      assert.equal(verdicts.gmail, 'close', JSON.stringify(verdicts));
      assert.ok(Object.values(verdicts).includes('too-big'), JSON.stringify(verdicts));
      assert.ok(Object.values(verdicts).includes('fits'), JSON.stringify(verdicts));

      const dir = mkdtempSync(path.join(tmpdir(), 'bl-files-'));
      const realPdf = path.join(dir, 'invoice.pdf');
      const fakePdf = path.join(dir, 'contract.pdf');
      writeFileSync(realPdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 32)]));
      writeFileSync(fakePdf, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048)]));
      await popup.evaluate(() => document.querySelector('[data-testid=clear-files]')?.click());
      await popup.setFiles('[data-testid=file-input]', [realPdf, fakePdf]);
      await popup.waitFor(() => document.querySelectorAll('[data-testid=file-item]').length === 2);
      await popup.waitFor(() => document.querySelectorAll('[data-testid=mismatch-warning]').length === 1);
      const warning = await popup.evaluate(() => document.querySelector('[data-testid=mismatch-warning]').closest('[data-testid=file-item]').textContent);
      assert.match(warning, /contract\.pdf/);
      assert.deepEqual(popup.errors, []);
      await popup.close();
    });

    it('explains selected text on the page the context menu opens', async () => {
      const text = encodeURIComponent('421 4.7.0 Try again later, closing connection. (EHLO) too many messages from your IP');
      const page = await browser.openExtensionPage(`explain.html#${text}`);
      await page.waitFor(() => !!document.querySelector('[data-testid=explain-page] [data-testid=card-title]'));
      const side = await page.evaluate(() => document.querySelector('[data-testid=card-side]').textContent);
      assert.ok(side.length > 3);
      await page.evaluate(() => {
        const box = document.querySelector('[data-testid=paste-input]');
        box.value = 'hello there, lunch at noon?';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        document.querySelector('[data-testid=explain-button]').click();
      });
      await page.waitFor(() => !!document.querySelector('[data-testid=explain-hint]'));
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    for (const fx of fixtureExpectations()) {
      it(`${fx.file}: ${fx.kind === 'none' ? 'shows no card' : `shows ${fx.count} ${fx.kind} card(s)`}`, async () => {
        const page = await browser.newPage();
        if (!fx.dynamic) await page.addInitScript(SNAPSHOT_ON_LOAD);
        await page.goto(`${server.origin}/${fx.file}`);
        const expected = fx.count + fx.quiet;
        if (expected > 0) {
          await page.waitFor(`(() => { const cards = (${readCards})();
            return cards.length >= ${expected} && cards.every((c) => c.titles.length > 0); })()`);
        } else {
          await new Promise((r) => setTimeout(r, 1200));
        }
        const cards = await page.evaluate(readCards);
        assert.equal(cards.length, expected, `cards: ${JSON.stringify(cards)}`);
        if (fx.cardTitle && fx.kind === 'send-failure') {
          assert.ok(cards.some((c) => c.titles.includes(fx.cardTitle)), `expected a "${fx.cardTitle}" card in ${JSON.stringify(cards)}`);
        }
        assert.equal(cards.filter((c) => c.tone === 'quiet').length, fx.quiet, `quiet cards: ${JSON.stringify(cards)}`);
        for (const card of cards.filter((c) => c.tone !== 'quiet')) {
          assert.equal(card.tone, fx.kind === 'send-failure' ? 'send-failure' : 'bounce');
          assert.ok(card.titles.length > 0 && card.titles.every((t) => t && t.length > 2), JSON.stringify(card));
          if (fx.cardTitle && fx.kind === 'bounce') assert.ok(card.titles.includes(fx.cardTitle), `expected title "${fx.cardTitle}" in ${JSON.stringify(card.titles)}`);
          if (fx.reason && fx.kind === 'bounce') assert.ok(card.reasons.includes(fx.reason), `expected reason ${fx.reason} in ${JSON.stringify(card.reasons)}`);
        }
        // The card lives in a shadow root, never in the page's own DOM.
        assert.equal(await page.evaluate(() => document.querySelector('[data-testid=bounce-card]')), null);
        if (!fx.dynamic) {
          const before = await page.evaluate(() => window.__pageMarkupAtLoad);
          const after = await page.evaluate(pageMarkupWithoutOverlays);
          assert.equal(after, before, 'the page DOM was modified');
        }
        if (fx.hostile) {
          await page.evaluate(() => document.querySelector('bounce-lens-card').shadowRoot.querySelector('[data-testid=card-expand]').click());
          await page.waitFor(() => !!document.querySelector('bounce-lens-card').shadowRoot.querySelector('[data-testid=card-diagnostic]'));
          const inert = await page.evaluate(inspectHostileCard);
          assert.ok(inert.hiddenCharactersNote, 'the card says invisible characters were removed');
          assert.ok(!/[\u202A-\u202E\u200B]/.test(inert.diagnostic), 'bidi overrides and zero-width characters are not shown');
          assert.equal(inert.pwned, null, 'a script from the bounce ran');
          assert.deepEqual(inert.foreignElements, [], 'elements from the mail appeared in the card');
          assert.deepEqual(inert.handlerAttributes, [], 'event-handler attributes in the card');
          assert.ok(inert.diagnostic.includes('<script>'), 'markup in the bounce is shown as text');
          assert.ok(inert.diagnostic.length <= 2100, `diagnostic is capped (${inert.diagnostic.length})`);
          assert.equal(await page.evaluate(() => typeof document.body.click), 'function');
        }
        if (fx.silent) assert.deepEqual(page.logs, [], 'the extension logged to the page');
        assert.deepEqual(page.errors, []);
        await page.close();
      });
    }

    it('follows Gmail navigation: list, bounce, normal mail, back, re-render', async () => {
      const page = await browser.newPage();
      const count = () => page.evaluate(() => document.querySelectorAll('bounce-lens-card').length);
      const waitCount = (n) => page.waitFor((k) => document.querySelectorAll('bounce-lens-card').length === k
        && [...document.querySelectorAll('bounce-lens-card')].every((h) => h.shadowRoot?.querySelector('[data-testid=card-title]')), n);
      const settle = () => new Promise((r) => setTimeout(r, 900));
      await page.goto(`${server.origin}/gmail-nav.html#inbox`);
      await settle();
      assert.equal(await count(), 0, 'no card on the inbox list');
      await page.evaluate(() => { location.hash = '#inbox/FMfcgzQbounce0000000000000000001'; });
      await waitCount(1);
      await page.evaluate(() => { location.hash = '#inbox/FMfcgzQnormal0000000000000000002'; });
      await waitCount(0);
      await page.evaluate(() => { location.hash = '#inbox/FMfcgzQbounce0000000000000000001'; });
      await waitCount(1);
      await page.evaluate(() => { location.hash = '#rerender'; });
      await settle();
      await waitCount(1);
      await settle();
      assert.equal(await count(), 1, 'a re-rendered message keeps exactly one card');
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    it('made no request to any other origin', () => {
      assert.deepEqual(foreignRequests(browser.requests, allowed()), []);
    });

    // Last: it takes the extension away from this browser. Firefox freezes a removed add-on's content
    // scripts outright (no code of ours runs again), so there is nothing we can clean up with there.
    const firefox = launch.name === 'launchFirefox';
    it('removes its cards when the extension is reloaded', { skip: firefox && 'Firefox gives a removed add-on no chance to clean up' }, async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/gmail-thread.html`);
      await page.waitFor(() => document.querySelectorAll('bounce-lens-card').length === 1);
      await browser.reloadExtension();
      await page.waitFor(() => document.querySelectorAll('bounce-lens-card').length === 0, undefined, 15000);
      const markup = await page.evaluate(() => document.body.innerHTML.includes('bounce-lens'));
      assert.equal(markup, false, 'something of ours was left in the page');
      await page.close();
    });
  });
}

export function screenshotDir() {
  const dir = path.join(ROOT, 'e2e', 'artifacts');
  mkdirSync(dir, { recursive: true });
  return dir;
}
