// Runs `web-ext lint` on the Firefox build and fails on any error, and on any warning that is not
// explained below. A new warning therefore needs a reason here (and in SECURITY.md), not a shrug.
import { execFileSync } from 'node:child_process';

const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(chunks\/jsxRuntime-[\w-]+\.js|content-scripts\/(gmail|outlook)\.js)$/,
    why: "Preact's renderer contains the innerHTML branch behind dangerouslySetInnerHTML; our lint rules forbid that prop, so the branch never runs.",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/jsxRuntime-[\w-]+\.js$/,
    why: "zod's feature probe `Function('')` inside try/catch; settings set zod to jitless so it is never called, and the pages' CSP forbids eval anyway.",
  },
];

const dir = process.argv[2] ?? '.output/firefox-mv2';
let raw;
try {
  raw = execFileSync('npx', ['web-ext', 'lint', '-s', dir, '--self-hosted', '--output', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
} catch (e) {
  raw = e.stdout; // web-ext exits non-zero when it finds errors; the JSON still says what.
}
const report = JSON.parse(raw.slice(raw.indexOf('{')));
const unexplained = report.warnings.filter((w) => !EXPLAINED.some((x) => x.code === w.code && x.file.test(w.file ?? '')));
console.log(`web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained), ${report.notices.length} notices`);
for (const w of report.warnings) {
  const known = EXPLAINED.find((x) => x.code === w.code && x.file.test(w.file ?? ''));
  console.log(`  ${known ? 'explained' : 'UNEXPLAINED'} ${w.code} ${w.file ?? ''}${known ? ` — ${known.why}` : `: ${w.message}`}`);
}
for (const e of report.errors) console.log(`  ERROR ${e.code} ${e.file ?? ''}: ${e.message}`);
if (report.errors.length || unexplained.length) process.exit(1);
