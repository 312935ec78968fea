import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  base64Size, checkEmailSize, checkMms, emailTotals, encodedSize, maxRawForEncodedLimit, mimePartOverhead,
  MESSAGE_BASE_OVERHEAD_BYTES, MIME_PART_HEADER_BYTES, sizeVerdict,
} from '../../lib/limits/check';
import { getProviderLimit, PROVIDER_LIMITS } from '../../lib/limits/providers';
import type { ProviderLimit } from '../../lib/limits/types';
import { KB, MB } from '../../lib/limits/units';

function resultFor(files: { name: string; size: number }[], id: string) {
  const row = checkEmailSize(files).find((r) => r.provider.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe('encoded size model', () => {
  it('counts base64 groups of 4 and a CRLF per 76-character line', () => {
    expect(base64Size(0)).toBe(0);
    expect(base64Size(1)).toBe(4 + 2);
    expect(base64Size(3)).toBe(4 + 2);
    expect(base64Size(57)).toBe(76 + 2);
    expect(base64Size(58)).toBe(80 + 4);
    expect(base64Size(-5)).toBe(0);
  });

  it('adds a part header that grows with the file name, more for non-ASCII names', () => {
    expect(mimePartOverhead('')).toBe(MIME_PART_HEADER_BYTES);
    expect(mimePartOverhead('a.pdf')).toBe(MIME_PART_HEADER_BYTES + 10);
    expect(mimePartOverhead('é.pdf')).toBe(MIME_PART_HEADER_BYTES + 2 * 3 * 6);
    expect(encodedSize(57, 'a.pdf')).toBe(78 + MIME_PART_HEADER_BYTES + 10);
  });

  it('makes big files about 1.37 times larger, as Microsoft says', () => {
    const ratio = encodedSize(10 * MB, 'photo.jpg') / (10 * MB);
    expect(ratio).toBeGreaterThan(1.36);
    expect(ratio).toBeLessThan(1.38);
  });

  it('totals files plus one message overhead, and nothing for no files', () => {
    expect(emailTotals([])).toEqual({ rawTotal: 0, encodedTotal: 0 });
    const files = [{ name: 'a.pdf', size: 1000 }, { name: 'b.png', size: 2000 }];
    expect(emailTotals(files)).toEqual({
      rawTotal: 3000,
      encodedTotal: encodedSize(1000, 'a.pdf') + encodedSize(2000, 'b.png') + MESSAGE_BASE_OVERHEAD_BYTES,
    });
  });

  it('maxRawForEncodedLimit is the largest raw size that still fits', () => {
    fc.assert(fc.property(fc.integer({ min: 20 * KB, max: 200 * MB }), fc.integer({ min: 1, max: 5 }), (limit, count) => {
      const raw = maxRawForEncodedLimit(limit, count);
      const budget = limit - MESSAGE_BASE_OVERHEAD_BYTES - count * MIME_PART_HEADER_BYTES;
      expect(base64Size(raw)).toBeLessThanOrEqual(budget);
      expect(base64Size(raw + 1)).toBeGreaterThan(budget);
    }));
  });
});

describe('sizeVerdict boundaries', () => {
  it('is close at exactly the limit, too big one byte over, fits at exactly 90%', () => {
    const limit = 25 * MB;
    expect(sizeVerdict(limit, limit)).toBe('close');
    expect(sizeVerdict(limit + 1, limit)).toBe('too-big');
    expect(sizeVerdict(limit * 0.9, limit)).toBe('fits');
    expect(sizeVerdict(limit * 0.9 + 1, limit)).toBe('close');
    expect(sizeVerdict(0, limit)).toBe('fits');
  });
});

describe('checkEmailSize', () => {
  it('returns one row per provider with shared totals', () => {
    const rows = checkEmailSize([{ name: 'a.pdf', size: 5 * MB }]);
    expect(rows).toHaveLength(PROVIDER_LIMITS.length);
    for (const row of rows) {
      expect(row.rawTotal).toBe(5 * MB);
      expect(row.encodedTotal).toBe(emailTotals([{ name: 'a.pdf', size: 5 * MB }]).encodedTotal);
    }
  });

  it('Gmail counts the raw files: exactly 25 MB is close, one byte more is too big', () => {
    expect(resultFor([{ name: 'a.zip', size: 25 * MB }], 'gmail').verdict).toBe('close');
    const over = resultFor([{ name: 'a.zip', size: 25 * MB + 1 }], 'gmail');
    expect(over.verdict).toBe('too-big');
    expect(over.overBy).toBe(1);
    expect(over.rawToRemove).toBe(1);
    expect(resultFor([{ name: 'a.zip', size: 0.9 * 25 * MB }], 'gmail').verdict).toBe('fits');
    expect(resultFor([{ name: 'a', size: 10 * MB }, { name: 'b', size: 12.5 * MB + 1 }], 'gmail').verdict).toBe('close');
  });

  it('encoded-counting providers reject raw files well under the stated limit', () => {
    // 8 MB of files is about 11 MB once encoded: over Postmark's 10 MB.
    const postmark = resultFor([{ name: 'report.pdf', size: 8 * MB }], 'postmark');
    expect(postmark.measures).toBe('encoded-message');
    expect(postmark.verdict).toBe('too-big');
    expect(postmark.overBy).toBe(postmark.encodedTotal - 10 * MB);
    expect(postmark.percent).toBeGreaterThan(100);
    // 24 MB is under 25 MB for Gmail's composer, but ~33 MB encoded: close to Exchange's 35 MB.
    expect(resultFor([{ name: 'v.mp4', size: 24 * MB }], 'exchange-online').verdict).toBe('close');
    expect(resultFor([{ name: 'v.mp4', size: 24 * MB }], 'mailgun').verdict).toBe('too-big');
  });

  it('fits exactly at the largest raw size for an encoded limit and not one group beyond', () => {
    const mailgun = getProviderLimit('mailgun') as ProviderLimit;
    const maxRaw = maxRawForEncodedLimit(mailgun.limitBytes, 1);
    expect(resultFor([{ name: '', size: maxRaw }], 'mailgun').verdict).not.toBe('too-big');
    expect(resultFor([{ name: '', size: maxRaw + 3 }], 'mailgun').verdict).toBe('too-big');
  });

  it('removing rawToRemove always makes the files fit', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 * MB }), fc.constantFrom(...PROVIDER_LIMITS.map((p) => p.id)), (size, id) => {
      const before = resultFor([{ name: '', size }], id);
      if (before.verdict !== 'too-big') {
        expect(before.rawToRemove).toBe(0);
        expect(before.overBy).toBe(0);
        return;
      }
      const after = resultFor([{ name: '', size: size - before.rawToRemove }], id);
      expect(after.verdict).not.toBe('too-big');
    }));
  });

  it('says everything fits when there are no files', () => {
    for (const row of checkEmailSize([])) {
      expect(row.verdict).toBe('fits');
      expect(row.percent).toBe(0);
    }
  });
});

describe('checkMms', () => {
  const verdicts = (file: { name: string; size: number; type: string }) =>
    Object.fromEntries(checkMms(file).results.map((r) => [`${r.carrier}/${r.numberType}`, r.verdict]));

  it('a 400 KB JPEG is safe everywhere', () => {
    const check = checkMms({ name: 'a.jpg', size: 400 * KB, type: 'image/jpeg' });
    expect(check.safeEverywhere).toBe(true);
    expect(check.typeSupport).toBe('everywhere');
    expect(check.results.every((r) => r.verdict === 'fits')).toBe(true);
  });

  it('500 KB is the safe boundary', () => {
    expect(checkMms({ name: 'a.png', size: 500 * KB, type: 'image/png' }).safeEverywhere).toBe(true);
    expect(checkMms({ name: 'a.png', size: 500 * KB + 1, type: 'image/png' }).safeEverywhere).toBe(false);
  });

  it('judges each carrier and number type by its own limit', () => {
    expect(verdicts({ name: 'a.png', size: 700 * KB, type: 'image/png' })).toEqual({
      'att/long-code': 'fits', 'att/toll-free': 'too-big', 'att/short-code': 'too-big',
      'tmobile/long-code': 'fits', 'tmobile/toll-free': 'too-big', 'tmobile/short-code': 'fits',
      'verizon/long-code': 'fits', 'verizon/toll-free': 'too-big', 'verizon/short-code': 'fits',
    });
    const atLimit = verdicts({ name: 'a.gif', size: 600 * KB, type: 'image/gif' });
    expect(atLimit['att/toll-free']).toBe('close');
    const over = checkMms({ name: 'a.gif', size: 600 * KB + 1, type: 'image/gif' }).results.find((r) => r.carrier === 'att' && r.numberType === 'toll-free');
    expect(over?.verdict).toBe('too-big');
    expect(over?.overBy).toBe(1);
  });

  it('flags types texts cannot carry and those only some carriers take', () => {
    const heic = checkMms({ name: 'IMG_0001.HEIC', size: 100 * KB, type: 'image/heic' });
    expect(heic.typeSupport).toBe('unsupported');
    expect(heic.safeEverywhere).toBe(false);
    expect(heic.results.every((r) => r.verdict === 'unsupported-type' && r.sizeVerdict === 'fits')).toBe(true);
    expect(checkMms({ name: 'menu.pdf', size: 100 * KB, type: 'application/pdf' }).typeSupport).toBe('some-carriers');
    expect(checkMms({ name: 'x.GIF', size: 1, type: '' }).typeSupport).toBe('everywhere');
  });
});
