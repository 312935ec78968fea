import type { FormatModule } from './types';
import { arf } from './arf';
import { rfc3834 } from './rfc3834';
import { rfc3464 } from './rfc3464';
import { mtaText } from './mta-text';
import { amazonSesJson } from './amazonses';
import { googleGroups } from './googlegroups';
import { exchange } from './exchange';
import { gmail } from './gmail';
import { yahoo } from './yahoo';
import { postfix } from './postfix';
import { exim } from './exim';
import { sendmail } from './sendmail';
import { qmail } from './qmail';
import { opensmtpd } from './opensmtpd';
import { domino } from './domino';
import { notes } from './notes';
import { ezweb } from './ezweb';
import { kddi } from './kddi';
import { biglobe } from './biglobe';
import { dragonfly } from './dragonfly';
import { imailserver } from './imailserver';

export type { FormatModule, PartialFact, ParseResult } from './types';

/** Plain-text notices of named mail systems, most distinctive signature first. */
export const TEXT_FAMILIES = [
  exchange, gmail, qmail, yahoo, postfix, exim, sendmail, opensmtpd, domino, notes, ezweb, kddi, biglobe, dragonfly, imailserver,
] as const;

/**
 * The one place that sets precedence. Complaint reports and auto-replies are recognised first
 * (they are not failures); a delivery-status part beats text; the named text families come next,
 * and `mtaText` catches every other system that writes a recipient next to the server's reply.
 * `TEXT_FORMATS` also enrich DSN facts with what the human-readable part says.
 */
export const FORMATS: readonly FormatModule[] = [amazonSesJson, arf, rfc3834, rfc3464, googleGroups, ...TEXT_FAMILIES, mtaText];
export const TEXT_FORMATS: readonly FormatModule[] = [mtaText];
