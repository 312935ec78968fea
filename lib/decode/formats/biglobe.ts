import { textFamily } from './text-family';

/** BIGLOBE and the ISPs on its mail system: "----- Non-delivered information -----" after the failed addresses. */
export const biglobe = textFamily({
  id: 'biglobe',
  body: ['----- non-delivered information -----'],
  from: ['postmaster@biglobe.ne.jp', 'postmaster@inacatv.ne.jp', 'postmaster@tmtv.ne.jp', 'postmaster@ttv.ne.jp'],
  subject: ['returned mail:'],
  source: 'Sisimai lib/Sisimai/Lhost/Biglobe.pm (markers)',
});
