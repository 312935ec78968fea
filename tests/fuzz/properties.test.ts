// Short fuzz run for CI: every property from tests/fuzz/properties.ts with a fixed case count.
// The long run is `npm run fuzz` (scripts/fuzz.ts), over the same definitions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildProperties, toFcProperty } from './properties';

const RUNS = Number(process.env.FUZZ_CI_RUNS ?? 300);

describe('fuzz (short run)', () => {
  for (const p of buildProperties()) {
    it(p.name, async () => {
      const details = p.async
        ? await fc.check(toFcProperty(p) as fc.IAsyncProperty<[unknown]>, { numRuns: RUNS })
        : fc.check(toFcProperty(p) as fc.IProperty<[unknown]>, { numRuns: RUNS });
      const message = details.failed
        ? `counterexample (seed ${details.seed}, path ${details.counterexamplePath}): ${fc.stringify(details.counterexample)}\n${details.errorInstance}`
        : '';
      expect(details.failed, message).toBe(false);
      expect(details.numRuns).toBe(RUNS);
    });
  }
});

describe('fuzz harness', () => {
  it('catches a failing property and shrinks the counterexample', () => {
    // A stand-in "decoder" with a planted bug: it throws on any text containing a right-to-left override.
    const buggy = {
      name: 'planted bug',
      weight: 1,
      arbitrary: fc.string({ unit: fc.constantFrom('a', '\u202E', 'b'), maxLength: 20 }),
      check: (text: unknown) => {
        if (String(text).includes('\u202E')) throw new Error('planted');
      },
    };
    const details = fc.check(toFcProperty(buggy) as fc.IProperty<[unknown]>, { numRuns: 200, seed: 1 });
    expect(details.failed).toBe(true);
    expect(details.counterexample?.[0]).toBe('\u202E');
  });
});
