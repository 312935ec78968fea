import { textFamily } from './text-family';

/** Postfix: "This is the mail system at host …" and "(in reply to RCPT TO command)". */
export const postfix = textFamily({
  id: 'postfix',
  body: ['this is the mail system at host', 'in reply to rcpt to command', 'in reply to end of data command', 'in reply to mail from command'],
  headers: ['x-postfix-queue-id'],
  from: ['mail delivery system'],
  subject: ['undelivered mail returned to sender'],
  source: 'webmail-dom.md §3 (Postfix row)',
});
