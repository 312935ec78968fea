import { textFamily } from './text-family';

/** KDDI's au one net (dion.ne.jp) mail: "Your mail sent on: …" then "Could not be delivered to: <…>". */
export const kddi = textFamily({
  id: 'kddi',
  body: ['your mail sent on:', 'your mail attempted to be delivered on:'],
  source: 'Sisimai lib/Sisimai/Lhost/KDDI.pm (markers)',
});
