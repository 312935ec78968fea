import type { MessageReport, RecipientFact } from '../decode/types';

/** One JSON line per failed or affected recipient; non-bounces get one `bounce:false` line. */
export type ExtraFields = (fact: RecipientFact, report: MessageReport) => Record<string, unknown>;

const AFFECTED_KINDS: ReadonlySet<MessageReport['kind']> = new Set(['bounce', 'delay', 'complaint']);

export function reportToJsonLines(file: string, messageIndex: number, report: MessageReport, extra?: ExtraFields): string[] {
  if (!AFFECTED_KINDS.has(report.kind) || report.recipients.length === 0) {
    return [JSON.stringify({ file, message: messageIndex, bounce: false })];
  }
  return report.recipients.map((fact) =>
    JSON.stringify({
      file,
      message: messageIndex,
      recipient: fact.recipient,
      action: fact.action,
      status: fact.status,
      replyCode: fact.replyCode,
      reason: fact.reason,
      hardBounce: fact.hardBounce,
      diagnostic: fact.diagnostic,
      format: report.format,
      ...(fact.feedbackType ? { feedbackType: fact.feedbackType } : {}),
      ...(extra ? extra(fact, report) : {}),
    }),
  );
}

/** A short human summary of one report, with our reading of each recipient when `explain` is given. */
export function reportToText(
  file: string, messageIndex: number, report: MessageReport,
  explain?: (fact: RecipientFact) => { title: string; side: string; retry: { advice: string; when?: string } },
): string {
  const head = `${file}${messageIndex > 0 ? ` #${messageIndex}` : ''}: ${report.kind}${report.format ? ` (${report.format})` : ''}`;
  if (report.recipients.length === 0) return head;
  const lines = report.recipients.map((f) => {
    const codes = [f.replyCode, f.status].filter(Boolean).join(' ');
    const hard = f.hardBounce ? 'hard' : 'soft';
    const diag = f.diagnostic.length > 120 ? `${f.diagnostic.slice(0, 117)}...` : f.diagnostic;
    const e = explain?.(f);
    const reading = e ? `\n    => ${e.title} (who acts: ${e.side}; retry: ${e.retry.advice}${e.retry.when ? `, ${e.retry.when}` : ''})` : '';
    return `  ${f.recipient ?? '(unknown recipient)'}  ${f.reason} [${hard}]${codes ? `  ${codes}` : ''}${diag ? `\n    ${diag}` : ''}${reading}`;
  });
  return [head, ...lines].join('\n');
}
