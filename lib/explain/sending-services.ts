/**
 * The services a user can say they send with. Kept free of zod so the settings code that the
 * content scripts load stays small; the schema lives in ./types.
 */
export const SENDING_SERVICES = [
  'gmail', 'google-workspace', 'outlook-com', 'microsoft-365', 'yahoo', 'icloud', 'zoho',
  'mailgun', 'sendgrid', 'amazon-ses', 'postmark', 'other-smtp',
] as const;
export type SendingService = (typeof SENDING_SERVICES)[number];

export const SENDING_SERVICE_NAMES: Record<SendingService, string> = {
  gmail: 'Gmail',
  'google-workspace': 'Google Workspace',
  'outlook-com': 'Outlook.com',
  'microsoft-365': 'Microsoft 365',
  yahoo: 'Yahoo Mail',
  icloud: 'iCloud Mail',
  zoho: 'Zoho Mail',
  mailgun: 'Mailgun',
  sendgrid: 'SendGrid',
  'amazon-ses': 'Amazon SES',
  postmark: 'Postmark',
  'other-smtp': 'Another SMTP server',
};
