import { textFamily } from './text-family';

/** HCL (formerly IBM/Lotus) Domino: "… not listed in Domino Directory" under "because:". */
export const domino = textFamily({
  id: 'domino',
  body: ['not listed in domino directory', 'several matches found in domino directory', 'domino ディレクトリには見つかりません'],
  source: 'Sisimai lib/Sisimai/Lhost/Domino.pm (markers)',
});
