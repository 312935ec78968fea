/**
 * Finds email addresses in free text without a regular expression: from each "@", walk left over
 * local-part characters and right over domain characters, each walk bounded by the lengths RFC 5321
 * allows. Every "@" costs a bounded amount of work, so the scan is linear in the text, however
 * hostile it is.
 */
const LOCAL_MAX = 64;
const DOMAIN_MAX = 253;

/** ASCII characters allowed in a local part (1) and in a domain (2), by code: a table, since every walk step asks. */
const CHAR_KIND = (() => {
  const table = new Uint8Array(128);
  const alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  for (const ch of alnum) table[ch.charCodeAt(0)] = 1 | 2;
  for (const ch of "!#$%&'*+/=?^_`{|}~") table[ch.charCodeAt(0)] |= 1;
  for (const ch of '.-') table[ch.charCodeAt(0)] = 1 | 2;
  return table;
})();

function isLocalChar(c: number): boolean {
  return c < 128 && (CHAR_KIND[c] & 1) !== 0;
}

function isDomainChar(c: number): boolean {
  return c < 128 && (CHAR_KIND[c] & 2) !== 0;
}

export interface FoundAddress {
  address: string;
  index: number;
}

export interface FindOptions {
  /**
   * Accept any dotted domain (numeric last label too, e.g. an address literal written without brackets) and the
   * bare host "localhost", as bounce notices print them. By default the last label must be 2 to 24 letters.
   */
  lenientDomain?: boolean;
}

function plausibleDomain(domain: string, lenient: boolean): boolean {
  const lastDot = domain.lastIndexOf('.');
  if (lenient) return (domain.length === 9 && domain.toLowerCase() === 'localhost') || (lastDot > 0 && lastDot < domain.length - 1);
  const tld = lastDot > 0 ? domain.slice(lastDot + 1) : '';
  return tld.length >= 2 && tld.length <= 24 && /^[A-Za-z]+$/.test(tld);
}

/** The first plausible address at or after `from`, or null. */
export function findEmailAddress(text: string, from = 0, options?: FindOptions): FoundAddress | null {
  const lenient = options?.lenientDomain === true;
  let at = text.indexOf('@', from);
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < LOCAL_MAX && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && text[start] === '.') start++;
    let end = at + 1;
    while (end < text.length && end - at - 1 < DOMAIN_MAX && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const domain = text.slice(at + 1, end);
    if (start < at && plausibleDomain(domain, lenient)) {
      return { address: text.slice(start, end), index: start };
    }
    at = text.indexOf('@', at + 1);
  }
  return null;
}

/** Every address in the text, in order (at most `limit`). */
export function findEmailAddresses(text: string, limit = 50, options?: FindOptions): FoundAddress[] {
  const found: FoundAddress[] = [];
  let from = 0;
  while (found.length < limit) {
    const next = findEmailAddress(text, from, options);
    if (!next) break;
    found.push(next);
    from = next.index + next.address.length;
  }
  return found;
}
