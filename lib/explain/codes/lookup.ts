import { STATUS_CLASSES, STATUS_DETAILS, STATUS_SUBJECTS } from './enhanced-status';
import { REPLY_CODES, REPLY_CODE_CLASSES } from './reply-codes';
import type { Side, Topic } from '../types';

export interface CodeRow {
  code: string;
  meaning: string;
  topic: Topic;
  side: Side;
  source: string;
}

const STATUS_FORM = /^([245])\.(\d{1,3})\.(\d{1,3})$/;
const REPLY_FORM = /^([2-5])\d\d$/;

const DETAIL_BY_CODE = new Map<string, CodeRow>(STATUS_DETAILS.map((r) => [r.code, r]));
const SUBJECT_BY_CODE = new Map<string, CodeRow>(STATUS_SUBJECTS.map((r) => [r.code, r]));
const REPLY_BY_CODE = new Map<string, CodeRow & { temporary: boolean }>(REPLY_CODES.map((r) => [r.code, r]));

/** The most specific registry row for a code: its detail row, else its subject row. */
export function lookupStatusRow(code: string): CodeRow | undefined {
  const m = STATUS_FORM.exec(code.trim());
  if (!m) return undefined;
  // Registry numbers have no leading zeros, so "5.01.1" is read as 5.1.1.
  const subject = String(Number(m[2]));
  const detail = String(Number(m[3]));
  return DETAIL_BY_CODE.get(`X.${subject}.${detail}`) ?? SUBJECT_BY_CODE.get(`X.${subject}`);
}

export function statusClassRow(code: string): CodeRow | undefined {
  const cls = code.trim().charAt(0);
  return STATUS_CLASSES.find((r) => r.code === cls);
}

/** What an enhanced status code means on its own, e.g. lookupStatus('5.2.2'). */
export function lookupStatus(code: string): { code: string; meaning: string } | undefined {
  if (!STATUS_FORM.test(code.trim())) return undefined;
  const row = lookupStatusRow(code);
  const cls = statusClassRow(code);
  if (!cls) return undefined;
  if (!row) return { code: code.trim(), meaning: `Not a code in the standard list. ${cls.meaning}` };
  return { code: code.trim(), meaning: `${row.meaning} ${cls.meaning}` };
}

export function lookupReplyRow(code: string): (CodeRow & { temporary: boolean }) | undefined {
  const m = REPLY_FORM.exec(code.trim());
  if (!m) return undefined;
  return REPLY_BY_CODE.get(code.trim()) ?? REPLY_CODE_CLASSES.find((r) => r.code === `${m[1]}xx`);
}

/** What a three-digit reply code means on its own, e.g. lookupReplyCode('550'). */
export function lookupReplyCode(code: string): { code: string; meaning: string } | undefined {
  const row = lookupReplyRow(code);
  if (!row) return undefined;
  const exact = REPLY_BY_CODE.has(code.trim());
  const cls = REPLY_CODE_CLASSES.find((r) => r.code === `${code.trim().charAt(0)}xx`);
  const meaning = exact && cls ? `${row.meaning} ${cls.meaning}` : row.meaning;
  return { code: code.trim(), meaning };
}
