import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseSet, type PhraseSearch } from '../../lib/text/phrase-set';

const SEARCHES: PhraseSearch[] = ['native', 'regex', 'automaton'];

/** The obvious answers, one `indexOf` per phrase, that PhraseSet must agree with. */
function naiveFirstListed(text: string, phrases: readonly string[]): number {
  return phrases.findIndex((p) => p !== '' && text.includes(p));
}
function naiveEarliest(text: string, phrases: readonly string[], from: number): number {
  let best = -1;
  for (const p of phrases) {
    if (!p) continue;
    const i = text.indexOf(p, from);
    if (i !== -1 && (best === -1 || i < best)) best = i;
  }
  return best;
}

// A small alphabet makes overlaps, shared prefixes and failure links common.
const letters = fc.constantFrom('a', 'b', 'c', 'ab', ' ', 'é', 'É', 'ü', 'ß', 'Ü', 'A', 'B', '日', '本');
const word = fc.array(letters, { minLength: 0, maxLength: 6 }).map((parts) => parts.join(''));
const lowerWord = word.map((w) => w.toLowerCase());

describe('PhraseSet', () => {
  it('finds the phrase listed first, wherever it occurs', () => {
    const set = new PhraseSet(['no such user', 'user', 'mailbox full', 'such']);
    expect(set.firstListedIn('550 5.1.1 no such user here')).toBe(0);
    expect(set.firstListedIn('the user mailbox full')).toBe(1);
    expect(set.firstListedIn('nothing')).toBe(-1);
    expect(set.firstListedPhraseIn('is the mailbox full?')).toBe('mailbox full');
    expect(set.anyIn('such')).toBe(true);
    expect(set.earliestIn('a user with no such user')).toBe(2);
  });

  it('matches upper-case text when asked to ignore case', () => {
    for (const search of SEARCHES) {
      const set = new PhraseSet(['ursprüngliche nachricht', 'user unknown'], { ignoreCase: true, search });
      expect(set.firstListedIn('URSPRÜNGLICHE NACHRICHT folgt')).toBe(0);
      expect(set.earliestIn('xx User Unknown')).toBe(3);
      // "İ" lower-cases to two characters; offsets still refer to the text as given.
      expect(set.earliestIn('İİ user unknown')).toBe(3);
    }
    expect(new PhraseSet(['user unknown']).anyIn('User Unknown')).toBe(false);
  });

  it('agrees with one indexOf per phrase on any text', () => {
    fc.assert(
      fc.property(fc.array(lowerWord, { maxLength: 12 }), word, fc.nat(8), fc.constantFrom(...SEARCHES), (phrases, text, from, search) => {
        const set = new PhraseSet(phrases, { search });
        expect(set.firstListedIn(text)).toBe(naiveFirstListed(text, phrases));
        expect(set.anyIn(text)).toBe(naiveFirstListed(text, phrases) !== -1);
        // A phrase listed twice is reported at its first index.
        const every = phrases.flatMap((p, i) => (p && text.includes(p) && phrases.indexOf(p) === i ? [i] : []));
        expect(set.indicesIn(text)).toEqual(every);
        expect(set.earliestIn(text, from)).toBe(naiveEarliest(text, phrases, from));
      }),
      { numRuns: 2000 },
    );
  });

  it('with ignoreCase, agrees with searching the lower-cased text', () => {
    fc.assert(
      fc.property(fc.array(lowerWord, { maxLength: 12 }), word, fc.constantFrom(...SEARCHES), (phrases, text, search) => {
        // Only texts whose lower-casing keeps every character in place (so offsets compare).
        fc.pre(text.toLowerCase().length === text.length);
        const set = new PhraseSet(phrases, { ignoreCase: true, search });
        expect(set.firstListedIn(text)).toBe(naiveFirstListed(text.toLowerCase(), phrases));
        expect(set.earliestIn(text)).toBe(naiveEarliest(text.toLowerCase(), phrases, 0));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles a long text against a thousand phrases, every way', () => {
    const phrases = Array.from({ length: 1000 }, (_, i) => `phrase number ${i} of many`);
    const text = 'phrase number '.repeat(200_000);
    for (const search of SEARCHES) {
      const set = new PhraseSet(phrases, { search });
      expect(set.firstListedIn(text)).toBe(-1);
      expect(set.anyIn(text)).toBe(false);
      expect(set.earliestIn(text + phrases[999])).toBe(text.length);
      expect(set.earliestIn(`${text}PHRASE NUMBER 7 OF MANY`)).toBe(-1);
    }
    expect(new PhraseSet(phrases, { ignoreCase: true }).earliestIn(`${text}PHRASE NUMBER 7 OF MANY`)).toBe(text.length);
  });
});
