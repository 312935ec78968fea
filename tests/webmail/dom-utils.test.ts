// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isShown, parseNameAndAddress, readableText, shortHash } from '../../lib/webmail/dom-utils';
import * as gmailSelectors from '../../lib/webmail/gmail.selectors';
import * as outlookSelectors from '../../lib/webmail/outlook.selectors';

function el(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('readableText', () => {
  it('turns blocks and <br> into lines and folds inline whitespace', () => {
    const text = readableText(el('<h2>Address   not found</h2><p>Your message to <b>kim@example.org</b>\n was not delivered.</p>line<br>next<div>550 5.1.1</div>'));
    expect(text).toBe('Address not found\nYour message to kim@example.org was not delivered.\nline\nnext\n550 5.1.1');
  });

  it('keeps preformatted text, separates table cells, and skips scripts, styles and hidden nodes', () => {
    const text = readableText(el('<pre>a  b\nc</pre><table><tr><td>Error:</td><td>550</td></tr></table><script>x()</script><style>p{}</style><p hidden>secret</p><p style="display:none">gone</p>'));
    expect(text).toBe('a  b\nc\nError:\t550');
  });

  it('drops the collapsible space that starts a line but keeps &nbsp; indentation, as plain spaces', () => {
    const text = readableText(el('<div dir="ltr">The mail system<br>\n&lt;kim@example.org&gt;: said 552<br>\n&nbsp;&nbsp;&nbsp;&nbsp;Mailbox full</div>'));
    expect(text).toBe('The mail system\n<kim@example.org>: said 552\n    Mailbox full');
  });

  it('caps the text', () => {
    const big = el(`<p>${'x'.repeat(5000)}</p><p>${'y'.repeat(5000)}</p>`);
    expect(readableText(big, 6000)).toHaveLength(6000);
    expect(readableText(el(`<p>${'z'.repeat(300_000)}</p>`))).toHaveLength(256 * 1024);
  });
});

describe('isShown', () => {
  it('is false under hidden, aria-hidden or inline display:none ancestors', () => {
    const root = el('<div style="display:none"><p id="a">a</p></div><div hidden><p id="b">b</p></div><div aria-hidden="true"><p id="c">c</p></div><div><p id="d">d</p></div>');
    document.body.appendChild(root);
    expect(['a', 'b', 'c', 'd'].map((id) => isShown(root.querySelector(`#${id}`)!))).toEqual([false, false, false, true]);
    root.remove();
  });
});

describe('parseNameAndAddress', () => {
  it.each([
    ['Microsoft Outlook<postmaster@outlook.com>', 'Microsoft Outlook', 'postmaster@outlook.com'],
    ['Sam Okafor <sam.okafor@example.com>', 'Sam Okafor', 'sam.okafor@example.com'],
    ['From: Postmaster <postmaster@example.com>', 'Postmaster', 'postmaster@example.com'],
    ['Microsoft Outlook', 'Microsoft Outlook', null],
  ])('%s', (raw, name, email) => {
    expect(parseNameAndAddress(raw)).toEqual({ name, email });
  });
});

describe('shortHash', () => {
  it('is stable and spreads', () => {
    expect(shortHash('abc')).toBe(shortHash('abc'));
    expect(shortHash('abc')).not.toBe(shortHash('abd'));
  });
});

describe('selector tables', () => {
  const tables = { ...gmailSelectors, ...outlookSelectors } as Record<string, unknown>;
  it.each(Object.entries(tables).filter(([, v]) => Array.isArray(v) && typeof (v as unknown[])[0] === 'object'))(
    '%s: every entry has a stability key and a source, and parses as a selector', (_name, entries) => {
      for (const entry of entries as { selector: string; stability: string; source: string }[]) {
        expect(['S', 'C', 'X']).toContain(entry.stability);
        expect(entry.source.length).toBeGreaterThan(5);
        expect(() => document.querySelectorAll(entry.selector)).not.toThrow();
      }
    });

  it.each(Object.entries(tables).filter(([, v]) => Array.isArray(v) && typeof (v as unknown[])[0] === 'object'))(
    '%s: stable hooks come before obfuscated classes', (_name, entries) => {
      const order = (entries as { stability: string }[]).map((e) => ({ S: 0, C: 1, X: 2 })[e.stability as 'S' | 'C' | 'X']);
      // Thread wrappers are all X; everywhere else S entries lead.
      expect(order[0]).toBe(Math.min(...order));
    });
});
