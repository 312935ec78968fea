import type { FormatModule } from './types';
import { factsFromText, looksLikeBounce } from './text-blocks';

/**
 * Plain-text notices that put the recipient on its own line (or "<addr>:") followed by the
 * remote server's reply: Postfix, Sendmail, Exim, qmail, Courier, OpenSMTPD, Yahoo, and most others.
 */
export const mtaText: FormatModule = {
  id: 'text',
  detect: looksLikeBounce,
  parse(msg) {
    const facts = factsFromText(msg);
    return facts.length ? { facts } : null;
  },
};
