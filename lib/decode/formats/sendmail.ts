import { textFamily } from './text-family';

/** Sendmail: "----- The following addresses had permanent fatal errors -----" and a session transcript. */
export const sendmail = textFamily({
  id: 'sendmail',
  body: ['the following addresses had permanent fatal errors', 'transcript of session follows', 'the original message was received at'],
  from: ['mail delivery subsystem'],
  subject: ['returned mail: see transcript for details', 'warning: could not send message for past'],
  source: 'webmail-dom.md §3 (Sendmail row)',
});
