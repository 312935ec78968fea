/** Orange and La Poste (France) replies; they add bracket codes such as OFR_xxx or LPNxxx (SIS-OR in codes.md §4). */
import type { RuleDef } from '../types';

export const ORANGE_LAPOSTE_RULES = [
  {
    id: 'orange.service-refused',
    provider: 'orange-laposte',
    topic: 'reputation',
    match: { phrases: ['service refuse', 'veuillez essayer plus tard'] },
    codes: ['421', '550', '554', '4.2.0', '4.2.1', '5.5.0'],
    title: 'Orange / La Poste refused for now',
    summary: 'The French provider Orange or La Poste refused the connection, usually because of volume, connections or your server\'s reputation. The code after OFR or LPN names the exact cause.',
    side: 'recipient-server',
    retry: { advice: 'later' },
    steps: ['Let your server retry later at a slower pace.', 'If it keeps failing, look up the OFR/LPN code on the provider\'s postmaster page, or send the bounce to {support}.'],
    source: ['SIS-OR'],
  },
] as const satisfies readonly RuleDef[];
