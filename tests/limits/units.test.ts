import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatBytes, GB, KB, MB, parseSize } from '../../lib/limits/units';

describe('parseSize', () => {
  it.each([
    ['12 MB', 12 * MB], ['800kb', 800 * KB], ['1.5 GB', 1.5 * GB], ['2048', 2048], ['2048 bytes', 2048],
    ['  3 MiB ', 3 * MB], ['1,5 Mo', 1.5 * MB], ['2,048 KB', 2048 * KB], ['1,234,567', 1234567], ['.5 mb', 0.5 * MB],
    ['25M', 25 * MB], ['0', 0], ['10 b', 10],
  ])('reads %j', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', '   ', 'abc', '12 parsecs', '1.2.3 MB', '-5 MB', 'MB', '12 MB extra', 'x'.repeat(41)])('refuses %j', (text) => {
    expect(parseSize(text)).toBeNull();
  });

  it('never throws and always returns whole bytes or null', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
      const value = parseSize(text);
      expect(value === null || (Number.isInteger(value) && value >= 0)).toBe(true);
    }));
  });

  it('round-trips formatBytes output for megabytes', () => {
    expect(parseSize(formatBytes(24 * MB))).toBe(24 * MB);
  });
});

describe('formatBytes', () => {
  it('uses the same binary units', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(600 * KB)).toBe('600 KB');
    expect(formatBytes(1.5 * KB)).toBe('1.5 KB');
    expect(formatBytes(25 * MB)).toBe('25 MB');
    expect(formatBytes(24.56 * MB)).toBe('24.6 MB');
    expect(formatBytes(1.5 * GB)).toBe('1.5 GB');
  });
});
