/** Zoho Mail / ZeptoMail wordings (ZOHO in codes.md §4). */
import type { RuleDef } from '../types';

const ZOHO = 'https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html';

export const ZOHO_RULES = [
  {
    id: 'zoho.unusual-activity',
    provider: 'zoho',
    topic: 'account',
    match: { phrases: ['unusual sending activity'] },
    codes: ['550', '5.4.6'],
    title: 'Zoho paused sending on your account',
    summary: 'Zoho saw unusual sending from your account (common for new or misused accounts) and blocked outgoing mail.',
    side: 'your-provider',
    retry: { advice: 'after-fix' },
    steps: ['Complete any verification Zoho asks for in {account}.', 'Change your password if you did not send that mail.', 'Contact {support} to unblock sending.'],
    source: [ZOHO],
  },
  {
    id: 'zoho.outgoing-blocked',
    provider: 'zoho',
    topic: 'account',
    match: { phrases: ['email outgoing blocked', 'sender address blocked', 'outgoing blocked'] },
    codes: ['554', '5.1.8'],
    title: 'Zoho blocked your outgoing mail',
    summary: 'Zoho has blocked sending from this account.',
    side: 'your-provider',
    retry: { advice: 'after-fix' },
    steps: ['Contact {support} to find out why and how to unblock it.'],
    source: [ZOHO],
  },
  {
    id: 'zoho.relaying-disallowed',
    provider: 'zoho',
    topic: 'sender',
    match: { phrases: ['relaying disallowed'] },
    codes: ['553'],
    title: 'From address not set up in Zoho',
    summary: 'You tried to send as an address or domain that is not set up in your Zoho account.',
    side: 'you',
    retry: { advice: 'after-fix' },
    steps: ['Send from an address that belongs to your account, or add and verify the address or domain in {domains}.'],
    source: [ZOHO],
  },
  {
    id: 'zoho.delivery-restricted',
    provider: 'zoho',
    topic: 'policy',
    match: { phrases: ['mailbox delivery restricted by policy', 'rejected by destination domain'] },
    codes: ['452', '541', '5.4.1'],
    title: 'Recipient\'s domain filters refused it',
    summary: 'The recipient\'s organisation has a rule that stops this message from reaching the mailbox.',
    side: 'recipient-server',
    retry: { advice: 'after-fix' },
    steps: ['Ask the recipient to have their admin allow your address.'],
    source: [ZOHO],
  },
] as const satisfies readonly RuleDef[];
