import type { FormatModule } from './types';
import { arf } from './arf';
import { rfc3834 } from './rfc3834';
import { rfc3464 } from './rfc3464';
import { mtaText } from './mta-text';
import { amazonSesJson } from './amazonses';
import { googleGroups } from './googlegroups';

export type { FormatModule, PartialFact, ParseResult } from './types';

/**
 * The one place that sets precedence. Complaint reports and auto-replies are recognised first
 * (they are not failures); a delivery-status part beats text; the text modules come last.
 * `TEXT_FORMATS` also enrich DSN facts with what the human-readable part says.
 */
export const FORMATS: readonly FormatModule[] = [amazonSesJson, arf, rfc3834, rfc3464, googleGroups, mtaText];
export const TEXT_FORMATS: readonly FormatModule[] = [mtaText];
