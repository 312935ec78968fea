import { textFamily } from './text-family';

/** Exim: "This message was created automatically by mail delivery software." */
export const exim = textFamily({
  id: 'exim',
  body: ['this message was created automatically by mail delivery software', 'smtp error from remote mail server after'],
  headers: ['x-failed-recipients'],
  from: ['mail delivery system'],
  subject: ['mail delivery failed: returning message to sender'],
  source: 'webmail-dom.md §3 (Exim row)',
});
