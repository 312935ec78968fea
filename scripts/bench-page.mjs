// `npm run bench:page`: what Bounce Lens costs a busy webmail page, in headless Chromium.
// 1. Main-thread time: the same churning page (e2e/fixtures/bench/busy-inbox.html) for the same time,
//    with and without the extension, alternating runs; the extra time as a share of the page's own.
// 2. Latency: a bounce is put into the open thread while the page churns; the time until its card
//    is on the page, over many bounces (p50, p95, max).
import { launchChromium, startFixtureServer } from '../e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHURN_MS = Number(process.env.BENCH_CHURN_MS ?? 4000);
const BOUNCES = Number(process.env.BENCH_BOUNCES ?? 40);

const server = await startFixtureServer();
const url = `${server.origin}/bench/busy-inbox.html`;

async function mainThreadMs(browser) {
  const page = await browser.newPage();
  await page.goto(url);
  await new Promise((r) => setTimeout(r, 500));
  const cdp = await browser.cdp(page);
  await cdp.send('Performance.enable');
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await read();
  await page.evaluate(() => window.__bench.startChurn());
  await new Promise((r) => setTimeout(r, CHURN_MS));
  await page.evaluate(() => window.__bench.stopChurn());
  const after = await read();
  await page.close();
  return {
    task: (after.TaskDuration - before.TaskDuration) * 1000,
    script: (after.ScriptDuration - before.ScriptDuration) * 1000,
  };
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const median = (xs) => percentile(xs, 50);

const withExt = await launchChromium();
const without = await launchChromium({ withExtension: false });
const samples = { with: [], without: [] };
for (let i = 0; i < RUNS; i++) {
  samples.without.push(await mainThreadMs(without));
  samples.with.push(await mainThreadMs(withExt));
}
await without.close();

// Latency from a bounce appearing to its card, with the page churning.
const page = await withExt.newPage();
await page.goto(url);
await page.evaluate(() => window.__bench.startChurn());
const latencies = [];
for (let n = 1; n <= BOUNCES; n++) {
  const ms = await page.evaluate((k) => new Promise((resolve) => {
    const obs = new MutationObserver(() => {
      const host = document.querySelector('bounce-lens-card');
      if (host?.shadowRoot?.querySelector('[data-testid=card-title]')) {
        obs.disconnect();
        resolve(performance.now() - start);
      }
    });
    obs.observe(document.body, { childList: true, subtree: true });
    const start = window.__bench.insertBounce(k);
    setTimeout(() => { obs.disconnect(); resolve(Infinity); }, 5000);
  }), n);
  latencies.push(ms);
  await new Promise((r) => setTimeout(r, 100));
}
await page.evaluate(() => window.__bench.stopChurn());
await withExt.close();
await server.close();

const taskWith = median(samples.with.map((s) => s.task));
const taskWithout = median(samples.without.map((s) => s.task));
const overhead = ((taskWith - taskWithout) / taskWithout) * 100;
console.log(`Page cost (${RUNS} runs of ${CHURN_MS} ms of DOM churn each, median main-thread task time):`);
console.log(`  without Bounce Lens: ${taskWithout.toFixed(1)} ms   with: ${taskWith.toFixed(1)} ms   extra: ${overhead.toFixed(2)}% (target < 2%)`);
const scriptWith = median(samples.with.map((s) => s.script));
const scriptWithout = median(samples.without.map((s) => s.script));
console.log(`  script time without: ${scriptWithout.toFixed(1)} ms   with: ${scriptWith.toFixed(1)} ms   extra script time as a share of the page's task time: ${(((scriptWith - scriptWithout) / taskWithout) * 100).toFixed(2)}%`);
console.log('  (task-time medians move by a few percent between runs on a 2-core machine; the script-time difference is the steadier figure)');
const missed = latencies.filter((l) => !Number.isFinite(l)).length;
console.log(`Bounce to card (${BOUNCES} bounces while churning): p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms${missed ? `, ${missed} never showed` : ''} (target p95 < 300 ms)`);
