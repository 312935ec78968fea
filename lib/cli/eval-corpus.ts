import path from 'node:path';
import { existsSync } from 'node:fs';
import { explainFact } from '../explain';
import { evaluateCorpus, formatScore, ratio } from './corpus-eval';
import { runMain } from './run-main';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dirArg = args.find((a) => !a.startsWith('--'));
  const dir = path.resolve(dirArg ?? path.resolve(process.cwd(), '../shared/corpus'));
  if (!existsSync(path.join(dir, 'expected.jsonl'))) {
    console.error(`bounce corpus not found at ${dir}`);
    return 2;
  }
  // Knowledge-base coverage: how many corpus recipients get a specific explanation, not the generic fallback.
  const explained = { specific: 0, total: 0, fallbackRules: new Map<string, number>() };
  const result = await evaluateCorpus(dir, {
    onFact: (fact) => {
      explained.total++;
      const e = fact ? explainFact(fact) : null;
      if (e && !e.fallback) explained.specific++;
      else explained.fallbackRules.set(e?.rule ?? 'no fact', (explained.fallbackRules.get(e?.rule ?? 'no fact') ?? 0) + 1);
    },
  });
  console.log(`corpus: ${dir}`);
  console.log(`unique files scored: ${result.uniqueFiles}; other messages decoded: ${result.extraMessages}; negatives: ${result.negatives.falsePositives}/${result.negatives.files} wrongly called bounces${result.negatives.falsePositiveFiles.length ? ` (${result.negatives.falsePositiveFiles.join(', ')})` : ''}; ${result.elapsedMs} ms`);
  console.log(formatScore('raw message (.eml)', result.raw));
  console.log(formatScore('visible text (what a webmail shows)', result.visible));
  const fallbacks = [...explained.fallbackRules].map(([rule, n]) => `${rule} ${n}`).join(', ');
  console.log(`explanations: specific ${explained.specific}/${explained.total} = ${(100 * ratio(explained.specific, explained.total)).toFixed(1)}% of corpus recipients${fallbacks ? ` (fallback: ${fallbacks})` : ''}`);
  if (args.includes('--families')) {
    console.log('\nfamily                     files  det  rcpt  status  reply  reason  hard | visible: status  reason');
    const p = (a: number, b: number) => (b === 0 ? '   -' : `${Math.round(100 * ratio(a, b))}`.padStart(4));
    for (const [fam, { raw: s, visible: v }] of Object.entries(result.families).sort()) {
      console.log(
        `${fam.padEnd(26)} ${String(s.files).padStart(5)} ${p(s.detected, s.files)} ${p(s.recipientsRight, s.recipientFiles)}  ${p(s.statusRight, s.statusTotal)}   ${p(s.replyRight, s.replyTotal)}   ${p(s.reasonRight, s.reasonTotal)}  ${p(s.hardRight, s.hardTotal)} |          ${p(v.statusRight, v.statusTotal)}    ${p(v.reasonRight, v.reasonTotal)}`,
      );
    }
  }
  if (args.includes('--misses')) {
    const mode = args.includes('--visible') ? 'visible' : args.includes('--all-modes') ? null : 'raw';
    console.log('\nmisses:');
    for (const m of result.misses) {
      if (mode && m.mode !== mode) continue;
      console.log(`${m.mode.padEnd(7)} ${m.file}#${m.index} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`);
    }
  }
  return 0;
}

runMain(main);
