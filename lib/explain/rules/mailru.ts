/** Mail.ru wordings (MAILRU in codes.md §4; secondary sources). */
import type { RuleDef } from '../types';

export const MAILRU_RULES = [
  {
    id: 'mailru.spam-rejected',
    provider: 'mailru',
    topic: 'content',
    match: { phrases: ['spam message rejected'] },
    codes: ['550'],
    title: 'Mail.ru judged it as spam',
    summary: 'Mail.ru\'s filter marked the message as spam and refused it.',
    side: 'recipient-server',
    retry: { advice: 'after-fix' },
    steps: ['Follow the help link in the error to appeal; include the message ID it shows.', 'Review the content and list before sending again.'],
    source: ['MAILRU'],
  },
  {
    id: 'mailru.dmarc',
    provider: 'mailru',
    topic: 'sender',
    match: { phrases: ['domain owner dmarc policy'] },
    codes: ['550', '5.7.1'],
    title: 'Failed the domain\'s DMARC policy',
    summary: 'The From domain\'s DMARC policy says to refuse mail like this, for example a Mail.ru address sent from a website or another service.',
    side: 'you',
    retry: { advice: 'after-fix' },
    steps: ['Send from your own domain with SPF and DKIM set up, not from a free mail address.'],
    source: ['MAILRU'],
  },
  {
    id: 'mailru.sending-disabled',
    provider: 'mailru',
    topic: 'account',
    match: { phrases: ['message sending for this account is disabled'] },
    codes: ['550'],
    title: 'Mail.ru locked your sending',
    summary: 'Mail.ru disabled sending for the account, usually because it suspects the account was hacked.',
    side: 'your-provider',
    retry: { advice: 'after-fix' },
    steps: ['Sign in on the Mail.ru website, change the password and complete any checks it asks for.'],
    source: ['MAILRU'],
  },
] as const satisfies readonly RuleDef[];
