import { lowerCased, type BounceMessage } from '../message';
import { rememberLast } from '../text';
import { PhraseSet } from '../../text/phrase-set';
import { factsFromText } from './text-blocks';
import type { FormatModule } from './types';

/** How one mail system signs its plain-text notices. All strings lower-case. */
export interface FamilySignature {
  id: string;
  /** Phrases only this system writes in its notice body (any one is enough). */
  body: readonly string[];
  /** Subjects it uses; counted only together with a `from` hint, since people reuse subjects. */
  subject?: readonly string[];
  /** Parts of the From header it uses. */
  from?: readonly string[];
  /** Headers only it adds (lower-case names). */
  headers?: readonly string[];
  /** Header values only it writes: a header (lower-case name) whose trimmed, lower-cased value starts with `prefix`. */
  headerPrefixes?: readonly { header: string; prefix: string }[];
  /** Where the signature facts come from. */
  source: string;
}

/** Signatures are looked for near the top: the returned original further down can quote anything. */
const SIGNATURE_WINDOW = 16 * 1024;

/** The lower-cased top of the text every family looks at. */
function lowerCasedWindow(text: string): string {
  return lowerCased(text).slice(0, SIGNATURE_WINDOW);
}

/** Every family's body phrases in one set, so the window is searched once per message, not once per family. */
const signatures: FamilySignature[] = [];
let bodyPhrases: { set: PhraseSet; owners: string[][] } | null = null;

/** Ids of the families whose body phrases are in the message's signature window (kept for the last texts). */
const familiesInBody = rememberLast((text: string): ReadonlySet<string> => {
  if (!bodyPhrases) {
    const phrases: string[] = [];
    const owners: string[][] = [];
    for (const sig of signatures) {
      for (const p of sig.body) {
        const at = phrases.indexOf(p);
        if (at === -1) {
          phrases.push(p);
          owners.push([sig.id]);
        } else owners[at].push(sig.id);
      }
    }
    bodyPhrases = { set: new PhraseSet(phrases, { search: 'regex' }), owners };
  }
  const families = new Set<string>();
  for (const i of bodyPhrases.set.indicesIn(lowerCasedWindow(text))) for (const id of bodyPhrases.owners[i]) families.add(id);
  return families;
});

/** Every signature passed through textFamily is registered above, so its body phrases are in the shared set. */
function matchesSignature(msg: BounceMessage, sig: FamilySignature): boolean {
  if (sig.headers?.some((h) => msg.headers.has(h))) return true;
  if (sig.headerPrefixes?.some(({ header, prefix }) => msg.headers.get(header)?.some((v) => v.trim().toLowerCase().startsWith(prefix)))) return true;
  if (familiesInBody(msg.text).has(sig.id)) return true;
  if (!sig.subject || !sig.from) return false;
  const subject = msg.subject.toLowerCase();
  const from = msg.from.toLowerCase();
  return sig.subject.some((s) => subject.includes(s)) && sig.from.some((f) => from.includes(f));
}

/**
 * A format module for a mail system whose notices put each recipient next to the remote server's
 * reply. Recognising the system is specific to it; reading the recipient blocks is shared.
 */
export function textFamily(sig: FamilySignature): FormatModule & { signature: FamilySignature } {
  signatures.push(sig);
  bodyPhrases = null;
  return {
    id: sig.id,
    signature: sig,
    detect: (msg) => matchesSignature(msg, sig),
    parse(msg) {
      const facts = factsFromText(msg);
      return facts.length ? { facts } : null;
    },
  };
}
