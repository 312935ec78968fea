/**
 * Where things live in each sending service, so fix steps can name the user's own screens.
 * Rule steps write a place as {key}; without a known service the general wording is used.
 * Screen paths follow each vendor's help pages as of November 2026 (listed in PLACE_SOURCES);
 * vendors rename menus, so the paths are kept short and to the top-level screen.
 */
import type { SendingService } from './types';

export const PLACE_KEYS = [
  'domains', 'dns', 'credentials', 'smtpSettings', 'smtpAuth', 'limits', 'plan', 'suppressions',
  'logs', 'support', 'account', 'senderIdentity',
] as const;
export type PlaceKey = (typeof PLACE_KEYS)[number];

export const GENERIC_PLACES: Record<PlaceKey, string> = {
  domains: 'the domain settings of your sending service',
  dns: 'the DNS settings at your domain host (where you bought or manage the domain)',
  credentials: 'the password or key settings of your sending service',
  smtpSettings: 'the outgoing mail (SMTP) settings of your email app',
  smtpAuth: 'the outgoing mail (SMTP) sign-in settings of your account',
  limits: 'the sending limits page of your sending service',
  plan: 'the plan or billing page of your sending service',
  suppressions: 'the suppression (blocked recipients) list of your sending service',
  logs: 'the delivery log of your sending service',
  support: 'your sending service\'s support team',
  account: 'the account status page of your sending service',
  senderIdentity: 'the verified senders page of your sending service',
};

export const SERVICE_PLACES: Record<SendingService, Partial<Record<PlaceKey, string>>> = {
  gmail: {
    credentials: 'Google Account → Security → 2-Step Verification → App passwords',
    smtpSettings: 'Gmail: Settings → See all settings → Accounts and Import → Send mail as',
    smtpAuth: 'Gmail: Settings → See all settings → Accounts and Import → Send mail as → edit info',
    account: 'Google Account → Security (recent security activity)',
    limits: 'Google\'s help page "Gmail sending limits"',
    support: 'the Gmail Help Center',
    senderIdentity: 'Gmail: Settings → See all settings → Accounts and Import → Send mail as',
  },
  'google-workspace': {
    domains: 'Google Admin console → Apps → Google Workspace → Gmail → Authenticate email',
    credentials: 'Google Account → Security → 2-Step Verification → App passwords',
    smtpSettings: 'Google Admin console → Apps → Google Workspace → Gmail → Routing → SMTP relay service',
    smtpAuth: 'Google Admin console → Apps → Google Workspace → Gmail → Routing → SMTP relay service',
    limits: 'Google Admin console → Apps → Google Workspace → Gmail → Routing → SMTP relay service',
    plan: 'Google Admin console → Billing → Subscriptions',
    logs: 'Google Admin console → Reporting → Email Log Search',
    account: 'Google Admin console → Directory → Users (a suspended user shows a banner)',
    support: 'Google Workspace support (Admin console → Help → Contact support)',
    senderIdentity: 'Gmail: Settings → See all settings → Accounts → Send mail as',
  },
  'outlook-com': {
    credentials: 'Microsoft account → Security → Advanced security options → App passwords',
    smtpSettings: 'Outlook.com: Settings → Mail → Forwarding and IMAP (server names and ports)',
    smtpAuth: 'Outlook.com: Settings → Mail → Forwarding and IMAP',
    account: 'Microsoft account → Security → Sign-in activity',
    limits: 'Microsoft\'s help page "Sending limits in Outlook.com"',
    support: 'Outlook.com support (Help → Contact support in Outlook.com)',
  },
  'microsoft-365': {
    domains: 'Microsoft 365 admin center → Settings → Domains',
    dns: 'Microsoft 365 admin center → Settings → Domains → (your domain) → DNS records',
    smtpAuth: 'Microsoft 365 admin center → Users → Active users → (user) → Mail → Manage email apps → Authenticated SMTP',
    credentials: 'Microsoft 365 admin center → Users → Active users → (user) → Reset password',
    account: 'Microsoft Defender portal → Email & collaboration → Review → Restricted entities',
    logs: 'Exchange admin center → Mail flow → Message trace',
    limits: 'Exchange admin center → Mail flow → Message trace (to see how much was sent)',
    plan: 'Microsoft 365 admin center → Billing → Your products',
    support: 'Microsoft 365 admin center → Help & support',
  },
  yahoo: {
    credentials: 'Yahoo Account Info → Account security → Generate app password',
    account: 'Yahoo Account Info → Recent activity',
    support: 'Yahoo Mail Help',
  },
  icloud: {
    credentials: 'Apple Account (account.apple.com) → Sign-In and Security → App-Specific Passwords',
    domains: 'iCloud Settings → Custom Email Domain',
    support: 'Apple Support for iCloud Mail',
  },
  zoho: {
    domains: 'Zoho Mail Admin Console → Domains',
    credentials: 'Zoho Accounts → Security → App Passwords',
    account: 'Zoho Mail Admin Console → Users (sending status)',
    support: 'Zoho Mail support',
  },
  mailgun: {
    domains: 'Mailgun: Send → Sending → Domains → (your domain) → DNS records',
    credentials: 'Mailgun: Send → Sending → Domain settings → SMTP credentials',
    smtpAuth: 'Mailgun: Send → Sending → Domain settings → SMTP credentials',
    suppressions: 'Mailgun: Send → Sending → Suppressions',
    logs: 'Mailgun: Send → Reporting → Logs',
    plan: 'Mailgun: Account settings → Billing (plan)',
    limits: 'Mailgun: Account settings → Billing (plan)',
    account: 'Mailgun: Account settings',
    support: 'Mailgun support (Help → Create ticket)',
    senderIdentity: 'Mailgun: Send → Sending → Domains',
  },
  sendgrid: {
    domains: 'SendGrid: Settings → Sender Authentication',
    senderIdentity: 'SendGrid: Settings → Sender Authentication → Single Sender Verification',
    credentials: 'SendGrid: Settings → API Keys (the SMTP user name is the word "apikey")',
    smtpAuth: 'SendGrid: Settings → API Keys (the SMTP user name is the word "apikey")',
    suppressions: 'SendGrid: Suppressions',
    logs: 'SendGrid: Activity Feed',
    plan: 'SendGrid: Settings → Account Details → Your Products',
    limits: 'SendGrid: Settings → Account Details → Your Products',
    account: 'SendGrid: Settings → Account Details',
    support: 'SendGrid (Twilio) support',
  },
  'amazon-ses': {
    domains: 'Amazon SES console → Configuration → Identities (in the region you send from)',
    senderIdentity: 'Amazon SES console → Configuration → Identities (in the region you send from)',
    credentials: 'Amazon SES console → SMTP settings → Create SMTP credentials',
    smtpAuth: 'Amazon SES console → SMTP settings',
    suppressions: 'Amazon SES console → Configuration → Suppression list',
    limits: 'Amazon SES console → Account dashboard (sending quota and rate)',
    plan: 'Amazon SES console → Account dashboard (request production access or a higher quota)',
    account: 'Amazon SES console → Account dashboard (account status)',
    logs: 'your SES event destinations (Configuration sets)',
    support: 'AWS Support Center',
  },
  postmark: {
    domains: 'Postmark: Sender Signatures → Domains',
    senderIdentity: 'Postmark: Sender Signatures',
    credentials: 'Postmark: Servers → (your server) → API Tokens',
    smtpAuth: 'Postmark: Servers → (your server) → API Tokens',
    suppressions: 'Postmark: Servers → (your server) → (message stream) → Suppressions',
    logs: 'Postmark: Servers → (your server) → Activity',
    plan: 'Postmark: Account → Billing',
    limits: 'Postmark: Account → Billing',
    account: 'Postmark: Account',
    support: 'Postmark support',
  },
  'other-smtp': {
    smtpSettings: 'the outgoing mail (SMTP) settings of your email app or website',
    support: 'the support team of the SMTP server you send through',
  },
};

/** Vendor help pages the screen paths above were taken from. */
export const PLACE_SOURCES: Record<SendingService, readonly string[]> = {
  gmail: ['https://support.google.com/accounts/answer/185833', 'https://support.google.com/mail/answer/22370'],
  'google-workspace': ['https://support.google.com/a/answer/2956491', 'https://support.google.com/a/answer/174124'],
  'outlook-com': ['https://support.microsoft.com/account-billing/5896ed9b-4263-e681-128a-a6f2979a7944'],
  'microsoft-365': ['https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission'],
  yahoo: ['https://help.yahoo.com/kb/SLN15241.html'],
  icloud: ['https://support.apple.com/102654'],
  zoho: ['https://www.zoho.com/mail/help/adminconsole/domain-verification.html'],
  mailgun: ['https://documentation.mailgun.com/docs/mailgun/user-manual/domains/'],
  sendgrid: ['https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication'],
  'amazon-ses': ['https://docs.aws.amazon.com/ses/latest/dg/creating-identities.html'],
  postmark: ['https://postmarkapp.com/support/article/1046-how-do-i-verify-a-domain'],
  'other-smtp': [],
};

const PLACE_TOKEN = /\{([a-zA-Z]{1,20})\}/g;

/** Replaces {key} with the service's own screen, or the general wording. */
export function renderPlaces(step: string, service?: SendingService): string {
  return step.replace(PLACE_TOKEN, (whole, key: string) => {
    if (!(PLACE_KEYS as readonly string[]).includes(key)) return whole;
    const place = key as PlaceKey;
    return (service && SERVICE_PLACES[service][place]) || GENERIC_PLACES[place];
  });
}
