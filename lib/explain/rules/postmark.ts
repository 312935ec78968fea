/** Postmark bounce types and wordings (PM in codes.md §5). */
import type { RuleDef } from '../types';

const PM = 'https://postmarkapp.com/developer/api/bounce-api';

export const POSTMARK_RULES = [
  {
    id: 'postmark.inactive-recipient',
    provider: 'postmark',
    topic: 'suppressed',
    match: { phrases: ['inactive recipient', 'marked as inactive', 'inactiverecipient', 'manuallydeactivated'] },
    codes: ['406'],
    title: 'Postmark: recipient deactivated',
    summary: 'Postmark marked this address inactive after a hard bounce or a spam complaint, so it will not send to it.',
    side: 'you',
    retry: { advice: 'no' },
    steps: ['Remove the address from your list.', 'If the problem is fixed and Postmark allows it, reactivate it in {suppressions}.'],
    source: ['PM', PM],
  },
  {
    id: 'postmark.sender-signature',
    provider: 'postmark',
    topic: 'sender',
    match: { phrases: ['sender signature', 'pending sender signature'] },
    title: 'Postmark: sender not confirmed',
    summary: 'The From address has no confirmed sender signature or verified domain in Postmark.',
    side: 'you',
    retry: { advice: 'after-fix' },
    steps: ['Add and confirm the From address, or verify its domain, in {senderIdentity}.'],
    source: ['https://postmarkapp.com/developer/api/overview'],
  },
  {
    id: 'postmark.dmarc-policy',
    provider: 'postmark',
    topic: 'sender',
    match: { phrases: ['dmarcpolicy'] },
    title: 'Refused by DMARC policy',
    summary: 'The receiving server refused the message under the From domain\'s DMARC policy, because SPF or DKIM did not pass for that domain.',
    side: 'you',
    retry: { advice: 'after-fix' },
    steps: ['Verify your domain with DKIM and a custom return-path in {domains}.'],
    source: ['PM'],
  },
] as const satisfies readonly RuleDef[];
