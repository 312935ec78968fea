import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatAsOf, readableSource } from '../../components/size-check/format';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../components/size-check');
const css = readFileSync(path.join(dir, 'size-check.css'), 'utf8');

function declaredIn(block: string): Set<string> {
  return new Set(Array.from(block.matchAll(/(--sc-[a-z-]{1,30}):/g), (m) => m[1]));
}

describe('size-check.css', () => {
  it('defines every custom property it uses, in light, dark, and both overrides', () => {
    const used = new Set(Array.from(css.matchAll(/var\((--sc-[a-z-]{1,30})\)/g), (m) => m[1]));
    const blocks = [
      css.slice(0, css.indexOf('@media')),
      css.slice(css.indexOf('@media (prefers-color-scheme: dark)'), css.indexOf("[data-theme='light'] .sc")),
      css.slice(css.indexOf("[data-theme='light'] .sc"), css.indexOf("[data-theme='dark'] .sc")),
      css.slice(css.indexOf("[data-theme='dark'] .sc"), css.indexOf('.sc {', css.indexOf("[data-theme='dark'] .sc"))),
    ];
    expect(used.size).toBeGreaterThan(5);
    for (const block of blocks) {
      expect(block.length).toBeGreaterThan(0);
      const declared = declaredIn(block);
      for (const name of used) expect(declared, name).toContain(name);
    }
  });
});

describe('size-check components source', () => {
  it('render text only and use no extension API', () => {
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      expect(source, file).not.toContain('dangerouslySetInnerHTML');
      expect(source, file).not.toMatch(/\b(browser|chrome)\.[a-z]/);
      expect(source, file).not.toMatch(/from ['"](wxt|#imports|@\/)/);
    }
  });
});

describe('format helpers', () => {
  it('formats dates and names seed sources for people', () => {
    expect(formatAsOf('2026-11')).toBe('Nov 2026');
    expect(formatAsOf('2026-04-29')).toBe('29 Apr 2026');
    expect(readableSource('TELNYX; seed:000_d3ccd0a11c1cc42d')).toBe('TELNYX; Aesthetix CRM help');
  });
});
