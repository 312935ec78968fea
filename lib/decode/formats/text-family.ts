import { lowerText, type BounceMessage } from '../message';
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
  /** Where the signature facts come from. */
  source: string;
}

/** Signatures are looked for near the top: the returned original further down can quote anything. */
const SIGNATURE_WINDOW = 16 * 1024;

/** Every family looks at the same lower-cased window; the message's lower-cased text is made once. */
function signatureWindow(msg: BounceMessage): string {
  return lowerText(msg).slice(0, SIGNATURE_WINDOW);
}

export function matchesSignature(msg: BounceMessage, sig: FamilySignature): boolean {
  if (sig.headers?.some((h) => msg.headers.has(h))) return true;
  const body = signatureWindow(msg);
  if (sig.body.some((p) => body.includes(p))) return true;
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
