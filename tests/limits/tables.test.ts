import { describe, expect, it } from 'vitest';
import { LARGE_FILE_OPTIONS, PROVIDER_LIMITS, getProviderLimit } from '../../lib/limits/providers';
import { MMS_LIMITS, MMS_MEDIA_TYPES, MMS_SAFE_BYTES } from '../../lib/limits/mms';
import { SENDING_LIMITS } from '../../lib/limits/sending-limits';
import {
  LargeFileOptionSchema, MmsLimitSchema, MmsMediaTypeSchema, ProviderLimitSchema, SendingLimitSchema,
} from '../../lib/limits/types';
import { KB, MB } from '../../lib/limits/units';

// Keys from codes.md §0, the only short source names rows may use.
const CODES_MD_KEYS = new Set([
  'RFC5321', 'RFC-EXT', 'IANA', 'IANA+', 'MS-NDR', 'MS-FIX', 'MS-515', 'OLC', 'G-ERR', 'G-SG', 'G-FAQ', 'G-LIM',
  'Y-ERR', 'Y-LOGS', 'APPLE', 'SES', 'SG', 'MG', 'PM', 'MANDRILL', 'BREVO', 'POSTFIX', 'EXIM', 'SIS-R',
  'SPAMHAUS', 'GMX', 'ZOHO', 'MAILRU', 'PROTON', 'FM', 'OUT-LIM', 'EXO-LIM2', 'TELNYX', 'AWS-MMS', 'GW',
  'SIS-MS', 'SIS-G', 'SIS-Y', 'SIS-APPLE', 'SIS-MIME', 'SIS-GD', 'SIS-OR',
]);
const SEED_FILES = new Set(['000_d3ccd0a11c1cc42d', '001_4834da8ba612a02b', '002_538cbb084d2efc94', '003_aeceafabff12c291', '004_99455f2c60c71809']);

function expectKnownSource(source: string) {
  for (const part of source.split(';').map((p) => p.trim())) {
    if (part.startsWith('https://') || part.startsWith('codes.md §')) continue;
    if (part.startsWith('seed:')) {
      expect(SEED_FILES, part).toContain(part.slice(5));
      continue;
    }
    const key = part.split(' ')[0];
    expect(CODES_MD_KEYS, `${source} → ${key}`).toContain(key);
  }
}

describe('provider size table', () => {
  it('every row passes the schema and cites a known source', () => {
    for (const row of PROVIDER_LIMITS) {
      expect(ProviderLimitSchema.safeParse(row).error?.issues ?? [], row.id).toEqual([]);
      expectKnownSource(row.source);
    }
    for (const row of LARGE_FILE_OPTIONS) {
      expect(LargeFileOptionSchema.safeParse(row).success, row.id).toBe(true);
      if (row.source) expectKnownSource(row.source);
    }
  });

  it('has unique ids and every large-file option it names exists', () => {
    const ids = PROVIDER_LIMITS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const optionIds = new Set(LARGE_FILE_OPTIONS.map((o) => o.id));
    for (const row of PROVIDER_LIMITS) for (const id of row.largeFileOptions) expect(optionIds).toContain(id);
  });

  it('holds every row of the seed tables and the codes.md §7 providers', () => {
    expect(getProviderLimit('gmail')?.limitBytes).toBe(25 * MB);
    expect(getProviderLimit('yahoo')?.limitBytes).toBe(25 * MB);
    expect(getProviderLimit('mailgun')?.limitBytes).toBe(25 * MB);
    expect(getProviderLimit('trekmail')?.limitBytes).toBe(25 * MB);
    expect(getProviderLimit('acrm-composer')?.limitBytes).toBe(20 * MB);
    expect(getProviderLimit('smtp-service-20mb')?.limitBytes).toBe(20 * MB);
    for (const id of ['google-workspace', 'exchange-online', 'icloud', 'aol', 'proton', 'zoho', 'fastmail', 'amazon-ses', 'sendgrid', 'postmark']) {
      expect(getProviderLimit(id), id).toBeDefined();
    }
    expect(getProviderLimit('postmark')?.counts).toBe('encoded-message');
    expect(getProviderLimit('amazon-ses')?.limitBytes).toBe(40 * MB);
  });

  it('records the Outlook.com disagreement between the seed (10 MB) and Microsoft (25 MB)', () => {
    const outlook = getProviderLimit('outlook-com');
    expect(outlook?.limitBytes).toBe(25 * MB);
    expect(outlook?.disagreement).toMatch(/10 MB/);
    expect(outlook?.disagreement).toMatch(/25 MB/);
  });

  it('marks codes.md UNCONF figures as unconfirmed', () => {
    for (const row of PROVIDER_LIMITS) {
      if (row.source.includes('UNCONF')) expect(row.confidence, row.id).toBe('unconfirmed');
    }
  });
});

describe('MMS tables', () => {
  it('every row passes the schema and cites a known source', () => {
    for (const row of MMS_LIMITS) {
      expect(MmsLimitSchema.safeParse(row).success).toBe(true);
      expectKnownSource(row.source);
    }
    for (const row of MMS_MEDIA_TYPES) {
      expect(MmsMediaTypeSchema.safeParse(row).success).toBe(true);
      expectKnownSource(row.source);
    }
  });

  it('has one row per carrier and number type with the seed figures', () => {
    const key = (r: { carrier: string; numberType: string }) => `${r.carrier}/${r.numberType}`;
    expect(new Set(MMS_LIMITS.map(key)).size).toBe(9);
    const byKey = Object.fromEntries(MMS_LIMITS.map((r) => [key(r), r.limitBytes]));
    expect(byKey).toEqual({
      'att/long-code': MB, 'att/toll-free': 600 * KB, 'att/short-code': 600 * KB,
      'tmobile/long-code': Math.floor(1.5 * MB), 'tmobile/toll-free': 600 * KB, 'tmobile/short-code': MB,
      'verizon/long-code': MB, 'verizon/toll-free': 600 * KB, 'verizon/short-code': Math.floor(1.2 * MB),
    });
    expect(MMS_SAFE_BYTES).toBeLessThan(Math.min(...MMS_LIMITS.map((r) => r.limitBytes)));
  });

  it('lists JPEG, PNG, GIF everywhere and MP3, MP4, PDF on some carriers', () => {
    const support = Object.fromEntries(MMS_MEDIA_TYPES.map((t) => [t.mime, t.support]));
    expect(support).toEqual({
      'image/jpeg': 'everywhere', 'image/png': 'everywhere', 'image/gif': 'everywhere',
      'audio/mpeg': 'some-carriers', 'video/mp4': 'some-carriers', 'application/pdf': 'some-carriers',
    });
  });
});

describe('sending limits table', () => {
  it('every row passes the schema, has a unique id and a known source', () => {
    const ids = SENDING_LIMITS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of SENDING_LIMITS) {
      expect(SendingLimitSchema.safeParse(row).error?.issues ?? [], row.id).toEqual([]);
      expectKnownSource(row.source);
    }
  });

  it('holds the TrekMail plan table from seed 003', () => {
    const starter = SENDING_LIMITS.filter((r) => r.provider === 'TrekMail' && r.plan === 'Starter plan');
    expect(starter.map((r) => [r.kind, r.value]).sort()).toEqual([
      ['messages-per-day', 1000], ['messages-per-day', 6000], ['messages-per-hour', 500], ['recipients-per-message', 100],
    ].sort());
    expect(SENDING_LIMITS.filter((r) => r.provider === 'TrekMail')).toHaveLength(16);
  });
});
