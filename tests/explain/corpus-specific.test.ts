import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../lib/cli/corpus-eval';
import { explainFact } from '../../lib/explain';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
const HAS_CORPUS = existsSync(path.join(CORPUS, 'expected.jsonl'));
if (!HAS_CORPUS) console.warn(`bounce corpus not found at ${CORPUS}: specific-explanation floor skipped`);

describe.skipIf(!HAS_CORPUS)('knowledge base on the decoded corpus', () => {
  it('gives at least 90% of corpus recipients a specific explanation, not the fallback', async () => {
    let specific = 0;
    let total = 0;
    await evaluateCorpus(CORPUS, {
      rawOnly: true,
      onFact: (fact) => {
        total++;
        if (fact && !explainFact(fact).fallback) specific++;
      },
    });
    expect(total).toBeGreaterThan(300);
    expect(specific / total).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
