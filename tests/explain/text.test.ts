import { describe, expect, it } from 'vitest';
import { explainFact } from '../../lib/explain/index';
import { codesInText, foldText, formatDelay, MAX_TEXT, parseRetryAfter } from '../../lib/explain/text';
import { fact } from './helpers';

describe('text helpers', () => {
  it('folds and caps text', () => {
    expect(foldText('  A\n\tB  ')).toBe('a b');
    expect(foldText('x'.repeat(MAX_TEXT * 3)).length).toBe(MAX_TEXT);
  });
  it('finds codes written in pasted text, not inside IP addresses', () => {
    expect(codesInText(foldText('550 5.1.1 <a@b.example>: user unknown'))).toEqual({ status: '5.1.1', replyCode: '550' });
    expect(codesInText(foldText('host 10.5.1.1 said: 421-4.7.0 try later'))).toEqual({ status: '4.7.0', replyCode: '421' });
    expect(codesInText(foldText('no codes here 192.0.2.1'))).toEqual({ status: null, replyCode: null });
    expect(codesInText(foldText('220 mx.example.org esmtp ready'))).toEqual({ status: null, replyCode: null });
  });
  it('reads retry times', () => {
    expect(parseRetryAfter('retry-after: 30')).toBe('in 30 seconds');
    expect(parseRetryAfter('try again in 2 hours')).toBe('in 2 hours');
    expect(parseRetryAfter('please wait 10 minutes')).toBe('in 10 minutes');
    expect(parseRetryAfter('retry after 2026-01-02t03:04:05z')).toBe('after 03:04 UTC on 2026-01-02');
    expect(parseRetryAfter('nothing to see')).toBeUndefined();
    expect(parseRetryAfter('retry after 10:15')).toBeUndefined();
    expect(formatDelay(3 * 86400)).toBe('in 3 days');
  });
  it('stays fast on hostile input (linear-time patterns, capped text)', () => {
    const hostile = ['retry after '.repeat(20000), '5.'.repeat(50000), 'a '.repeat(100000), '1'.repeat(200000)];
    const start = performance.now();
    for (const h of hostile) explainFact(fact(h));
    expect(performance.now() - start).toBeLessThan(500);
  });
});
