/**
 * Outlook on the web DOM hooks as ordered fallback lists: stable hooks first (S), classes next (C), fragile or
 * localized labels last (X). Source of every entry: /work/shared/reference/webmail-dom.md §1b (gathered Nov 2026
 * from public code, NOT yet checked against live OWA; capture and verify). OWA's obfuscated classes churn every
 * few months (evicypher: four body classes in 15 months), so no obfuscated class is relied on alone.
 */
import type { SelectorEntry } from './types';

export const OUTLOOK_READING_ROOT: readonly SelectorEntry[] = [
  { selector: '#ReadingPaneContainerId', stability: 'S', source: 'toggl src/content/outlook.js (2024)' },
  { selector: '#ConversationReadingPaneContainer', stability: 'S', source: 'fperezdev/wd-extension-poc consts.ts' },
  { selector: '[data-app-section="ConversationContainer"]', stability: 'S', source: 'recent public code' },
  { selector: '[data-app-section="MailReadCompose"]', stability: 'S', source: 'evicypher outlook.ts (2022)' },
  { selector: 'main[aria-label="Reading Pane"]', stability: 'X', source: 'recent public code (English label only)' },
];

/** In the pop-out frame there is no reading pane container; the message body sits in the frame's own body. */
export const OUTLOOK_POPOUT_MARKER: readonly SelectorEntry[] = [
  { selector: 'div[id^="UniqueMessageBody"]', stability: 'S', source: 'recent public code; Briskine outlook.js pop-outs' },
  { selector: '[role="document"]', stability: 'S', source: 'POW-Capstone2025 content.js' },
];

export const OUTLOOK_BODY: readonly SelectorEntry[] = [
  { selector: 'div[id^="UniqueMessageBody"][role="document"]', stability: 'S', source: 'recent public code' },
  { selector: 'div[id^="UniqueMessageBody"]', stability: 'S', source: 'recent public code' },
  { selector: '[role="document"]', stability: 'S', source: 'POW-Capstone2025 content.js' },
  { selector: '.allowTextSelection', stability: 'C', source: 'recent public code' },
  { selector: '[aria-label="Message body"]', stability: 'X', source: 'recent public code (English label)' },
];

export const OUTLOOK_SENDER: readonly SelectorEntry[] = [
  { selector: '[id$="_FROM"]', stability: 'S', source: 'recent public code' },
  { selector: 'span[aria-label^="From:"]', stability: 'X', source: 'recent public code (English label)' },
  { selector: '.OZZZK', stability: 'X', source: 'JonathanDebug/POW-Capstone2025 Extension/content.js' },
];

export const OUTLOOK_SUBJECT: readonly SelectorEntry[] = [
  { selector: '[role="heading"][id$="_SUBJECT"]', stability: 'S', source: 'toggl (2023-24); recent public code' },
  // TODO [legacy]: older OWA kept the subject in a titled heading.
  { selector: 'div[role="heading"][title]', stability: 'S', source: 'toggl (2023)' },
];

export const OUTLOOK_COMPOSE: readonly SelectorEntry[] = [
  { selector: '[contenteditable="true"][aria-multiline="true"]', stability: 'S', source: 'Briskine outlook.js (2026)' },
  { selector: '[data-app-section="Form_Content"]', stability: 'S', source: 'Briskine outlook.js (pop-out compose form)' },
  { selector: '[contenteditable="true"]', stability: 'S', source: 'any editor; never a received mail body' },
];

/** Info bars and toasts. OWA send errors have no public code (webmail-dom.md §1b); the phrases decide. */
export const OUTLOOK_NOTICE: readonly SelectorEntry[] = [
  { selector: '[role="alert"]', stability: 'S', source: 'ARIA role; webmail-dom.md §4 item 7' },
  { selector: '[role="status"]', stability: 'S', source: 'ARIA role; webmail-dom.md §4 item 7' },
  { selector: '[aria-live]', stability: 'S', source: 'ARIA live region; webmail-dom.md §4 item 7' },
];

/** Folder tree items; the Outbox is found by its (localized) name. UNVERIFIED markup, capture live. */
export const OUTLOOK_FOLDER_ITEM: readonly SelectorEntry[] = [
  { selector: '[role="treeitem"]', stability: 'S', source: 'ARIA tree of the folder pane (unverified)' },
];
