/**
 * Size units. We use binary units throughout: 1 KB = 1,024 bytes, 1 MB = 1,048,576 bytes,
 * 1 GB = 1,073,741,824 bytes, both for the limits in our tables and for sizes the user types.
 * Why binary: the servers that enforce "25 MB" style limits (Exchange, Postfix) configure them in
 * binary units, and Windows Explorer, which most of our users read sizes from, shows binary units
 * labelled "KB"/"MB". The decimal reading of a stated limit is at most 7% smaller (GB), 4.6% for MB;
 * the checker's "close" band (over 90% of the limit) is wider than that gap, so a file that would
 * only fail under the other reading is still flagged.
 */
export const KB = 1024;
export const MB = 1024 * 1024;
export const GB = 1024 * 1024 * 1024;

const UNIT_FACTORS: Record<string, number> = {
  '': 1, b: 1, byte: 1, bytes: 1, o: 1, octet: 1, octets: 1,
  k: KB, kb: KB, kib: KB, ko: KB,
  m: MB, mb: MB, mib: MB, mo: MB,
  g: GB, gb: GB, gib: GB, go: GB,
};

/** Longest input we look at; anything longer is not a size someone typed. */
const MAX_SIZE_TEXT = 40;
// Both patterns are linear: no nested or overlapping quantifiers, and they only ever see capped input.
const THOUSANDS_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s*[a-z]*)$/i;
const SIZE_TEXT = /^(\d+(?:[.,]\d+)?|\.\d+)\s*([a-z]*)$/i;

/**
 * Reads a size the user typed: "12 MB", "800kb", "1.5 GB", "2048" (bare number = bytes),
 * "1,5 Mo", "2,048 KB". Returns whole bytes, or null if the text is not a size.
 */
export function parseSize(text: string): number | null {
  if (text.length > MAX_SIZE_TEXT) return null;
  let cleaned = text.trim();
  if (cleaned === '') return null;
  // "2,048 KB" groups thousands; "1,5 MB" is a decimal comma.
  cleaned = THOUSANDS_GROUPED.test(cleaned) ? cleaned.replace(/,/g, '') : cleaned.replace(',', '.');
  const match = SIZE_TEXT.exec(cleaned);
  if (!match) return null;
  const factor = UNIT_FACTORS[match[2].toLowerCase()];
  if (factor === undefined) return null;
  const value = Number(match[1]) * factor;
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return null;
  return Math.round(value);
}

/** "24.50" → "24.5", "25.0" → "25" (a loop, not a regex: trailing-zero patterns backtrack). */
function trimZeros(fixed: string): string {
  if (!fixed.includes('.')) return fixed;
  let end = fixed.length;
  while (end > 0 && fixed[end - 1] === '0') end -= 1;
  if (end > 0 && fixed[end - 1] === '.') end -= 1;
  return fixed.slice(0, end);
}

/** Short human size in the same binary units: "812 bytes", "600 KB", "24.6 MB", "1.5 GB". */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs < KB) return `${Math.round(bytes)} ${Math.round(abs) === 1 ? 'byte' : 'bytes'}`;
  if (abs < MB) return `${trimZeros((bytes / KB).toFixed(abs < 10 * KB ? 1 : 0))} KB`;
  if (abs < GB) return `${trimZeros((bytes / MB).toFixed(1))} MB`;
  return `${trimZeros((bytes / GB).toFixed(2))} GB`;
}
