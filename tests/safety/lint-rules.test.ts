// Proves eslint.config.js really forbids HTML sinks in shipped code (and leaves text alone).
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const cwd = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd });

async function lint(code: string, file = 'components/__lint_probe__/Probe.tsx') {
  const [result] = await eslint.lintText(code, { filePath: path.join(cwd, file) });
  return result.messages;
}

function ruleIds(messages: { ruleId: string | null }[]) {
  return messages.map((m) => m.ruleId);
}

describe('eslint safety rules', () => {
  it('reports el.innerHTML = x', async () => {
    const messages = await lint('export function f(el: HTMLElement, x: string) { el.innerHTML = x; }\n');
    expect(messages.length).toBeGreaterThan(0);
    expect(ruleIds(messages)).toContain('no-restricted-properties');
    expect(ruleIds(messages)).toContain('no-unsanitized/property');
  });

  it('reports innerHTML even with a constant string, and outerHTML', async () => {
    const messages = await lint(
      "export function f(el: HTMLElement) { el.innerHTML = '<b>x</b>'; el.outerHTML = ''; }\n",
    );
    expect(messages.filter((m) => m.ruleId === 'no-restricted-properties')).toHaveLength(2);
  });

  it('reports computed el["innerHTML"] = x', async () => {
    const messages = await lint("export function f(el: HTMLElement, x: string) { el['innerHTML'] = x; }\n");
    expect(ruleIds(messages)).toContain('no-restricted-syntax');
  });

  it('reports insertAdjacentHTML', async () => {
    const messages = await lint(
      "export function f(el: HTMLElement, x: string) { el.insertAdjacentHTML('beforeend', x); }\n",
    );
    expect(ruleIds(messages)).toContain('no-restricted-properties');
    expect(ruleIds(messages)).toContain('no-unsanitized/method');
  });

  it('reports dangerouslySetInnerHTML in JSX', async () => {
    const messages = await lint(
      'export function Probe(props: { html: string }) { return <div dangerouslySetInnerHTML={{ __html: props.html }} />; }\n',
    );
    expect(messages.some((m) => m.ruleId === 'no-restricted-syntax' && /HTML sinks/.test(m.message))).toBe(true);
  });

  it('reports document.write, eval and new Function', async () => {
    const messages = await lint(
      "export function f(x: string) { document.write(x); eval(x); return new Function('a', x); }\n",
      'lib/__lint_probe__/probe.ts',
    );
    const ids = ruleIds(messages);
    expect(ids).toContain('no-restricted-properties');
    expect(ids).toContain('no-eval');
    expect(ids).toContain('no-new-func');
  });

  it('does not report textContent or JSX text', async () => {
    const messages = await lint(
      [
        'export function f(el: HTMLElement, x: string) { el.textContent = x; }',
        'export function Probe(props: { text: string }) { return <div title={props.text}>{props.text}</div>; }',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });

  it('applies to entrypoints/ too, but not to tests/', async () => {
    const code = 'export function f(el: HTMLElement, x: string) { el.innerHTML = x; }\n';
    expect((await lint(code, 'entrypoints/__lint_probe__/index.ts')).length).toBeGreaterThan(0);
    expect(await lint(code, 'tests/__lint_probe__/probe.test.ts')).toEqual([]);
  });
});
