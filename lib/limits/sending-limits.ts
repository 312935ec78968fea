import type { SendingLimit, SendingLimitKind } from './types';

/** Plain labels for the limit kinds, also used as search text. */
export const SENDING_LIMIT_KIND_LABELS: Record<SendingLimitKind, string> = {
  'recipients-per-message': 'Recipients per email',
  'messages-per-day': 'Emails per day',
  'recipients-per-day': 'Recipients per day',
  'messages-per-hour': 'Emails per hour',
  'messages-per-minute': 'Emails per minute',
  'messages-per-second': 'Emails per second',
  'messages-per-month': 'Emails per month',
  'bulk-sender-threshold': 'Counts as a bulk sender from',
};

// Extra words people type for each kind; To/Cc/Bcc all count as recipients.
const KIND_KEYWORDS: Record<SendingLimitKind, string> = {
  'recipients-per-message': 'to cc bcc addresses people message',
  'messages-per-day': 'daily quota 24 hours',
  'recipients-per-day': 'daily quota 24 hours people',
  'messages-per-hour': 'hourly rate',
  'messages-per-minute': 'rate speed',
  'messages-per-second': 'rate speed',
  'messages-per-month': 'monthly quota plan',
  'bulk-sender-threshold': 'bulk newsletter marketing spf dkim dmarc',
};

const TREKMAIL_PLANS = [
  { plan: 'Nano', perMailboxDay: 200, perAccountDay: 400, perAccountHour: 50, recipientsPerMessage: 50 },
  { plan: 'Starter', perMailboxDay: 1000, perAccountDay: 6000, perAccountHour: 500, recipientsPerMessage: 100 },
  { plan: 'Pro', perMailboxDay: 2000, perAccountDay: 15000, perAccountHour: 1500, recipientsPerMessage: 250 },
  { plan: 'Agency', perMailboxDay: 2500, perAccountDay: 40000, perAccountHour: 3000, recipientsPerMessage: 500 },
] as const;

const TREKMAIL_SOURCE = 'seed:003_aeceafabff12c291';
const TREKMAIL_AS_OF = '2026-04-29';

function trekMailRows(): SendingLimit[] {
  return TREKMAIL_PLANS.flatMap((p) => {
    const planId = p.plan.toLowerCase();
    const plan = `${p.plan} plan`;
    const common = { provider: 'TrekMail', plan, source: TREKMAIL_SOURCE, asOf: TREKMAIL_AS_OF, confidence: 'primary' as const };
    const nanoNote = p.plan === 'Nano' ? ' Nano cannot send on its own; this applies when you send through your own SMTP server.' : '';
    return [
      { ...common, id: `trekmail-${planId}-mailbox-day`, kind: 'messages-per-day' as const, value: p.perMailboxDay, summary: `${p.perMailboxDay.toLocaleString('en-US')} emails a day from each mailbox.${nanoNote}`, whenHit: 'New sends fail until the daily count resets at midnight UTC.', keywords: ['mailbox'] },
      { ...common, id: `trekmail-${planId}-account-day`, kind: 'messages-per-day' as const, value: p.perAccountDay, summary: `${p.perAccountDay.toLocaleString('en-US')} emails a day across the whole account.${nanoNote}`, whenHit: 'New sends fail until the daily count resets at midnight UTC.', keywords: ['account'] },
      { ...common, id: `trekmail-${planId}-account-hour`, kind: 'messages-per-hour' as const, value: p.perAccountHour, summary: `${p.perAccountHour.toLocaleString('en-US')} emails an hour across the whole account.${nanoNote}`, whenHit: 'Sends fail for up to an hour, often with 421 4.7.0.', keywords: ['account'] },
      { ...common, id: `trekmail-${planId}-recipients`, kind: 'recipients-per-message' as const, value: p.recipientsPerMessage, summary: `Up to ${p.recipientsPerMessage.toLocaleString('en-US')} recipients in one email.${nanoNote}`, whenHit: 'Going over rejects the whole email, not just the extra addresses. Split the list.' },
    ];
  });
}

/**
 * Recipients-per-message and sending-rate limits, from codes.md §2–§5 and §7 and the seed documents.
 * Summaries are our own words.
 */
export const SENDING_LIMITS: readonly SendingLimit[] = [
  // Google: G-LIM is support.google.com/a/answer/166852, also cited by seed 004.
  { id: 'gworkspace-messages-day', provider: 'Google Workspace', plan: 'Work or school Gmail', kind: 'messages-per-day', value: 2000, summary: '2,000 emails a day per user (500 on a trial), counted over the last 24 hours.', whenHit: 'You can\'t send for up to 24 hours, but you still receive mail.', keywords: ['gmail', 'google'], source: 'G-LIM; seed:004_99455f2c60c71809', asOf: '2026-11', confidence: 'primary' },
  { id: 'gworkspace-recipients-message', provider: 'Google Workspace', plan: 'Work or school Gmail', kind: 'recipients-per-message', value: 2000, summary: '2,000 recipients in one email (To, Cc and Bcc together), of which at most 500 outside your organisation.', whenHit: 'Split the list into smaller emails.', keywords: ['gmail', 'google', 'external'], source: 'G-LIM; seed:004_99455f2c60c71809', asOf: '2026-11', confidence: 'primary' },
  { id: 'gworkspace-recipients-day', provider: 'Google Workspace', plan: 'Work or school Gmail', kind: 'recipients-per-day', value: 10000, summary: '10,000 recipients a day in total; 3,000 of them outside your organisation.', whenHit: 'You can\'t send for up to 24 hours.', keywords: ['gmail', 'google', 'external'], source: 'G-LIM; seed:004_99455f2c60c71809', asOf: '2026-11', confidence: 'primary' },
  { id: 'gmail-smtp-recipients-message', provider: 'Gmail and Google Workspace', plan: 'Sending from an app (SMTP or Gmail API)', kind: 'recipients-per-message', value: 100, summary: '100 recipients in one email when you send through an email app, a printer or the Gmail API instead of the Gmail website.', whenHit: 'Split the list into smaller emails.', keywords: ['google', 'imap', 'pop', 'smtp', 'outlook app', 'thunderbird'], source: 'G-LIM', asOf: '2026-11', confidence: 'primary' },
  { id: 'gmail-personal-recipients-message', provider: 'Gmail', plan: 'Personal @gmail.com', kind: 'recipients-per-message', value: 500, summary: 'About 500 recipients in one email on the Gmail website (100 from an email app).', whenHit: 'Split the list into smaller emails.', keywords: ['google'], source: 'codes.md §2 (old support.google.com/mail 22839 text, bates.edu)', asOf: '2026-11', confidence: 'secondary' },
  { id: 'gmail-personal-messages-day', provider: 'Gmail', plan: 'Personal @gmail.com', kind: 'messages-per-day', value: 500, summary: 'Often given as about 500 emails a day; Google no longer states an exact number.', whenHit: 'You can\'t send for up to 24 hours.', keywords: ['google'], source: 'codes.md §2 (UNCONF)', asOf: '2026-11', confidence: 'unconfirmed' },
  { id: 'gmail-bulk-sender', provider: 'Gmail', plan: 'Anyone sending to Gmail users', kind: 'bulk-sender-threshold', value: 5000, summary: 'Sending close to 5,000 emails a day to Gmail users makes your domain a bulk sender for good. Bulk senders need SPF, DKIM and DMARC, and a one-click unsubscribe.', whenHit: 'Without them, Gmail rejects or delays your mail.', keywords: ['google'], source: 'G-SG; G-FAQ', asOf: '2026-03', confidence: 'primary' },
  // Microsoft
  { id: 'exchange-recipients-day', provider: 'Microsoft 365 / Exchange Online', plan: 'Work or school Outlook', kind: 'recipients-per-day', value: 10000, summary: '10,000 recipients a day per mailbox, counted over the last 24 hours.', whenHit: 'Sending stops for up to 24 hours. If you did not send that much, your account may be hacked: change your password.', keywords: ['outlook', 'office 365', 'microsoft'], source: 'MS-FIX; EXO-LIM2', asOf: '2026-11', confidence: 'primary' },
  { id: 'exchange-recipients-message', provider: 'Microsoft 365 / Exchange Online', plan: 'Work or school Outlook', kind: 'recipients-per-message', value: 500, summary: '500 recipients in one email by default; your admin can change this.', whenHit: 'Split the list into smaller emails.', keywords: ['outlook', 'office 365', 'microsoft'], source: 'EXO-LIM2', asOf: '2026-11', confidence: 'secondary' },
  { id: 'exchange-messages-minute', provider: 'Microsoft 365 / Exchange Online', plan: 'Sending from an app or device (SMTP)', kind: 'messages-per-minute', value: 30, summary: '30 emails a minute from an app, printer or scanner. Extra emails wait; they do not bounce.', keywords: ['outlook', 'office 365', 'microsoft', 'smtp', 'printer', 'scanner'], source: 'MS-FIX; EXO-LIM2', asOf: '2026-11', confidence: 'primary' },
  { id: 'outlook-com-recipients-day', provider: 'Outlook.com', plan: 'Microsoft 365 subscribers', kind: 'recipients-per-day', value: 5000, summary: '5,000 recipients a day, of which 1,000 people you have not emailed before. Free and new accounts get less.', whenHit: 'Wait a day before sending more.', keywords: ['hotmail', 'live', 'microsoft'], source: 'OUT-LIM', asOf: '2026-11', confidence: 'primary' },
  { id: 'outlook-com-free-recipients-day', provider: 'Outlook.com', plan: 'Free account', kind: 'recipients-per-day', value: 300, summary: 'Often given as about 300 recipients a day for free accounts; Microsoft does not state the number.', whenHit: 'Wait a day before sending more.', keywords: ['hotmail', 'live', 'microsoft'], source: 'OUT-LIM (figure UNCONF)', asOf: '2026-11', confidence: 'unconfirmed' },
  { id: 'outlook-com-recipients-message', provider: 'Outlook.com', plan: 'Microsoft 365 subscribers', kind: 'recipients-per-message', value: 500, summary: '500 recipients in one email.', whenHit: 'Split the list into smaller emails.', keywords: ['hotmail', 'live', 'microsoft'], source: 'OUT-LIM', asOf: '2026-11', confidence: 'primary' },
  { id: 'outlook-com-bulk-sender', provider: 'Outlook.com', plan: 'Anyone sending to Outlook.com users', kind: 'bulk-sender-threshold', value: 5000, summary: 'Domains sending over 5,000 emails a day to Outlook.com, Hotmail and Live need SPF, DKIM and DMARC (since 5 May 2025).', whenHit: 'Mail is rejected with 550 5.7.515.', keywords: ['hotmail', 'live', 'microsoft', '5.7.515'], source: 'MS-515; OLC', asOf: '2026-06-15', confidence: 'primary' },
  // Yahoo, Apple, Proton
  { id: 'yahoo-business-messages-day', provider: 'Yahoo Small Business', plan: 'Business email (SMTP)', kind: 'messages-per-day', value: 500, summary: '500 emails a day.', whenHit: 'Wait a day before sending more.', keywords: ['yahoo'], source: 'codes.md §4 (help.yahoo.com SLN17518)', asOf: '2026-11', confidence: 'primary' },
  { id: 'yahoo-business-recipients-message', provider: 'Yahoo Small Business', plan: 'Business email (SMTP)', kind: 'recipients-per-message', value: 100, summary: '100 recipients in one email.', whenHit: 'Split the list into smaller emails.', keywords: ['yahoo'], source: 'codes.md §4 (help.yahoo.com SLN17518)', asOf: '2026-11', confidence: 'primary' },
  { id: 'icloud-messages-day', provider: 'iCloud Mail', plan: 'All accounts', kind: 'messages-per-day', value: 1000, summary: '1,000 emails a day.', whenHit: 'You see "exceeded your daily sending limit". Wait a day.', keywords: ['apple', 'me.com', 'mac.com'], source: 'APPLE', asOf: '2026-11', confidence: 'primary' },
  { id: 'icloud-recipients-day', provider: 'iCloud Mail', plan: 'All accounts', kind: 'recipients-per-day', value: 1000, summary: '1,000 recipients a day.', whenHit: 'Wait a day.', keywords: ['apple', 'me.com', 'mac.com'], source: 'APPLE', asOf: '2026-11', confidence: 'primary' },
  { id: 'icloud-recipients-message', provider: 'iCloud Mail', plan: 'All accounts', kind: 'recipients-per-message', value: 500, summary: '500 recipients in one email (an older Apple page said 100).', whenHit: 'Split the list into smaller emails.', keywords: ['apple', 'me.com', 'mac.com'], source: 'APPLE', asOf: '2026-11', confidence: 'primary' },
  { id: 'proton-free-messages-hour', provider: 'Proton Mail', plan: 'Free account', kind: 'messages-per-hour', value: 50, summary: '50 emails an hour.', whenHit: 'Wait an hour.', keywords: ['protonmail'], source: 'PROTON', asOf: '2026-11', confidence: 'primary' },
  { id: 'proton-free-messages-day', provider: 'Proton Mail', plan: 'Free account', kind: 'messages-per-day', value: 150, summary: '150 emails a day.', whenHit: 'Wait up to a day.', keywords: ['protonmail'], source: 'PROTON', asOf: '2026-11', confidence: 'primary' },
  { id: 'proton-paid-recipients-message', provider: 'Proton Mail', plan: 'Paid plans', kind: 'recipients-per-message', value: 100, summary: '100 recipients in one email.', whenHit: 'Split the list into smaller emails.', keywords: ['protonmail'], source: 'PROTON', asOf: '2026-11', confidence: 'primary' },
  // Sending services
  { id: 'ses-sandbox-messages-day', provider: 'Amazon SES', plan: 'New account (sandbox)', kind: 'messages-per-day', value: 200, summary: '200 emails a day, and only to addresses you have verified, until Amazon moves you out of the sandbox.', whenHit: 'Reply 454 "Daily message quota exceeded". Ask Amazon for production access.', keywords: ['aws', 'amazon'], source: 'SES', asOf: '2022-11', confidence: 'primary' },
  { id: 'ses-sandbox-messages-second', provider: 'Amazon SES', plan: 'New account (sandbox)', kind: 'messages-per-second', value: 1, summary: '1 email a second.', whenHit: 'Reply 454 "Maximum sending rate exceeded". Slow down and retry.', keywords: ['aws', 'amazon'], source: 'SES', asOf: '2022-11', confidence: 'primary' },
  { id: 'ses-recipients-message', provider: 'Amazon SES', plan: 'All accounts', kind: 'recipients-per-message', value: 50, summary: '50 recipients in one email.', whenHit: 'Split the list into smaller emails.', keywords: ['aws', 'amazon'], source: 'SES', asOf: '2022-11', confidence: 'primary' },
  { id: 'mailgun-recipients-request', provider: 'Mailgun', plan: 'API', kind: 'recipients-per-message', value: 1000, summary: '1,000 recipients in one send request.', whenHit: 'Split the list into batches.', keywords: ['api', 'batch'], source: 'codes.md §5 (third-party error list)', asOf: '2026-11', confidence: 'secondary' },
  { id: 'smtp-service-recipients-message', provider: 'SMTP relay service (seed 001)', plan: 'All plans', kind: 'recipients-per-message', value: 50, summary: '50 recipients in one email. Addresses beyond that are refused.', whenHit: 'Split the mailing into several emails.', keywords: ['smtp', 'relay'], source: 'seed:001_4834da8ba612a02b', asOf: '2026-11', confidence: 'primary' },
  { id: 'smtp-service-messages-month', provider: 'SMTP relay service (seed 001)', plan: 'All plans', kind: 'messages-per-month', value: null, summary: 'A monthly number of emails set by your plan.', whenHit: 'Emails are refused until the next billing period or a bigger plan.', keywords: ['smtp', 'relay', 'quota'], source: 'seed:001_4834da8ba612a02b', asOf: '2026-11', confidence: 'primary' },
  ...trekMailRows(),
];

function normalize(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

function haystackOf(row: SendingLimit): string {
  return normalize([
    row.provider, row.plan, SENDING_LIMIT_KIND_LABELS[row.kind], KIND_KEYWORDS[row.kind],
    row.summary, row.whenHit ?? '', ...(row.keywords ?? []),
    row.value === null ? '' : `${row.value} ${row.value.toLocaleString('en-US')}`,
  ].join(' '));
}

const MAX_QUERY_LENGTH = 200;

/**
 * Rows matching every word of the query (case- and accent-insensitive), rows whose provider
 * name matches first. An empty query returns every row.
 */
export function searchSendingLimits(query: string): SendingLimit[] {
  const words = normalize(query.slice(0, MAX_QUERY_LENGTH)).split(/[^a-z0-9.@&-]+/).filter((w) => w.length > 0);
  if (words.length === 0) return [...SENDING_LIMITS];
  const scored: { row: SendingLimit; score: number; index: number }[] = [];
  SENDING_LIMITS.forEach((row, index) => {
    const haystack = haystackOf(row);
    if (!words.every((w) => haystack.includes(w))) return;
    const provider = normalize(row.provider);
    const score = words.filter((w) => provider.includes(w)).length;
    scored.push({ row, score, index });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.map((entry) => entry.row);
}
