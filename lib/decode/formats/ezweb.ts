import { textFamily } from './text-family';

/** au by KDDI's EZweb mail (ezweb.ne.jp, later au.com): "Mail System Error - Returned Mail" from its Postmaster. */
export const ezweb = textFamily({
  id: 'ezweb',
  body: [],
  from: ['postmaster@ezweb.ne.jp', 'postmaster@au.com'],
  subject: ['mail system error - returned mail'],
  source: 'Sisimai lib/Sisimai/Lhost/EZweb.pm (markers)',
});
