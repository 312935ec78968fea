/**
 * Finds email addresses in free text without a regular expression: from each "@", walk left over
 * local-part characters and right over domain characters, each walk bounded by the lengths RFC 5321
 * allows. Every "@" costs a bounded amount of work, so the scan is linear in the text, however
 * hostile it is.
 */
const LOCAL_MAX = 64;
const DOMAIN_MAX = 253;

function isLocalChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    || "!#$%&'*+/=?^_`{|}~.-".includes(String.fromCharCode(c));
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
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
  if (lenient) return domain.toLowerCase() === 'localhost' || (lastDot > 0 && lastDot < domain.length - 1);
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
