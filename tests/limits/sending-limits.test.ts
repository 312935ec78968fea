import { describe, expect, it } from 'vitest';
import { searchSendingLimits, SENDING_LIMITS } from '../../lib/limits/sending-limits';

describe('searchSendingLimits', () => {
  it('returns everything for an empty query', () => {
    expect(searchSendingLimits('   ')).toHaveLength(SENDING_LIMITS.length);
  });

  it('needs every word to match, in any case', () => {
    const rows = searchSendingLimits('TrekMail starter RECIPIENTS');
    expect(rows).toHaveLength(1);
    expect(rows[0].value).toBe(100);
    expect(rows[0].kind).toBe('recipients-per-message');
  });

  it('finds recipients-per-message rows when the user types bcc', () => {
    const rows = searchSendingLimits('icloud bcc');
    expect(rows.map((r) => r.id)).toEqual(['icloud-recipients-message']);
  });

  it('puts rows whose provider matches first', () => {
    const rows = searchSendingLimits('gmail');
    expect(rows.length).toBeGreaterThan(3);
    const firstNonProvider = rows.findIndex((r) => !r.provider.toLowerCase().includes('gmail'));
    if (firstNonProvider >= 0) {
      expect(rows.slice(firstNonProvider).every((r) => !r.provider.toLowerCase().includes('gmail'))).toBe(true);
    }
    expect(rows.some((r) => r.id === 'gworkspace-messages-day')).toBe(true);
  });

  it('matches numbers as written with or without separators', () => {
    expect(searchSendingLimits('10,000').some((r) => r.id === 'exchange-recipients-day')).toBe(true);
    expect(searchSendingLimits('10000').some((r) => r.id === 'exchange-recipients-day')).toBe(true);
  });

  it('handles odd input safely', () => {
    expect(searchSendingLimits('zzzz-nothing')).toEqual([]);
    expect(searchSendingLimits('(*+?[')).toHaveLength(SENDING_LIMITS.length);
    expect(() => searchSendingLimits('a'.repeat(10000))).not.toThrow();
    expect(searchSendingLimits('Prótón').length).toBeGreaterThan(0);
  });
});
