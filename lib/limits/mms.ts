import type { MmsLimit, MmsMediaType, NumberType } from './types';
import { KB, MB } from './units';

/**
 * US carrier MMS size limits by the kind of number that sends the text.
 * Seed 000 (Aesthetix CRM help) and Telnyx's MMS transcoding page (codes.md key TELNYX) agree
 * on every figure; the seed writes 600 KB as "0.6 MB".
 */
const SOURCE = 'TELNYX; seed:000_d3ccd0a11c1cc42d';
const AS_OF = '2026-11';

export const MMS_LIMITS = [
  { carrier: 'att', carrierName: 'AT&T', numberType: 'long-code', limitBytes: 1 * MB, statedAs: '1 MB', source: SOURCE, asOf: AS_OF, confidence: 'primary' },
  { carrier: 'att', carrierName: 'AT&T', numberType: 'toll-free', limitBytes: 600 * KB, statedAs: '600 KB', source: SOURCE, asOf: AS_OF, confidence: 'primary' },
  { carrier: 'att', carrierName: 'AT&T', numberType: 'short-code', limitBytes: 600 * KB, statedAs: '600 KB', source: SOURCE, asOf: AS_OF, confidence: 'primary' },
  { carrier: 'tmobile', carrierName: 'T-Mobile', numberType: 'long-code', limitBytes: Math.floor(1.5 * MB), statedAs: '1.5 MB', source: SOURCE, asOf: AS_OF, confidence: 'primary', note: 'Sprint numbers, now T-Mobile, had the same limits.' },
  { carrier: 'tmobile', carrierName: 'T-Mobile', numberType: 'toll-free', limitBytes: 600 * KB, statedAs: '600 KB', source: SOURCE, asOf: AS_OF, confidence: 'primary' },
  { carrier: 'tmobile', carrierName: 'T-Mobile', numberType: 'short-code', limitBytes: 1 * MB, statedAs: '1 MB', source: SOURCE, asOf: AS_OF, confidence: 'primary' },
  { carrier: 'verizon', carrierName: 'Verizon', numberType: 'long-code', limitBytes: 1 * MB, statedAs: '1 MB', source: SOURCE, asOf: AS_OF, confidence: 'primary' },
  { carrier: 'verizon', carrierName: 'Verizon', numberType: 'toll-free', limitBytes: 600 * KB, statedAs: '600 KB', source: SOURCE, asOf: AS_OF, confidence: 'primary' },
  { carrier: 'verizon', carrierName: 'Verizon', numberType: 'short-code', limitBytes: Math.floor(1.2 * MB), statedAs: '1.2 MB', source: SOURCE, asOf: AS_OF, confidence: 'primary' },
] as const satisfies readonly MmsLimit[];

/** Plain names for number types, for the UI. */
export const NUMBER_TYPE_LABELS: Record<NumberType, string> = {
  'long-code': 'Regular number (10-digit)',
  'toll-free': 'Toll-free number',
  'short-code': 'Short code (5–6 digits)',
};

/**
 * Keeping a picture or file under this size delivers on every carrier and number type
 * (seed 000 advice; SignalWire gives the same 500 KB figure, codes.md §7).
 */
export const MMS_SAFE_BYTES = 500 * KB;
export const MMS_SAFE_SOURCE = 'seed:000_d3ccd0a11c1cc42d; codes.md §7 (SignalWire)';

const TYPE_SOURCE = 'seed:000_d3ccd0a11c1cc42d';

/** File types a text message can carry. Anything else may be refused or dropped. */
export const MMS_MEDIA_TYPES: readonly MmsMediaType[] = [
  { mime: 'image/jpeg', label: 'JPEG picture', extensions: ['jpg', 'jpeg', 'jpe'], support: 'everywhere', source: TYPE_SOURCE, asOf: AS_OF },
  { mime: 'image/png', label: 'PNG picture', extensions: ['png'], support: 'everywhere', source: TYPE_SOURCE, asOf: AS_OF },
  { mime: 'image/gif', label: 'GIF picture', extensions: ['gif'], support: 'everywhere', source: TYPE_SOURCE, asOf: AS_OF },
  { mime: 'audio/mpeg', label: 'MP3 audio', extensions: ['mp3'], support: 'some-carriers', source: TYPE_SOURCE, asOf: AS_OF },
  { mime: 'video/mp4', label: 'MP4 video', extensions: ['mp4', 'm4v'], support: 'some-carriers', source: TYPE_SOURCE, asOf: AS_OF },
  { mime: 'application/pdf', label: 'PDF document', extensions: ['pdf'], support: 'some-carriers', source: TYPE_SOURCE, asOf: AS_OF },
];

/** Finds the MMS media type for a MIME type or, failing that, a file name's extension. */
export function findMmsMediaType(mime: string, fileName: string): MmsMediaType | undefined {
  const normalizedMime = mime.trim().toLowerCase();
  const byMime = MMS_MEDIA_TYPES.find((row) => row.mime === normalizedMime || (normalizedMime === 'image/jpg' && row.mime === 'image/jpeg'));
  if (byMime) return byMime;
  // A specific type we don't list (e.g. image/heic) settles it; only a missing or generic one
  // sends us to the file name.
  if (normalizedMime !== '' && normalizedMime !== 'application/octet-stream') return undefined;
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = fileName.slice(dot + 1).toLowerCase();
  return MMS_MEDIA_TYPES.find((row) => row.extensions.includes(ext));
}
