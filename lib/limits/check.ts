import { findMmsMediaType, MMS_LIMITS, MMS_SAFE_BYTES } from './mms';
import { PROVIDER_LIMITS } from './providers';
import type { CarrierId, MmsMediaType, NumberType, ProviderLimit, SizeCounts } from './types';

export { parseSize, formatBytes, KB, MB, GB } from './units';

/**
 * How big files get once they are inside an email.
 *
 * Model (RFC 2045 base64 as webmail clients write it):
 *  - base64 turns every 3 bytes into 4 characters, the last group padded: 4 * ceil(n / 3);
 *  - lines are at most 76 characters, each ended by CRLF (2 bytes): 2 * ceil(chars / 76);
 *  - each attachment gets its own MIME part header: boundary line, Content-Type with name=,
 *    Content-Disposition with filename=, Content-Transfer-Encoding, and the Content-ID / attachment
 *    id Gmail and Outlook add. About 300 bytes plus the file name twice; a non-ASCII name is
 *    percent- or base64-encoded (RFC 2231 / 2047), which we count as 3 bytes per UTF-8 byte.
 *  - the message itself (headers, DKIM signatures, relay Received lines, a short text and HTML body)
 *    adds a fixed MESSAGE_BASE_OVERHEAD_BYTES.
 * Net effect: about 1.37 times the raw size, the ratio Microsoft quotes (codes.md §7).
 */
export const BASE64_LINE_LENGTH = 76;
export const MIME_PART_HEADER_BYTES = 300;
export const MESSAGE_BASE_OVERHEAD_BYTES = 8 * 1024;
/** Over this share of a limit the verdict is "close": the limit may be read in decimal units, and body text adds up. */
export const CLOSE_RATIO = 0.9;

/** Bytes of base64 with CRLF line breaks for `rawBytes` of file content. */
export function base64Size(rawBytes: number): number {
  if (!Number.isFinite(rawBytes) || rawBytes <= 0) return 0;
  const chars = 4 * Math.ceil(rawBytes / 3);
  return chars + 2 * Math.ceil(chars / BASE64_LINE_LENGTH);
}

/** Header bytes of one attachment's MIME part. */
export function mimePartOverhead(fileName = ''): number {
  const utf8 = new TextEncoder().encode(fileName).length;
  // eslint-disable-next-line no-control-regex
  const isAscii = /^[\x00-\x7f]*$/.test(fileName);
  return MIME_PART_HEADER_BYTES + 2 * (isAscii ? utf8 : 3 * utf8);
}

/** Size one attachment takes inside the sent email: base64 with line breaks plus its part header. */
export function encodedSize(rawBytes: number, fileName = ''): number {
  return base64Size(rawBytes) + mimePartOverhead(fileName);
}

/**
 * Largest raw file total that still fits under an encoded limit, for `fileCount` attachments with
 * short ASCII names. Inverse of the model above, rounded down.
 */
export function maxRawForEncodedLimit(limitBytes: number, fileCount = 1): number {
  const budget = limitBytes - MESSAGE_BASE_OVERHEAD_BYTES - fileCount * MIME_PART_HEADER_BYTES;
  if (budget <= 0) return 0;
  // Each full 76-char line (78 bytes with CRLF) carries 57 raw bytes.
  let raw = Math.floor((budget * 57) / 78);
  while (raw > 0 && base64Size(raw) > budget) raw -= 1;
  return raw;
}

export type SizeVerdict = 'fits' | 'close' | 'too-big';

export interface FileSize {
  name: string;
  size: number;
}

export interface ProviderSizeResult {
  provider: ProviderLimit;
  verdict: SizeVerdict;
  /** Sum of the files as they are on disk. */
  rawTotal: number;
  /** Whole email as sent: encoded attachments plus message overhead (0 with no files). */
  encodedTotal: number;
  /** The figure this provider compares with its limit (raw or encoded, per `provider.counts`). */
  measured: number;
  measures: SizeCounts;
  /** Bytes over the limit, in the provider's own measure; 0 unless too big. */
  overBy: number;
  /** How much file data to take out so it fits; 0 unless too big. */
  rawToRemove: number;
  /** measured / limit × 100, unrounded. */
  percent: number;
}

export function sizeVerdict(measured: number, limitBytes: number): SizeVerdict {
  if (measured > limitBytes) return 'too-big';
  if (measured > limitBytes * CLOSE_RATIO) return 'close';
  return 'fits';
}

export function emailTotals(files: readonly FileSize[]): { rawTotal: number; encodedTotal: number } {
  let rawTotal = 0;
  let encodedTotal = 0;
  for (const file of files) {
    const size = Math.max(0, file.size);
    rawTotal += size;
    encodedTotal += encodedSize(size, file.name);
  }
  if (files.length > 0) encodedTotal += MESSAGE_BASE_OVERHEAD_BYTES;
  return { rawTotal, encodedTotal };
}

/** Checks a set of attachments against every provider's size limit. */
export function checkEmailSize(
  files: readonly FileSize[],
  providers: readonly ProviderLimit[] = PROVIDER_LIMITS,
): ProviderSizeResult[] {
  const { rawTotal, encodedTotal } = emailTotals(files);
  return providers.map((provider) => {
    const measured = provider.counts === 'attachments-raw' ? rawTotal : encodedTotal;
    const verdict = sizeVerdict(measured, provider.limitBytes);
    const overBy = verdict === 'too-big' ? measured - provider.limitBytes : 0;
    let rawToRemove = 0;
    if (verdict === 'too-big') {
      rawToRemove = provider.counts === 'attachments-raw'
        ? overBy
        : Math.max(0, rawTotal - maxRawForEncodedLimit(provider.limitBytes, files.length));
    }
    return {
      provider,
      verdict,
      rawTotal,
      encodedTotal,
      measured,
      measures: provider.counts,
      overBy,
      rawToRemove,
      percent: (measured / provider.limitBytes) * 100,
    };
  });
}

export interface MmsFile {
  name: string;
  size: number;
  /** MIME type as the browser reports it (may be empty); a sniffed type is better when known. */
  type: string;
}

export type MmsTypeSupport = 'everywhere' | 'some-carriers' | 'unsupported';
export type MmsVerdict = SizeVerdict | 'unsupported-type';

export interface MmsCarrierResult {
  carrier: CarrierId;
  carrierName: string;
  numberType: NumberType;
  limitBytes: number;
  /** Size against this limit, or 'unsupported-type' when texts can't carry this kind of file. */
  verdict: MmsVerdict;
  sizeVerdict: SizeVerdict;
  overBy: number;
  percent: number;
  source: string;
}

export interface MmsCheck {
  mediaType: MmsMediaType | undefined;
  typeSupport: MmsTypeSupport;
  /** Under 500 KB and a picture type every carrier takes: delivers everywhere. */
  safeEverywhere: boolean;
  results: MmsCarrierResult[];
}

/**
 * Checks one file sent by text message against each US carrier and number type.
 * The file's own size is compared: carriers' limits cover the whole MMS, but the text part is tiny
 * next to any picture, and the "close" band covers it.
 */
export function checkMms(file: MmsFile): MmsCheck {
  const mediaType = findMmsMediaType(file.type, file.name);
  const typeSupport: MmsTypeSupport = mediaType ? mediaType.support : 'unsupported';
  const size = Math.max(0, file.size);
  const results = MMS_LIMITS.map((limit): MmsCarrierResult => {
    const bySize = sizeVerdict(size, limit.limitBytes);
    return {
      carrier: limit.carrier,
      carrierName: limit.carrierName,
      numberType: limit.numberType,
      limitBytes: limit.limitBytes,
      verdict: typeSupport === 'unsupported' ? 'unsupported-type' : bySize,
      sizeVerdict: bySize,
      overBy: bySize === 'too-big' ? size - limit.limitBytes : 0,
      percent: (size / limit.limitBytes) * 100,
      source: limit.source,
    };
  });
  return {
    mediaType,
    typeSupport,
    safeEverywhere: typeSupport === 'everywhere' && size <= MMS_SAFE_BYTES,
    results,
  };
}
