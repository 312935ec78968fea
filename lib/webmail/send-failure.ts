/**
 * Recognises webmail send-failure notices (a toast or info bar saying a message was not sent) and stuck
 * Outbox states, from their text.
 *
 * SOURCE WARNING: webmail-dom.md §1a/§1b found NO public code or documentation quoting Gmail's send-error
 * toasts, its offline Outbox label, or OWA's "wasn't sent" info bars ("Capture them live"). Every phrase below
 * is therefore UNCONFIRMED: English entries are written from the apps' public help wording as we remember it,
 * other languages are our own translations of the same. They must be replaced by live captures (one per locale)
 * before release; the tests only pin the matching logic, not the wording.
 */

export type SendFailureCause =
  | 'attachment-too-large'
  | 'offline-queued'
  | 'recipient-invalid'
  | 'sending-limit'
  | 'blocked-content'
  | 'unknown';

export type SendFailureNoticeId = 'gmail-not-sent' | 'gmail-outbox' | 'outlook-not-sent' | 'outlook-outbox';

export interface SendFailurePhrase {
  readonly notice: SendFailureNoticeId;
  readonly text: string;
  readonly lang: string;
  /** Set when the phrase itself names the cause. */
  readonly cause?: SendFailureCause;
}

export interface SendFailureMatch {
  notice: SendFailureNoticeId;
  cause: SendFailureCause;
  /** The notice phrase that matched, as written in the table. */
  phrase: string;
}

/** Notice phrases, most specific first: the first hit names the notice. All UNCONFIRMED (see file header). */
export const SEND_FAILURE_PHRASES: readonly SendFailurePhrase[] = [
  // Gmail
  { notice: 'gmail-not-sent', lang: 'en', text: 'You have reached a limit for sending mail', cause: 'sending-limit' },
  { notice: 'gmail-not-sent', lang: 'en', text: 'was not recognized. Please make sure that all addresses are properly formed', cause: 'recipient-invalid' },
  { notice: 'gmail-not-sent', lang: 'en', text: "Couldn't send message" },
  { notice: 'gmail-not-sent', lang: 'en', text: 'Message not sent' },
  { notice: 'gmail-not-sent', lang: 'en', text: 'Your message was not sent' },
  { notice: 'gmail-not-sent', lang: 'en', text: 'Sending failed' },
  { notice: 'gmail-not-sent', lang: 'de', text: 'Nachricht konnte nicht gesendet werden' },
  { notice: 'gmail-not-sent', lang: 'de', text: 'Nachricht nicht gesendet' },
  { notice: 'gmail-not-sent', lang: 'fr', text: "Impossible d'envoyer le message" },
  { notice: 'gmail-not-sent', lang: 'fr', text: 'Message non envoyé' },
  { notice: 'gmail-not-sent', lang: 'es', text: 'No se ha podido enviar el mensaje' },
  { notice: 'gmail-not-sent', lang: 'es', text: 'Mensaje no enviado' },
  { notice: 'gmail-outbox', lang: 'en', text: 'Message queued in Outbox', cause: 'offline-queued' },
  { notice: 'gmail-outbox', lang: 'en', text: "will be sent when you're back online", cause: 'offline-queued' },
  { notice: 'gmail-outbox', lang: 'en', text: 'Queued', cause: 'offline-queued' },
  // Outlook on the web
  { notice: 'outlook-not-sent', lang: 'en', text: "This message wasn't sent" },
  { notice: 'outlook-not-sent', lang: 'en', text: "This message hasn't been sent" },
  { notice: 'outlook-not-sent', lang: 'en', text: "This message couldn't be sent" },
  { notice: 'outlook-not-sent', lang: 'en', text: "Your message couldn't be sent" },
  { notice: 'outlook-not-sent', lang: 'de', text: 'Diese Nachricht wurde nicht gesendet' },
  { notice: 'outlook-not-sent', lang: 'fr', text: "Ce message n'a pas été envoyé" },
  { notice: 'outlook-not-sent', lang: 'es', text: 'Este mensaje no se ha enviado' },
  { notice: 'outlook-not-sent', lang: 'it', text: 'Questo messaggio non è stato inviato' },
  { notice: 'outlook-not-sent', lang: 'nl', text: 'Dit bericht is niet verzonden' },
  { notice: 'outlook-not-sent', lang: 'pt', text: 'Esta mensagem não foi enviada' },
];

/** Outbox folder names, for counting stuck messages in a folder pane or nav. UNCONFIRMED (see header). */
export const OUTBOX_FOLDER_NAMES: readonly { text: string; lang: string }[] = [
  { text: 'Outbox', lang: 'en' },
  { text: 'Postausgang', lang: 'de' },
  { text: "Boîte d'envoi", lang: 'fr' },
  { text: 'Bandeja de salida', lang: 'es' },
  { text: 'Posta in uscita', lang: 'it' },
  { text: 'Postvak UIT', lang: 'nl' },
  { text: 'Caixa de Saída', lang: 'pt' },
];

/** Phrases that reveal the cause inside a notice's text, checked in order (most specific first). */
export const SEND_FAILURE_CAUSE_PHRASES: readonly { cause: SendFailureCause; text: string }[] = [
  { cause: 'attachment-too-large', text: 'exceeds the' },
  { cause: 'attachment-too-large', text: 'too large' },
  { cause: 'attachment-too-large', text: 'size limit' },
  { cause: 'attachment-too-large', text: 'zu groß' },
  { cause: 'attachment-too-large', text: 'trop volumineux' },
  { cause: 'attachment-too-large', text: 'demasiado grande' },
  { cause: 'sending-limit', text: 'limit for sending' },
  { cause: 'sending-limit', text: 'sending limit' },
  { cause: 'sending-limit', text: 'too many messages' },
  { cause: 'sending-limit', text: 'too many recipients' },
  { cause: 'sending-limit', text: 'Sendelimit' },
  { cause: 'recipient-invalid', text: 'not recognized' },
  { cause: 'recipient-invalid', text: 'not recognised' },
  { cause: 'recipient-invalid', text: 'invalid address' },
  { cause: 'recipient-invalid', text: 'check the address' },
  { cause: 'recipient-invalid', text: "couldn't be resolved" },
  { cause: 'recipient-invalid', text: 'ungültige Adresse' },
  { cause: 'blocked-content', text: 'security reasons' },
  { cause: 'blocked-content', text: 'blocked' },
  { cause: 'blocked-content', text: 'spam' },
  { cause: 'blocked-content', text: 'blockiert' },
  { cause: 'offline-queued', text: 'offline' },
  { cause: 'offline-queued', text: 'Outbox' },
  { cause: 'offline-queued', text: 'Postausgang' },
  { cause: 'offline-queued', text: 'no connection' },
  { cause: 'offline-queued', text: 'hors connexion' },
];

/** Notices are short; anything longer than this is not a toast or info bar. */
const MAX_NOTICE_CHARS = 4096;

function fold(text: string): string {
  return text
    .slice(0, MAX_NOTICE_CHARS)
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .toLowerCase();
}

/** "Queued" alone is too common a word to count unless it is (nearly) the whole notice. */
const SHORT_ONLY_PHRASES = new Set(['queued']);

/**
 * Classifies a notice's text. `app` is only needed for the adapters' Outbox labels ("Outbox 2"), whose words
 * are the same in both apps: with it they classify as gmail-outbox / outlook-outbox, without it they return null.
 */
export function classifySendFailure(text: string, app?: 'gmail' | 'outlook'): SendFailureMatch | null {
  const folded = fold(text).trim();
  if (folded === '') return null;
  for (const entry of SEND_FAILURE_PHRASES) {
    const needle = entry.text.toLowerCase();
    if (SHORT_ONLY_PHRASES.has(needle) ? folded.replace(/[.!]$/, '') !== needle : !folded.includes(needle)) continue;
    const cause = entry.cause ?? causeFrom(folded);
    return { notice: entry.notice, cause, phrase: entry.text };
  }
  const stuck = app ? outboxCount(folded) : null;
  if (app && stuck) {
    const name = OUTBOX_FOLDER_NAMES.find((n) => folded.startsWith(n.text.toLowerCase()))!;
    return { notice: app === 'gmail' ? 'gmail-outbox' : 'outlook-outbox', cause: causeFrom(folded), phrase: name.text };
  }
  return null;
}

function causeFrom(folded: string): SendFailureCause {
  for (const entry of SEND_FAILURE_CAUSE_PHRASES) {
    if (folded.includes(entry.text.toLowerCase())) return entry.cause;
  }
  return 'unknown';
}

/**
 * Reads a folder label such as "Outbox 2", "Outbox (2)" or "Postausgang, 1 item": returns the stuck count
 * when the label names an Outbox, else null.
 */
export function outboxCount(label: string): number | null {
  const folded = fold(label).trim();
  const name = OUTBOX_FOLDER_NAMES.find((n) => folded.startsWith(n.text.toLowerCase()));
  if (!name) return null;
  const digits = /\d{1,5}/.exec(folded.slice(name.text.length));
  return digits ? Number(digits[0]) : 0;
}
