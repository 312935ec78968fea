import type { Confidence } from '../../lib/limits/types';
import type { SizeVerdict } from '../../lib/limits/check';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11" → "Nov 2026"; "2026-04-29" → "29 Apr 2026". */
export function formatAsOf(asOf: string): string {
  const [year, month, day] = asOf.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export const VERDICT_LABELS: Record<SizeVerdict | 'unsupported-type', string> = {
  fits: 'Fits',
  close: 'Close to the limit',
  'too-big': 'Too big',
  'unsupported-type': 'File type not supported',
};

/** Short marks so the verdict never relies on colour alone. */
export const VERDICT_ICONS: Record<SizeVerdict | 'unsupported-type', string> = {
  fits: '✓',
  close: '!',
  'too-big': '✕',
  'unsupported-type': '✕',
};

export const CONFIDENCE_NOTES: Record<Confidence, string> = {
  primary: '',
  secondary: 'From a second-hand source.',
  unconfirmed: 'Not confirmed by the provider.',
};

// Seed documents are partner help pages; users should see whose page, not our file name.
const SEED_NAMES: Record<string, string> = {
  '000_d3ccd0a11c1cc42d': 'Aesthetix CRM help',
  '001_4834da8ba612a02b': 'SMTP service help',
  '002_538cbb084d2efc94': 'SMTP relay help',
  '003_aeceafabff12c291': 'TrekMail help',
  '004_99455f2c60c71809': 'firstsales.io help',
};

export function readableSource(source: string): string {
  return source
    .split(';')
    .map((part) => {
      const trimmed = part.trim();
      return trimmed.startsWith('seed:') ? (SEED_NAMES[trimmed.slice(5)] ?? 'partner help page') : trimmed;
    })
    .join('; ');
}

export function sourceLine(source: string, asOf: string): string {
  return `Source: ${readableSource(source)} · ${formatAsOf(asOf)}`;
}
