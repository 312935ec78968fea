/**
 * Phrase data for recognising bounce notifications in webmail, kept apart from the logic (the Sisimai pattern:
 * phrase tables at the top, typed `as const`). Matching is case-insensitive substring search on whitespace-
 * folded text, so these are plain strings, never regular expressions.
 *
 * Sources: /work/shared/reference/webmail-dom.md §3 ("What bounces look like", gathered Nov 2026 from Sisimai
 * Lhost/Office365.pm, Exchange2007.pm, Gmail.pm, set-of-emails and Microsoft's non-delivery-reports-in-exchange-
 * online.md). Entries marked `confirmed: false` come from one third-party sample only (UNCONF): they may be wrong
 * and must be checked against a real NDR before anything depends on them alone.
 */

export interface Phrase {
  readonly text: string;
  /** BCP 47 language of the phrase. */
  readonly lang: string;
  readonly source: string;
  readonly confirmed?: false;
}

/** Local parts of addresses that only machines send bounces from. */
export const BOUNCE_SENDER_LOCAL_PARTS: readonly string[] = [
  'mailer-daemon', // Gmail, Postfix, Exim, Sendmail, qmail, Yahoo (webmail-dom.md §3)
  'postmaster', // Outlook.com consumer NDRs, many MTAs
  'mail-daemon',
  'double-bounce', // Postfix's own address for bounces of bounces
];

/**
 * Exchange Online's system sender on tenants: MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@<tenant>
 * (webmail-dom.md §3, "many public parsers; a Graph JSON sample"). The hex suffix is the same everywhere.
 */
export const EXCHANGE_SYSTEM_LOCAL_PART = /^microsoftexchange[0-9a-f]{32}$/;

export const BOUNCE_SENDER_NAMES: readonly Phrase[] = [
  { text: 'Mail Delivery Subsystem', lang: 'en', source: 'Gmail, Sendmail (webmail-dom.md §3)' },
  { text: 'Mail Delivery System', lang: 'en', source: 'Postfix, Exim (webmail-dom.md §3)' },
  { text: 'Microsoft Outlook', lang: 'en', source: 'Exchange Online NDR display name (webmail-dom.md §3)' },
  { text: 'Mailer-Daemon', lang: 'en', source: 'generic MTA display name' },
  { text: 'Postmaster', lang: 'en', source: 'generic MTA display name' },
  { text: 'Mail Administrator', lang: 'en', source: 'generic MTA display name', confirmed: false },
];

/**
 * Subject prefixes of Exchange / Outlook NDRs by language (webmail-dom.md §3: Sisimai Lhost/Office365.pm,
 * Exchange2007.pm). Matched at the start of the subject after any Re:/Fwd: prefixes are removed.
 */
export const BOUNCE_SUBJECT_PREFIXES: readonly Phrase[] = [
  { text: 'Undeliverable:', lang: 'en', source: 'Exchange NDR (webmail-dom.md §3)' },
  { text: 'Unzustellbar:', lang: 'de', source: 'Sisimai Lhost/Office365.pm' },
  { text: 'Non remis :', lang: 'fr', source: 'Sisimai Lhost/Office365.pm (matches Non_remis_)' },
  { text: 'Non remis:', lang: 'fr', source: 'Sisimai Lhost/Office365.pm, without the French space' },
  { text: 'No se puede entregar:', lang: 'es', source: 'Sisimai Lhost/Office365.pm; an MX filter in recent public code' },
  { text: 'Non recapitabile:', lang: 'it', source: 'Sisimai Lhost/Office365.pm' },
  { text: 'Onbestelbaar:', lang: 'nl', source: 'Sisimai Lhost/Office365.pm' },
  { text: 'Não entregue:', lang: 'pt', source: 'Sisimai Lhost/Office365.pm' },
  { text: 'Não é possível entregar:', lang: 'pt', source: 'project brief; no public sample seen', confirmed: false },
  { text: '配信不能:', lang: 'ja', source: 'one public test fixture (iso2022jp_bounce.eml)', confirmed: false },
  { text: 'Недоставляемое сообщение:', lang: 'ru', source: 'no public sample seen; verify on a ru-RU tenant', confirmed: false },
  { text: 'Не удается доставить:', lang: 'ru', source: 'no public sample seen; verify on a ru-RU tenant', confirmed: false },
];

/** Subjects other MTAs use, anywhere in the subject (webmail-dom.md §3 "Other MTAs" table). */
export const BOUNCE_SUBJECT_PHRASES: readonly Phrase[] = [
  { text: 'Delivery Status Notification (Failure)', lang: 'en', source: 'Gmail (webmail-dom.md §3)' },
  { text: 'Delivery Status Notification (Delay)', lang: 'en', source: 'Gmail (webmail-dom.md §3)' },
  { text: 'Undelivered Mail Returned to Sender', lang: 'en', source: 'Postfix (webmail-dom.md §3)' },
  { text: 'Mail delivery failed', lang: 'en', source: 'Exim (webmail-dom.md §3)' },
  { text: 'Returned mail: see transcript for details', lang: 'en', source: 'Sendmail (webmail-dom.md §3)' },
  { text: 'Returned mail:', lang: 'en', source: 'Sendmail variants' },
  { text: 'failure notice', lang: 'en', source: 'qmail, Yahoo (webmail-dom.md §3)' },
  { text: 'Warning: could not send message for past', lang: 'en', source: 'Sendmail delay (webmail-dom.md §3)' },
  { text: 'Undeliverable mail', lang: 'en', source: 'generic', confirmed: false },
  { text: 'Delivery Failure', lang: 'en', source: 'generic', confirmed: false },
];

/** Exim's delay notice: "Warning: message … delayed"; matched as two parts because the id sits between them. */
export const EXIM_DELAY_SUBJECT = { start: 'warning: message ', end: ' delayed', source: 'Exim (webmail-dom.md §3)' } as const;

/**
 * Body phrases that only delivery reports contain. One of these plus a bounce sender or subject makes a
 * bounce; two of them do on their own (webmail-dom.md §4 rule).
 */
export const BOUNCE_BODY_PHRASES: readonly Phrase[] = [
  // Gmail's own card and text part
  { text: 'Address not found', lang: 'en', source: 'Gmail DSN card h2 (webmail-dom.md §3)' },
  { text: 'Message not delivered', lang: 'en', source: 'Gmail DSN card h2' },
  { text: 'Message blocked', lang: 'en', source: 'Gmail DSN card h2' },
  { text: 'Delivery incomplete', lang: 'en', source: 'Gmail DSN card h2' },
  { text: "wasn't delivered to", lang: 'en', source: 'Gmail DSN lead sentence' },
  { text: 'The response from the remote server was', lang: 'en', source: 'Gmail DSN' },
  { text: 'The response was:', lang: 'en', source: 'Gmail DSN' },
  { text: 'Delivery to the following recipient failed permanently', lang: 'en', source: 'Gmail pre-2016 (Sisimai Lhost/Gmail.pm)' },
  { text: 'Technical details of permanent failure', lang: 'en', source: 'Gmail pre-2016 (Sisimai Lhost/Gmail.pm)' },
  // Exchange / Outlook, new format
  { text: "couldn't be delivered", lang: 'en', source: 'Exchange Online new NDR' },
  { text: 'More Info for Email Admins', lang: 'en', source: 'Exchange Online new NDR' },
  { text: 'Original Message Details', lang: 'en', source: 'Exchange Online new NDR' },
  { text: 'RESOLVER.', lang: 'en', source: 'Exchange enhanced diagnostics (RESOLVER.ADR.*)' },
  // Exchange, older format, with the localized labels webmail-dom.md §3 lists
  { text: 'Delivery has failed to these recipients or groups', lang: 'en', source: 'Exchange old NDR' },
  { text: 'Diagnostic information for administrators', lang: 'en', source: 'Exchange old NDR' },
  { text: 'Diagnoseinformationen für Administratoren', lang: 'de', source: 'Exchange old NDR, de' },
  { text: 'Informations de diagnostic pour les administrateurs', lang: 'fr', source: 'Exchange old NDR, fr' },
  { text: 'Información de diagnóstico para los administradores', lang: 'es', source: 'Exchange old NDR, es' },
  { text: 'Diagnostische gegevens voor beheerders', lang: 'nl', source: 'Exchange old NDR, nl' },
  { text: 'Informazioni di diagnostica per gli amministratori', lang: 'it', source: 'Sisimai Lhost/Exchange2007.pm', confirmed: false },
  { text: 'Remote Server returned', lang: 'en', source: 'Exchange old NDR' },
  { text: 'Original message headers', lang: 'en', source: 'Exchange old NDR' },
  // MTAs
  { text: 'This is the mail system at host', lang: 'en', source: 'Postfix' },
  { text: '(in reply to RCPT TO command)', lang: 'en', source: 'Postfix' },
  { text: 'This message was created automatically by mail delivery software', lang: 'en', source: 'Exim' },
  { text: 'SMTP error from remote mail server', lang: 'en', source: 'Exim' },
  { text: 'The following addresses had permanent fatal errors', lang: 'en', source: 'Sendmail' },
  { text: 'This is the qmail-send program', lang: 'en', source: 'qmail' },
  { text: 'we were unable to deliver your message to the following address', lang: 'en', source: 'Yahoo' },
  { text: 'Remote host said:', lang: 'en', source: 'Yahoo' },
  // RFC 3464 delivery-status fields, when the app shows that part inline
  { text: 'Reporting-MTA:', lang: 'en', source: 'RFC 3464 field' },
  { text: 'Diagnostic-Code:', lang: 'en', source: 'RFC 3464 field' },
  { text: 'Final-Recipient:', lang: 'en', source: 'RFC 3464 field' },
];

/** Reply prefixes stripped before the subject is compared (they do not change what the message is). */
export const REPLY_SUBJECT_PREFIXES: readonly string[] = ['re:', 'aw:', 'sv:', 'antw:', 'r:', 'rif:', 'res:'];

/** Forward prefixes: a bounce someone forwarded is a person's message about a bounce, not a bounce. */
export const FORWARD_SUBJECT_PREFIXES: readonly Phrase[] = [
  { text: 'Fwd:', lang: 'en', source: 'Gmail forward prefix' },
  { text: 'Fw:', lang: 'en', source: 'Outlook forward prefix' },
  { text: 'WG:', lang: 'de', source: 'Outlook de forward prefix' },
  { text: 'TR:', lang: 'fr', source: 'Outlook fr forward prefix' },
  { text: 'RV:', lang: 'es', source: 'Outlook es forward prefix' },
  { text: 'I:', lang: 'it', source: 'Outlook it forward prefix', confirmed: false },
  { text: 'Doorst:', lang: 'nl', source: 'Outlook nl forward prefix', confirmed: false },
  { text: 'ENC:', lang: 'pt', source: 'Outlook pt forward prefix', confirmed: false },
  { text: 'Enc:', lang: 'pt', source: 'Outlook pt forward prefix', confirmed: false },
];

/** Lines mail clients put above forwarded or quoted content. */
export const FORWARD_BODY_MARKERS: readonly Phrase[] = [
  { text: '---------- Forwarded message ---------', lang: 'en', source: 'Gmail forward separator' },
  { text: 'Forwarded message', lang: 'en', source: 'Gmail/Thunderbird forward separator' },
  { text: 'Begin forwarded message:', lang: 'en', source: 'Apple Mail forward separator' },
  { text: '-----Original Message-----', lang: 'en', source: 'classic Outlook separator' },
  { text: 'Weitergeleitete Nachricht', lang: 'de', source: 'Gmail/Thunderbird de separator', confirmed: false },
  { text: '-----Ursprüngliche Nachricht-----', lang: 'de', source: 'classic Outlook de separator (dashes matter: NDRs say "Ursprüngliche Nachrichtenkopfzeilen")', confirmed: false },
  { text: 'Message transféré', lang: 'fr', source: 'Gmail/Thunderbird fr separator', confirmed: false },
  { text: "-----Message d'origine-----", lang: 'fr', source: "classic Outlook fr separator (dashes matter: NDRs say \"En-têtes de message d'origine\")", confirmed: false },
  { text: 'Mensaje reenviado', lang: 'es', source: 'Gmail es separator', confirmed: false },
  { text: 'Messaggio inoltrato', lang: 'it', source: 'Gmail it separator', confirmed: false },
  { text: 'Doorgestuurd bericht', lang: 'nl', source: 'Gmail nl separator', confirmed: false },
];

/** Outlook's forward header block: a "From:" line directly followed by a "Sent:" line (localized pairs). */
const FORWARD_FROM_LABELS = ['from:', 'von:', 'de:', 'da:', 'van:'];
const FORWARD_SENT_LABELS = ['sent:', 'gesendet:', 'envoyé:', 'enviado:', 'inviato:', 'verzonden:', 'date:', 'datum:'];

/** Line by line rather than one multi-line regex, which backtracks badly on long runs of "De:". */
export function hasOutlookForwardHeader(text: string): boolean {
  const lines = text.slice(0, 64 * 1024).split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trimStart().toLowerCase();
    if (line.length > 300 || !FORWARD_FROM_LABELS.some((l) => line.startsWith(l))) continue;
    const next = lines[i + 1]!.trimStart().toLowerCase();
    if (FORWARD_SENT_LABELS.some((l) => next.startsWith(l))) return true;
  }
  return false;
}
