import { describe, expect, it } from 'vitest';
import { explainFact, RULES } from '../../lib/explain/index';
import { GLOSSARY, glossaryFor, glossaryForExplanation } from '../../lib/explain/glossary';
import { fact } from './helpers';

// Upper-case technical words (two or more capitals) that a non-expert may not know.
const ALLOWED_PLAIN = new Set(['UTC', 'PDF', 'JPEG', 'HTTPS', 'MB', 'GB', 'AWS', 'IAM', 'API', 'ID', 'IT', 'S3150', 'OK', 'WEB', 'DE', 'GMX', 'AOL', 'SES', 'SNDS', 'OFR', 'LPN', 'IPv6', 'IPv4', 'RFC', 'PASS']);

describe('glossary', () => {
  it('finds the terms an explanation uses', () => {
    const e = explainFact(fact('Unauthenticated email is not accepted from this domain. gsmtp', { status: '5.7.1', replyCode: '550' }));
    const terms = glossaryForExplanation(e).map((g) => g.term);
    expect(terms).toEqual(expect.arrayContaining(['SPF', 'DKIM']));
  });
  it('does not match words inside other words', () => {
    expect(glossaryFor(['SPFX and DKIMs'])).toEqual([]);
  });
  it('every all-capitals technical word in our texts is glossed or plainly known', () => {
    const terms = new Set<string>(GLOSSARY.map((g) => g.term));
    const missing = new Set<string>();
    for (const r of RULES) {
      for (const text of [r.title, r.summary, ...r.steps]) {
        for (const w of text.split(/[^A-Za-z0-9]+/)) {
          if (/^[A-Z][A-Z0-9]{1,}$/.test(w) && !terms.has(w) && !ALLOWED_PLAIN.has(w)) missing.add(w);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });
});
