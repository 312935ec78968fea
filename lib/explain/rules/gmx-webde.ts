/** GMX and WEB.DE wordings (GMX in codes.md §4). GMX sends only basic reply codes, so the text and the postmaster link carry the meaning. */
import type { RuleDef } from '../types';

const GMX = 'https://postmaster.gmx.com/en/error-messages';

export const GMX_WEBDE_RULES = [
  {
    id: 'gmx.ip-blocklisted',
    provider: 'gmx-webde',
    topic: 'reputation',
    match: { phrases: ['nemesis esmtp service not available', 'ip address is block listed', 'ip address is blocklisted', 'no smtp service'] },
    codes: ['554'],
    title: 'GMX/WEB.DE blocks your server',
    summary: 'GMX or WEB.DE put the IP address your mail came from on its block list.',
    side: 'recipient-server',
    retry: { advice: 'after-fix' },
    steps: ['Open the postmaster link in the error; it names the case and how to ask for removal.', 'If you use a sending service, forward the bounce to {support}.'],
    source: [GMX],
  },
  {
    id: 'gmx.spf-reject',
    provider: 'gmx-webde',
    topic: 'sender',
    match: { phrases: ['reject due to spf policy', 'due to spf policy'] },
    codes: ['550'],
    title: 'SPF check failed',
    summary: 'Your domain\'s SPF record (the DNS list of who may send for it) does not include the server that sent this message.',
    side: 'you',
    retry: { advice: 'after-fix' },
    steps: ['Add your sending service to the SPF record in {dns}.'],
    source: ['smtp.codes (secondary)', GMX],
  },
] as const satisfies readonly RuleDef[];
