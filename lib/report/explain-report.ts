import type { MessageReport } from '../decode/types';
import { explainFact } from '../explain';
import type { SendingService } from '../explain/sending-services';
import type { ExplainedRecipient } from './support-ticket';

/** Pairs every affected recipient of a decoded message with its explanation. */
export function explainReport(report: MessageReport, service?: SendingService): ExplainedRecipient[] {
  return report.recipients
    .filter((fact) => fact.action !== 'delivered' && fact.action !== 'relayed' && fact.action !== 'expanded')
    .map((fact) => ({ fact, explanation: explainFact(fact, service ? { service } : undefined) }));
}
