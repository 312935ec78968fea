// Long fuzz run (`npm run fuzz [-- --runs N] [--seed S] [--only substring] [--max-ms MS] [--small]`).
// Uses the same property definitions as the CI run (tests/fuzz/properties.ts), with bigger inputs.
// Reports per property: cases run, failures (with the shrunk counterexample), max and p99 time per
// case. A case slower than --max-ms (default 2000) is a finding too: hostile text must not freeze
// the webmail tab. Exits 1 on any finding.
import fc from 'fast-check';
import { buildProperties, toFcProperty, type FuzzProperty } from '../tests/fuzz/properties';
import { CI_SIZES, LONG_SIZES } from '../tests/fuzz/arbitraries';

interface Args {
  runs: number;
  seed: number;
  only?: string;
  small: boolean;
  maxMs: number;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(get('--runs') ?? 100_000);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${get('--runs')}`);
  return { runs, seed: Number(get('--seed') ?? Date.now() % 2 ** 31), only: get('--only'), small: argv.includes('--small'), maxMs: Number(get('--max-ms') ?? 2000) };
}

function describeValue(value: unknown): string {
  const s = fc.stringify(value);
  return s.length > 300 ? `${s.slice(0, 300)}... (${s.length} chars)` : s;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Outcome {
  name: string;
  runs: number;
  failed: boolean;
  counterexample?: string;
  error?: string;
  seed: number;
  path?: string;
  maxMs: number;
  p99Ms: number;
  medianMs: number;
  slowest?: string;
  slowCases: number;
  wallMs: number;
}

async function runOne(p: FuzzProperty, numRuns: number, seed: number, maxMs: number): Promise<Outcome> {
  const times: number[] = [];
  let max = -1;
  let slowest: unknown;
  const step = Math.max(1000, Math.ceil(numRuns / 10));
  const onCase = (ms: number, value: unknown) => {
    times.push(ms);
    if (times.length % step === 0) process.stderr.write(`     ... ${times.length}/${numRuns} cases\n`);
    if (ms > max) {
      max = ms;
      slowest = value;
    }
  };
  const started = performance.now();
  const prop = toFcProperty(p, onCase);
  const details = p.async
    ? await fc.check(prop as fc.IAsyncProperty<[unknown]>, { numRuns, seed })
    : fc.check(prop as fc.IProperty<[unknown]>, { numRuns, seed });
  const sorted = times.slice().sort((a, b) => a - b);
  return {
    name: p.name,
    runs: details.numRuns,
    failed: details.failed,
    counterexample: details.failed ? describeValue(details.counterexample?.[0]) : undefined,
    error: details.failed ? String(details.errorInstance).split('\n')[0] : undefined,
    seed: details.seed,
    path: details.counterexamplePath ?? undefined,
    maxMs: max,
    p99Ms: percentile(sorted, 99),
    medianMs: percentile(sorted, 50),
    slowest: slowest === undefined ? undefined : describeValue(slowest),
    slowCases: times.filter((t) => t > maxMs).length,
    wallMs: performance.now() - started,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const props = buildProperties(args.small ? CI_SIZES : LONG_SIZES).filter((p) => !args.only || p.name.includes(args.only));
  const totalWeight = props.reduce((s, p) => s + p.weight, 0);
  console.log(`fuzz: ${args.runs} cases over ${props.length} properties, seed ${args.seed}${args.small ? ' (CI input sizes)' : ''}`);
  const outcomes: Outcome[] = [];
  for (const p of props) {
    const numRuns = Math.max(1, Math.round((args.runs * p.weight) / totalWeight));
    const o = await runOne(p, numRuns, args.seed, args.maxMs);
    outcomes.push(o);
    console.log(
      `${o.failed ? 'FAIL' : o.slowCases ? 'SLOW' : 'ok  '} ${o.name}\n     cases ${o.runs}, failures ${o.failed ? 1 : 0}, ` +
        `median ${o.medianMs.toFixed(2)} ms, p99 ${o.p99Ms.toFixed(2)} ms, max ${o.maxMs.toFixed(1)} ms, wall ${(o.wallMs / 1000).toFixed(1)} s`,
    );
    if (o.maxMs > 250 && o.slowest) console.log(`     slowest case: ${o.slowest}`);
    if (o.slowCases) console.log(`     SLOW: ${o.slowCases} case(s) over ${args.maxMs} ms`);
    if (o.failed) {
      console.log(`     error: ${o.error}`);
      console.log(`     shrunk counterexample: ${o.counterexample}`);
      console.log(`     replay: --seed ${o.seed} (path ${o.path})`);
    }
  }
  const failures = outcomes.filter((o) => o.failed || o.slowCases > 0);
  const cases = outcomes.reduce((s, o) => s + o.runs, 0);
  console.log(`\nfuzz summary: ${cases} cases, ${props.length} properties, ${failures.length} with findings`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
