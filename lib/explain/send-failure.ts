import type { Reason, RecipientFact } from '../decode/types';
import type { ExplainedRecipient } from '../report/support-ticket';
import type { SendFailureCause, SendFailureMatch } from '../webmail/send-failure';
import { renderPlaces } from './services';
import type { Explanation, SendingService } from './types';

/**
 * Explanations for the webmail's own "not sent" notices. These never reached a mail server, so
 * there are no codes: the cause comes from the notice's words (lib/webmail/send-failure.ts).
 */
interface SendFailureEntry {
  reason: Reason;
  title: string;
  summary: string;
  side: Explanation['side'];
  retry: Explanation['retry'];
  steps: (app: 'gmail' | 'outlook', service?: SendingService) => string[];
  sources: string[];
}

const APP_NAMES = { gmail: 'Gmail', outlook: 'Outlook' } as const;

const ENTRIES: Record<SendFailureCause, SendFailureEntry> = {
  'attachment-too-large': {
    reason: 'mesgtoobig',
    title: 'Attachments are too large',
    summary: 'The message with its attachments is bigger than your mail service lets you send, so it was never sent.',
    side: 'you',
    retry: { advice: 'after-fix' },
    steps: (app) => [
      'Remove the largest attachment, or shrink it (compress images, export a smaller PDF).',
      app === 'gmail'
        ? 'Share big files as a Google Drive link instead: in the message, use the Drive icon rather than the paper clip.'
        : 'Share big files as a OneDrive link instead: attach the file and choose "Share link".',
      'Check the size in the Bounce Lens popup (Attachments tab) before sending again.',
    ],
    sources: ['seeds', 'codes.md §7'],
  },
  'offline-queued': {
    reason: 'networkerror',
    title: 'Waiting in the Outbox',
    summary: 'Your message is still on this device, waiting to go out. This usually means the browser lost its connection while sending.',
    side: 'network',
    retry: { advice: 'later', when: 'as soon as you are back online' },
    steps: (app) => [
      'Check that you are online (open any other website).',
      `Keep ${APP_NAMES[app]} open: it sends what is waiting in the Outbox once the connection is back.`,
      'If the message stays in the Outbox, open it there and press Send again.',
    ],
    sources: ['webmail-dom.md §4'],
  },
  'recipient-invalid': {
    reason: 'userunknown',
    title: 'An address is not valid',
    summary: 'One of the addresses in To, Cc or Bcc is not written as an email address, so the message was not sent.',
    side: 'you',
    retry: { advice: 'after-fix' },
    steps: () => [
      'Look through To, Cc and Bcc for typing mistakes: a missing @, a space, a comma inside an address, or a name without an address.',
      'Fix or remove that address, then send again.',
    ],
    sources: ['webmail-dom.md §4'],
  },
  'sending-limit': {
    reason: 'speeding',
    title: 'You hit a sending limit',
    summary: 'Your account has sent as many messages or recipients as it is allowed for now, so new mail is held back.',
    side: 'your-provider',
    retry: { advice: 'later', when: 'after the limit resets, usually within 24 hours' },
    steps: (app, service) => [
      'Wait before sending more: the limit resets on its own, usually within a day.',
      'Send to fewer people at once; for newsletters or large lists, use a mailing service made for bulk mail.',
      renderPlaces('See the limits for your account: {limits}.', service ?? (app === 'gmail' ? 'gmail' : 'outlook-com')),
    ],
    sources: ['seeds', 'codes.md §2', 'codes.md §3'],
  },
  'blocked-content': {
    reason: 'spamdetected',
    title: 'Blocked by your mail service',
    summary: 'Your mail service stopped this message before sending because something in it looked unsafe or like spam, often an attachment or a link.',
    side: 'you',
    retry: { advice: 'after-fix' },
    steps: () => [
      'Remove attachments that can run programs (.exe, .js, .bat, or archives that hold them) and share them another way.',
      'Remove or replace links to sites with a poor reputation, and shortened links.',
      'Send again; if it is blocked again, contact your mail service or your IT admin.',
    ],
    sources: ['codes.md §2', 'codes.md §3'],
  },
  unknown: {
    reason: 'undefined',
    title: 'The message was not sent',
    summary: 'Your mail app says the message did not go out, without saying why. Nothing reached the recipient.',
    side: 'unknown',
    retry: { advice: 'later', when: 'in a few minutes' },
    steps: (app) => [
      `Open the message (in Drafts or the Outbox of ${APP_NAMES[app]}) and check the recipients and attachments.`,
      'Press Send again. If it fails again, reload the page and try once more.',
      'If it keeps failing, copy the notice and this card\'s report to your IT admin or your mail service.',
    ],
    sources: ['webmail-dom.md §4'],
  },
};

const NOTICE_APP: Record<SendFailureMatch['notice'], 'gmail' | 'outlook'> = {
  'gmail-not-sent': 'gmail', 'gmail-outbox': 'gmail', 'outlook-not-sent': 'outlook', 'outlook-outbox': 'outlook',
};

export function explainSendFailure(match: SendFailureMatch, noticeText: string, service?: SendingService): ExplainedRecipient {
  const entry = ENTRIES[match.cause];
  const app = NOTICE_APP[match.notice];
  const fact: RecipientFact = {
    recipient: null, action: match.cause === 'offline-queued' ? 'delayed' : 'failed', status: null, replyCode: null,
    diagnostic: noticeText.replace(/\s+/g, ' ').trim().slice(0, 2048), remoteHost: null, smtpCommand: null,
    reason: entry.reason, hardBounce: false,
  };
  return {
    fact,
    explanation: {
      rule: `send-failure.${match.cause}`,
      title: entry.title,
      summary: entry.summary,
      side: entry.side,
      retry: entry.retry,
      steps: entry.steps(app, service),
      details: {},
      fallback: false,
      sources: entry.sources,
    },
  };
}

export const SEND_FAILURE_CAUSES = Object.keys(ENTRIES) as SendFailureCause[];
