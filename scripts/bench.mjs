// `npm run bench`: runs lib/cli/bench.ts as one bundled file, the way the engine ships. The extension's
// background worker is a single bundle, where calls between modules are plain local calls; run through tsx,
// every module keeps its own scope and each imported binding is looked up through the module record, which
// measured about 4% slower on the same code. Arguments pass through (npm run bench -- CORPUS_DIR).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'bounce-lens-bench-'));
const outfile = path.join(dir, 'bench.mjs');
let status;
try {
  await build({
    entryPoints: [path.join(root, 'lib/cli/bench.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  // The bundle runs from the repository, so relative paths (the default ../shared/corpus) resolve as before.
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: process.cwd(), stdio: 'inherit' });
  status = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
