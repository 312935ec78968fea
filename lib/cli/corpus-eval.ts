import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeRaw, decodeVisibleText } from '../decode';
import { parseMessage, splitMessages } from '../decode/mime';
import type { MessageReport, Reason, RecipientFact } from '../decode/types';

/** One line of the corpus's expected.jsonl. */
export interface ExpectedRow {
  file: string;
  index: number;
  status: string | null;
  replyCode: string | null;
  reason: string;
  hardbounce: boolean;
  feedbackType?: string;
}

export interface Score {
  files: number;
  detected: number;
  recipientFiles: number;
  recipientsRight: number;
  statusTotal: number;
  statusRight: number;
  /** Rows whose expected status is literally in the text the decoder was given (the fair denominator for visible text). */
  statusShownTotal: number;
  statusShownRight: number;
  replyTotal: number;
  replyRight: number;
  replyShownTotal: number;
  replyShownRight: number;
  reasonTotal: number;
  reasonRight: number;
  hardTotal: number;
  hardRight: number;
}

export interface Miss {
  mode: 'raw' | 'visible';
  file: string;
  index: number;
  field: 'detected' | 'recipients' | 'status' | 'replyCode' | 'reason' | 'hardbounce';
  expected: unknown;
  got: unknown;
}

export interface CorpusEvaluation {
  raw: Score;
  visible: Score;
  families: Record<string, { raw: Score; visible: Score }>;
  misses: Miss[];
  /** Files that must not be bounces (maildir/not, mailbox/size-*): how many were wrongly reported as bounces. */
  negatives: { files: number; falsePositives: number; falsePositiveFiles: string[] };
  /** Every other file (err/, mbox) decoded without crashing: messages seen. */
  extraMessages: number;
  uniqueFiles: number;
  elapsedMs: number;
}

export interface EvaluateOptions {
  /** Called for every expected row with the fact we produced (raw mode), e.g. to score explanations. */
  onFact?: (fact: RecipientFact | null, expected: ExpectedRow) => void;
  /** Skip the visible-text pass. */
  rawOnly?: boolean;
}

/** Coarse classes: newer Sisimai merges these, and the UI explains them the same way. */
const REASON_CLASS: Partial<Record<string, string>> = {
  speeding: 'ratelimited', toomanyconn: 'ratelimited', mesgtoobig: 'emailtoolarge', exceedlimit: 'emailtoolarge',
};
export function sameReasonClass(a: string, b: string): boolean {
  return (REASON_CLASS[a] ?? a) === (REASON_CLASS[b] ?? b);
}

function emptyScore(): Score {
  return { files: 0, detected: 0, recipientFiles: 0, recipientsRight: 0, statusTotal: 0, statusRight: 0, statusShownTotal: 0, statusShownRight: 0, replyTotal: 0, replyRight: 0, replyShownTotal: 0, replyShownRight: 0, reasonTotal: 0, reasonRight: 0, hardTotal: 0, hardRight: 0 };
}

function add(into: Score, s: Score): void {
  for (const k of Object.keys(into) as (keyof Score)[]) into[k] += s[k];
}

export function familyOf(file: string): string {
  return path.basename(file).replace(/\.eml$/, '').replace(/-\d+$/, '');
}

function expectedKind(rows: ExpectedRow[]): MessageReport['kind'][] {
  const r = rows[0].reason;
  if (r === 'feedback') return ['complaint'];
  if (r === 'vacation') return ['auto-reply'];
  if (r === 'delivered') return ['delivered'];
  return ['bounce', 'delay'];
}

function scoreFile(mode: 'raw' | 'visible', file: string, rows: ExpectedRow[], report: MessageReport | undefined, misses: Miss[], onFact?: EvaluateOptions['onFact'], shownText?: string): Score {
  const s = emptyScore();
  s.files = 1;
  const detected = !!report && expectedKind(rows).includes(report.kind);
  if (detected) s.detected = 1;
  else misses.push({ mode, file, index: 0, field: 'detected', expected: expectedKind(rows), got: report?.kind ?? null });
  s.recipientFiles = 1;
  const got = report?.recipients ?? [];
  if (got.length === rows.length) s.recipientsRight = 1;
  else misses.push({ mode, file, index: 0, field: 'recipients', expected: rows.length, got: got.length });
  for (const row of rows) {
    const fact = got[row.index - 1] ?? null;
    if (onFact && mode === 'raw') onFact(fact, row);
    if (row.status !== null) {
      s.statusTotal++;
      const shown = shownText === undefined || shownText.includes(row.status);
      if (shown) s.statusShownTotal++;
      if (fact?.status === row.status) {
        s.statusRight++;
        if (shown) s.statusShownRight++;
      }
      else misses.push({ mode, file, index: row.index, field: 'status', expected: row.status, got: fact?.status ?? null });
    }
    if (row.replyCode !== null) {
      s.replyTotal++;
      const shown = shownText === undefined || shownText.includes(row.replyCode);
      if (shown) s.replyShownTotal++;
      if (fact?.replyCode === row.replyCode) {
        s.replyRight++;
        if (shown) s.replyShownRight++;
      }
      else misses.push({ mode, file, index: row.index, field: 'replyCode', expected: row.replyCode, got: fact?.replyCode ?? null });
    }
    if (row.reason !== 'onhold' && row.reason !== 'undefined') {
      s.reasonTotal++;
      if (fact && sameReasonClass(fact.reason, row.reason)) s.reasonRight++;
      else misses.push({ mode, file, index: row.index, field: 'reason', expected: row.reason, got: fact?.reason ?? null });
    }
    s.hardTotal++;
    if ((fact?.hardBounce ?? false) === row.hardbounce) s.hardRight++;
    else misses.push({ mode, file, index: row.index, field: 'hardbounce', expected: row.hardbounce, got: fact?.hardBounce ?? null });
  }
  return s;
}

function contentHash(bytes: Buffer): string {
  const text = bytes.toString('latin1').replace(/\r\n?/g, '\n');
  return createHash('sha256').update(text, 'latin1').digest('hex');
}

/** What a webmail would show: only the human-readable parts, plus subject and sender. */
export async function visibleInput(bytes: Uint8Array): Promise<{ text: string; subject: string; from: string }> {
  const parts = splitMessages(bytes);
  const msg = await parseMessage(parts[0] ?? bytes);
  return { text: msg.text, subject: msg.subject, from: msg.from };
}

export async function visibleReport(bytes: Uint8Array): Promise<MessageReport> {
  const v = await visibleInput(bytes);
  return decodeVisibleText(v.text, { subject: v.subject, from: v.from });
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

export function readExpected(dir: string): ExpectedRow[] {
  return readFileSync(path.join(dir, 'expected.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ExpectedRow);
}

/** Scores the decoder on the shared corpus (deduplicated by newline-normalized content), in raw and visible-text modes. */
export async function evaluateCorpus(dir: string, opts: EvaluateOptions = {}): Promise<CorpusEvaluation> {
  const started = Date.now();
  const rows = readExpected(dir);
  const byFile = new Map<string, ExpectedRow[]>();
  for (const r of rows) {
    const list = byFile.get(r.file) ?? [];
    list.push(r);
    byFile.set(r.file, list);
  }
  const emails = path.join(dir, 'emails');
  const seen = new Set<string>();
  const raw = emptyScore();
  const visible = emptyScore();
  const families: CorpusEvaluation['families'] = {};
  const misses: Miss[] = [];
  let uniqueFiles = 0;
  for (const [file, list] of [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const full = path.join(emails, file);
    if (!existsSync(full)) continue;
    const bytes = readFileSync(full);
    const hash = contentHash(bytes);
    if (seen.has(hash)) continue;
    seen.add(hash);
    uniqueFiles++;
    list.sort((a, b) => a.index - b.index);
    const fam = familyOf(file);
    families[fam] ??= { raw: emptyScore(), visible: emptyScore() };
    const reports = await decodeRaw(bytes);
    // A few files hold several messages (an mbox tail); their expected rows run across all of them.
    const merged = reports[0] ? { ...reports[0], recipients: reports.flatMap((x) => x.recipients) } : undefined;
    const r = scoreFile('raw', file, list, merged, misses, opts.onFact);
    add(raw, r);
    add(families[fam].raw, r);
    if (!opts.rawOnly) {
      const input = await visibleInput(bytes);
      const v = scoreFile('visible', file, list, decodeVisibleText(input.text, { subject: input.subject, from: input.from }), misses, undefined, input.text);
      add(visible, v);
      add(families[fam].visible, v);
    }
  }
  let negativesFiles = 0;
  let falsePositives = 0;
  const falsePositiveFiles: string[] = [];
  let extraMessages = 0;
  for (const full of listFiles(emails)) {
    const rel = path.relative(emails, full).split(path.sep).join('/');
    if (byFile.has(rel)) continue;
    const reports = await decodeRaw(readFileSync(full));
    const negative = rel.startsWith('maildir/not/') || /^mailbox\/size-/.test(rel);
    if (negative) {
      negativesFiles++;
      if (reports.some((x) => x.kind === 'bounce' || x.kind === 'delay')) {
        falsePositives++;
        falsePositiveFiles.push(rel);
      }
    } else extraMessages += reports.length;
  }
  return { raw, visible, families, misses, negatives: { files: negativesFiles, falsePositives, falsePositiveFiles }, extraMessages, uniqueFiles, elapsedMs: Date.now() - started };
}

export function ratio(right: number, total: number): number {
  return total === 0 ? 1 : right / total;
}

export function formatScore(label: string, s: Score): string {
  const pct = (a: number, b: number) => `${(100 * ratio(a, b)).toFixed(1)}% (${a}/${b})`;
  return [
    `${label}`,
    `  detected          ${pct(s.detected, s.files)}`,
    `  recipient count   ${pct(s.recipientsRight, s.recipientFiles)}`,
    `  status            ${pct(s.statusRight, s.statusTotal)}`,
    ...(s.statusShownTotal !== s.statusTotal ? [`    where the text shows it   ${pct(s.statusShownRight, s.statusShownTotal)}`] : []),
    `  reply code        ${pct(s.replyRight, s.replyTotal)}`,
    ...(s.replyShownTotal !== s.replyTotal ? [`    where the text shows it   ${pct(s.replyShownRight, s.replyShownTotal)}`] : []),
    `  reason (coarse)   ${pct(s.reasonRight, s.reasonTotal)}`,
    `  hard/soft         ${pct(s.hardRight, s.hardTotal)}`,
  ].join('\n');
}

export type { Reason };
