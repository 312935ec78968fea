// The ReDoS checker (scripts/check-redos.ts): it must find every kind of regex, catch a known-bad
// pattern, and report zero vulnerable patterns in the shipped code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRegexesInSource, formatReport, runRedosCheck, scanRegexes } from '../../scripts/check-redos';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('regex discovery', () => {
  it('finds literals, constant RegExp constructions, string match() and dynamic RegExp', () => {
    const src = [
      "const PART = 'abc';",
      'const WORD = /\\w+/;',
      'export const a = /^5\\.\\d\\.\\d$/i;',
      "export const b = new RegExp('x+y', 'g');",
      'export const c = RegExp(`^${PART}-\\\\d$`);',
      "export const d = new RegExp(WORD.source + '|' + PART, 'u');",
      "export const e = (s: string) => s.match('a|b');",
      "export const f = (s: string) => new RegExp(s, 'i');",
      'export const g = (s: string) => new RegExp(s); // redos-safe: escaped with escapeRegExp first',
      '',
    ].join('\n');
    const found = findRegexesInSource('lib/probe.ts', src);
    const shown = found.map((r) => (r.dynamic ? `dynamic@${r.line}:${r.safeReason ?? ''}` : `/${r.source}/${r.flags}@${r.line}`));
    expect(shown).toEqual([
      '/\\w+/@2',
      '/^5\\.\\d\\.\\d$/i@3',
      '/x+y/g@4',
      '/^abc-\\d$/@5',
      '/\\w+|abc/u@6',
      '/a|b/@7',
      'dynamic@8:',
      'dynamic@9:escaped with escapeRegExp first',
    ]);
  });

  it('finds regexes in .tsx files too', () => {
    const found = findRegexesInSource('components/P.tsx', 'export const P = () => <b>{"a".replace(/a/g, "b")}</b>;\n');
    expect(found.map((r) => r.source)).toEqual(['a']);
  });
});

describe('ReDoS check on a temporary tree', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'redos-'));
    mkdirSync(path.join(dir, 'lib'));
    writeFileSync(
      path.join(dir, 'lib', 'bad.ts'),
      [
        'export const evil = /^(a+)+$/;',
        "export const fine = /^Diagnostic-Code:[ \\t]{0,10}([a-z]{1,20});/i;",
        'export const build = (s: string) => new RegExp(s);',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('flags /^(a+)+$/ as vulnerable with an attack string, and the unexplained dynamic RegExp', async () => {
    const report = await runRedosCheck({ root: dir, timeoutMs: 10_000 });
    expect(report.checked).toBe(2);
    expect(report.vulnerable).toHaveLength(1);
    expect(report.vulnerable[0]).toMatchObject({ file: 'lib/bad.ts', line: 1, source: '^(a+)+$' });
    expect(report.vulnerable[0].attackPattern).toMatch(/a/);
    expect(report.safe).toBe(1);
    expect(report.dynamicUnexplained).toHaveLength(1);
    expect(report.dynamicUnexplained[0].line).toBe(3);
    expect(report.ok).toBe(false);
    expect(formatReport(report)).toMatch(/VULNERABLE lib\/bad\.ts:1/);
  });
});

describe('ReDoS check on the shipped code (lib/, components/, entrypoints/)', () => {
  it('scans a non-trivial number of regexes', () => {
    const { files, regexes } = scanRegexes(root);
    expect(files).toBeGreaterThan(10);
    expect(regexes.length).toBeGreaterThan(20);
  });

  it('has zero vulnerable patterns and no unexplained dynamic RegExp', async () => {
    const report = await runRedosCheck({ root, timeoutMs: 10_000 });
    const summary = formatReport(report);
    expect(report.vulnerable.map((v) => `${v.file}:${v.line} /${v.source}/${v.flags} attack ${v.attackPattern}`), summary).toEqual([]);
    expect(report.dynamicUnexplained.map((d) => `${d.file}:${d.line} ${d.snippet}`), summary).toEqual([]);
  }, 90_000);
});
