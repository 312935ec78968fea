import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASONS, type Reason } from '../../lib/decode/types';
import { explainFact } from '../../lib/explain/index';
import { ExplanationSchema } from '../../lib/explain/types';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
const HAS_CORPUS = existsSync(path.join(CORPUS, 'expected.jsonl'));
if (!HAS_CORPUS) console.warn(`bounce corpus not found at ${CORPUS}: explain corpus tests skipped`);

/** The Diagnostic-Code text of a bounce (first 256 KB), read directly so this test does not depend on the decoder. */
function diagnosticOf(file: string): string {
  const raw = readFileSync(path.join(CORPUS, 'emails', file), 'latin1').slice(0, 256 * 1024);
  const at = raw.search(/^Diagnostic-Code:/im);
  if (at < 0) return '';
  const lines = raw.slice(at, at + 2048).split(/\r\n|\r|\n/);
  let text = lines[0].replace(/^Diagnostic-Code:[^;]{0,40};?/i, '');
  for (let i = 1; i < lines.length && /^[ \t]/.test(lines[i]); i++) text += ' ' + lines[i].trim();
  return text;
}

describe.skipIf(!HAS_CORPUS)('explanations over the shared corpus', () => {
  it('nearly every expected bounce gets a specific (non-fallback) explanation', () => {
    const rows = readFileSync(path.join(CORPUS, 'expected.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    let fallback = 0;
    for (const r of rows) {
      const reason: Reason = (REASONS as readonly string[]).includes(r.reason) ? r.reason : 'undefined';
      const e = explainFact({
        recipient: 'someone@example.org', action: 'failed', status: r.status, replyCode: r.replyCode,
        diagnostic: diagnosticOf(r.file), remoteHost: null, smtpCommand: null, reason, hardBounce: r.hardbounce,
      });
      expect(ExplanationSchema.safeParse(e).success).toBe(true);
      if (e.fallback) fallback++;
    }
    console.info(`explain: ${rows.length - fallback}/${rows.length} corpus rows get a specific rule`);
    expect(fallback / rows.length).toBeLessThan(0.02);
  });
});
