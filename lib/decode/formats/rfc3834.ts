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

/** Auto-reply wording that says the address is no longer read at all (not just "away"). */
const DEAD_MAILBOX = [
  'is no longer in use', 'is no longer active', 'is no longer monitored', 'is no longer being monitored',
  'wird nicht mehr genutzt', 'wird nicht mehr verwendet', "n'est plus utilisée", "n'est plus utilisee", "n'est plus active",
  'ya no está en uso', 'ya no se utiliza', 'non è più attivo', 'non è più in uso', 'is niet meer in gebruik',
  'não está mais em uso', 'больше не используется',
];
/** ...said of the mail address itself. */
const MAILBOX_WORDS = ['email', 'e-mail', 'inbox', 'mailbox', 'address', 'account', 'adresse', 'postfach', 'dirección', 'indirizzo', 'адрес', 'ящик'];

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
    // An automatic answer saying the mailbox itself is gone is a bounce in all but name: nobody will read the mail.
    const head = foldLine(msg.text.slice(0, 4096), 4096).toLowerCase();
    if (includesAny(head, DEAD_MAILBOX) && includesAny(head, MAILBOX_WORDS)) {
      return {
        kind: 'bounce',
        facts: [{ recipient: msg.fromAddress, action: 'failed', status: null, replyCode: null, diagnostic, reason: 'suspend' }],
      };
    }
    return {
      kind: 'auto-reply',
      facts: [{ recipient: msg.fromAddress, action: 'delivered', status: null, replyCode: null, diagnostic, reason: 'vacation' }],
    };
  },
};
