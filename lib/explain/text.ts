/** Small text helpers for explain/: all bounded, all linear-time. */

/** Only the start of a diagnostic matters; long pastes are cut here. */
export const MAX_TEXT = 4096;

/** Lower-cases, cuts to MAX_TEXT and folds runs of whitespace into one space. */
export function foldText(text: string): string {
  const cut = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  return cut.toLowerCase().replace(/\s+/g, ' ').trim();
}

// A code must stand alone: start of text or after a space/bracket, and not be part of a dotted
// number such as an IP address (10.5.1.1).
// Only failure classes (4 and 5): a pasted text often quotes a server greeting such as "220 ...".
const STATUS_IN_TEXT = /(?:^|[\s(\[#:"'-])([45]\.\d{1,3}\.\d{1,3})(?![.\d])/;
const REPLY_IN_TEXT = /(?:^|[\s(\[:"'-])([45]\d\d)(?=[\s\-:,)\]]|$)/;

/** Finds the first failure status code and reply code written in a pasted text. */
export function codesInText(folded: string): { status: string | null; replyCode: string | null } {
  const head = folded.slice(0, 1024);
  const status = STATUS_IN_TEXT.exec(head)?.[1] ?? null;
  const reply = REPLY_IN_TEXT.exec(head)?.[1] ?? null;
  return { status, replyCode: reply };
}

const UNIT_WORDS: Record<string, [number, string]> = {
  s: [1, 'second'], sec: [1, 'second'], secs: [1, 'second'], second: [1, 'second'], seconds: [1, 'second'],
  m: [60, 'minute'], min: [60, 'minute'], mins: [60, 'minute'], minute: [60, 'minute'], minutes: [60, 'minute'],
  h: [3600, 'hour'], hr: [3600, 'hour'], hrs: [3600, 'hour'], hour: [3600, 'hour'], hours: [3600, 'hour'],
  d: [86400, 'day'], day: [86400, 'day'], days: [86400, 'day'],
};

/** "in 2 minutes", rounding seconds up to minutes once they pass 90. */
export function formatDelay(seconds: number): string {
  if (seconds < 90) return `in ${seconds} second${seconds === 1 ? '' : 's'}`;
  if (seconds < 5400) {
    const minutes = Math.ceil(seconds / 60);
    return `in ${minutes} minutes`;
  }
  if (seconds < 172800) {
    const hours = Math.ceil(seconds / 3600);
    return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  }
  return `in ${Math.ceil(seconds / 86400)} days`;
}

const RETRY_AFTER_DATE = /(?:retry|try again)[- ]after:? ?(\d{4}-\d{2}-\d{2})[ t](\d{2}:\d{2})(?::\d{2})?(?:\.\d{1,6})? ?(utc|gmt|z)?/;
// The number must stand alone, so a clock time such as 10:15 is not read as 10 seconds.
const RETRY_AFTER_AMOUNT = /(?:retry|try again)[- ](?:after|in):? ?(\d{1,6})(?![\d:.\-]) ?([a-z]{1,7})?/;
const WAIT_AMOUNT = /(?:wait|retry in|try again in|after) (\d{1,4}) ?(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\b/;

/** Reads a retry time the server gave ("Retry-After: 120", "try again in 15 minutes", "retry after 2026-11-23 10:00 UTC"). */
export function parseRetryAfter(folded: string): string | undefined {
  const date = RETRY_AFTER_DATE.exec(folded);
  if (date) return `after ${date[2]}${date[3] ? ' UTC' : ''} on ${date[1]}`;
  const amount = RETRY_AFTER_AMOUNT.exec(folded);
  if (amount) {
    const unit = amount[2] ? UNIT_WORDS[amount[2]] : undefined;
    // A bare number after "Retry-After" is seconds, as in the HTTP header.
    if (!amount[2] || unit) return formatDelay(Number(amount[1]) * (unit ? unit[0] : 1));
  }
  const wait = WAIT_AMOUNT.exec(folded);
  if (wait) {
    const unit = UNIT_WORDS[wait[2]];
    if (unit) return formatDelay(Number(wait[1]) * unit[0]);
  }
  return undefined;
}
