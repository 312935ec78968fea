import { textFamily } from './text-family';

/** qmail and its descendants: "Hi. This is the qmail-send program at …". */
export const qmail = textFamily({
  id: 'qmail',
  body: ['this is the qmail-send program', "i'm afraid i wasn't able to deliver your message", 'this is a permanent error; i\'ve given up'],
  // No subject/From fallback: "failure notice" from a MAILER-DAEMON is also Yahoo's, so only the body decides.
  source: 'webmail-dom.md §3 (qmail row)',
});
