import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENHANCED_STATUS_TABLE, STATUS_DETAILS } from '../../lib/explain/codes/enhanced-status';
import { REPLY_CODE_TABLE, REPLY_CODES } from '../../lib/explain/codes/reply-codes';
import { RULES } from '../../lib/explain/index';
import { ReplyRowSchema, RuleSchema, StatusRowSchema } from '../../lib/explain/types';

const SHARED = path.resolve(process.cwd(), '../shared');
const CODES_MD = path.join(SHARED, 'reference/codes.md');
const HAS_CODES_MD = existsSync(CODES_MD);
if (!HAS_CODES_MD) console.warn(`codes.md not found at ${CODES_MD}: registry completeness and copy checks skipped`);

describe('every table row passes its schema', () => {
  it('rules', () => {
    for (const rule of RULES) {
      const parsed = RuleSchema.safeParse(rule);
      expect(parsed.success, `${rule.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });
  it('enhanced status rows', () => {
    for (const row of ENHANCED_STATUS_TABLE) expect(StatusRowSchema.safeParse(row).success, row.code).toBe(true);
  });
  it('reply code rows', () => {
    for (const row of REPLY_CODE_TABLE) expect(ReplyRowSchema.safeParse(row).success, row.code).toBe(true);
  });
  it('codes are unique in each table', () => {
    expect(new Set(ENHANCED_STATUS_TABLE.map((r) => r.code)).size).toBe(ENHANCED_STATUS_TABLE.length);
    expect(new Set(REPLY_CODE_TABLE.map((r) => r.code)).size).toBe(REPLY_CODE_TABLE.length);
  });
});

describe.skipIf(!HAS_CODES_MD)('tables cover codes.md', () => {
  const md = HAS_CODES_MD ? readFileSync(CODES_MD, 'utf8') : '';
  const section = (start: string, end: string) => md.slice(md.indexOf(start), md.indexOf(end, md.indexOf(start)));
  it('every X.y.z of the IANA registry (§1b) is in the enhanced status table', () => {
    const listed = [...section('## 1b.', '## 2.').matchAll(/^\| (X\.\d{1,3}\.\d{1,3}) \|/gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(80);
    const ours = new Set<string>(STATUS_DETAILS.map((r) => r.code));
    expect(listed.filter((c) => !ours.has(c))).toEqual([]);
  });
  it('every reply code of §1a is in the reply code table', () => {
    const listed = [...section('## 1a.', '## 1b.').matchAll(/^\| (\d{3}) \|/gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(20);
    const ours = new Set<string>(REPLY_CODES.map((r) => r.code));
    expect(listed.filter((c) => !ours.has(c))).toEqual([]);
  });
  it('user-facing words are our own: no 8-word run copied from codes.md or the seeds', () => {
    const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9@. ]+/g, ' ').split(/\s+/).filter(Boolean);
    const runs = new Set<string>();
    const seedDir = path.join(SHARED, 'seeds');
    const texts = [md, ...(existsSync(seedDir) ? readdirSync(seedDir).map((f) => readFileSync(path.join(seedDir, f), 'utf8')) : [])];
    for (const t of texts) {
      const w = words(t);
      for (let i = 0; i + 8 <= w.length; i++) runs.add(w.slice(i, i + 8).join(' '));
    }
    const ours = [
      ...RULES.flatMap((r) => [r.title, r.summary, ...r.steps, ...Object.values(r.tailoring ?? {}).flat()]),
      ...ENHANCED_STATUS_TABLE.map((r) => r.meaning),
      ...REPLY_CODE_TABLE.map((r) => r.meaning),
    ];
    const copied: string[] = [];
    for (const s of ours) {
      const w = words(s);
      for (let i = 0; i + 8 <= w.length; i++) if (runs.has(w.slice(i, i + 8).join(' '))) copied.push(s);
    }
    expect([...new Set(copied)]).toEqual([]);
  });
});
