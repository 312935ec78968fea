import { textFamily } from './text-family';

/** Lotus Notes SMTP MTA: a "------- Failure Reasons --------" block before the returned message. */
export const notes = textFamily({
  id: 'notes',
  body: ['------- failure reasons'],
  source: 'Sisimai lib/Sisimai/Lhost/Notes.pm (markers)',
});
