import { textFamily } from './text-family';

/** Yahoo Mail and AOL "Failure Notice". */
export const yahoo = textFamily({
  id: 'yahoo',
  body: ['sorry, we were unable to deliver your message to the following address', 'yahoo! mail'],
  from: ['yahoo.com', 'aol.com', 'yahoo.co.jp'],
  subject: ['failure notice'],
  source: 'webmail-dom.md §3 (Yahoo row)',
});
