import type { BounceMessage } from '../message';
import { header } from '../message';
import { foldLine, includesAny } from '../text';
import type { FormatModule } from './types';

/** RFC 3834 auto-replies (out-of-office, vacation): not failures. */

const AUTO_SUBJECTS = [
  'auto:', 'auto reply', 'autoreply', 'auto-reply', 'automatic reply', 'out of office', 'out of the office', 'vacation',
  'abwesenheit', 'automatische antwort', 'absence', 'réponse automatique', 'respuesta automática', 'fuera de la oficina',
  'risposta automatica', 'fuori sede', 'automatisch antwoord', 'afwezig', 'resposta automática', 'ausência',
  '自動応答', '不在', 'автоответ', 'автоматический ответ',
];

export const rfc3834: FormatModule = {
  id: 'rfc3834',
  detect(msg: BounceMessage) {
    if (msg.deliveryStatus) return false;
    const auto = (header(msg, 'auto-submitted') ?? '').toLowerCase();
    const subject = msg.subject.toLowerCase();
    const from = msg.from.toLowerCase();
    if (from.includes('mailer-daemon') || from.includes('postmaster')) return false;
    if (auto.startsWith('auto-replied')) return true;
    if (msg.headers.has('x-autoreply') || msg.headers.has('x-autorespond') || msg.headers.has('x-auto-response-suppress') && includesAny(subject, AUTO_SUBJECTS)) return true;
    if ((header(msg, 'precedence') ?? '').toLowerCase() === 'auto_reply') return true;
    return includesAny(subject, AUTO_SUBJECTS) !== null;
  },
  parse(msg) {
    const diagnostic = foldLine(msg.text.split('\n').filter((l) => l.trim()).slice(0, 2).join(' '), 512);
    return {
      kind: 'auto-reply',
      facts: [{ recipient: msg.fromAddress, action: 'delivered', status: null, replyCode: null, diagnostic, reason: 'vacation' }],
    };
  },
};
