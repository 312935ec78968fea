/**
 * Bounce text is written by strangers. Before we show it, take out the invisible characters that can
 * disguise it: bidirectional overrides (which can make "moc.elpmaxe" read as "example.com"),
 * zero-width characters, and control characters. Everything else is kept as written.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function displayText(text: string): string {
  return text.replace(INVISIBLE, '');
}

export function hasHiddenCharacters(text: string): boolean {
  return displayText(text) !== text;
}
