// Saves pictures of the popup and the webmail card, taken from the built extension in headless
// Chromium against the same fixture pages the browser tests use. `npm run screenshots`.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { launchChromium, ROOT, startFixtureServer } from '../e2e/harness.mjs';

const OUT = path.join(ROOT, 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });
const server = await startFixtureServer();
const browser = await launchChromium();
const shots = [];

async function popupShot(name, prepare) {
  const page = await browser.openExtensionPage('popup.html');
  await page.setViewport(400, 640);
  await page.waitFor(() => !!document.querySelector('[data-testid=popup-root]'));
  await prepare(page);
  const file = path.join(OUT, `${name}.png`);
  await page.raw.screenshot({ path: file });
  shots.push(file);
  await page.close();
}

await popupShot('popup-explain', async (page) => {
  await page.evaluate(() => {
    const box = document.querySelector('[data-testid=paste-input]');
    box.value = '550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy.';
    document.querySelector('[data-testid=explain-button]').click();
  });
  await page.waitFor(() => !!document.querySelector('[data-testid=card-title]'));
});

await popupShot('popup-attachments', async (page) => {
  await page.evaluate(() => document.querySelector('[data-testid=tab-size]').click());
  await page.waitFor(() => !!document.querySelector('[data-testid=size-input]'));
  await page.evaluate(() => {
    document.querySelector('[data-testid=size-input]').value = '22 MB';
    document.querySelector('[data-testid=size-form]').requestSubmit();
  });
  await page.waitFor(() => !!document.querySelector('[data-testid=provider-row-gmail]'));
});

for (const [name, fixture] of [['card-gmail', 'gmail-thread.html'], ['card-outlook', 'outlook-live.html']]) {
  const page = await browser.newPage();
  await page.setViewport(1100, 800);
  await page.goto(`${server.origin}/${fixture}`);
  await page.waitFor(() => !!document.querySelector('bounce-lens-card')?.shadowRoot?.querySelector('[data-testid=card-expand]'));
  await page.evaluate(() => {
    const host = document.querySelector('bounce-lens-card');
    host.shadowRoot.querySelector('[data-testid=card-expand]').click();
    host.scrollIntoView();
  });
  const host = await page.raw.$('bounce-lens-card');
  const file = path.join(OUT, `${name}.png`);
  await host.screenshot({ path: file });
  shots.push(file);
  await page.close();
}

await browser.close();
await server.close();
console.log(`saved:\n${shots.map((f) => `  ${path.relative(ROOT, f)}`).join('\n')}`);
