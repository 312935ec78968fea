/**
 * Gmail (mail.google.com) DOM hooks as ordered fallback lists: stable hooks first (S), long-lived obfuscated
 * classes next (C), fragile or localized ones last (X). Source of every entry: /work/shared/reference/webmail-dom.md
 * §1a (gathered Nov 2026 from public extension code, NOT yet checked against live Gmail; capture and verify).
 * Gmail rolls DOM changes out per account (InboxSDK #1071/#1078), so keep legacy entries until live captures
 * show they are gone.
 */
import type { SelectorEntry } from './types';

export const GMAIL_READING_ROOT: readonly SelectorEntry[] = [
  { selector: 'div[role="main"]', stability: 'S', source: 'gmail.js api.dom.inbox_content; InboxSDK gmail-route-view.ts' },
  // Parent of the cached views; only reached when no visible role=main exists.
  { selector: 'div.aeF', stability: 'C', source: 'InboxSDK get-main-content-element-changed-stream.ts' },
];

export const GMAIL_MESSAGE: readonly SelectorEntry[] = [
  { selector: '[data-message-id]', stability: 'S', source: 'Mailvelope gmailIntegration.js#scanMessages; FlowCrypt determineMsgId' },
  { selector: '[data-legacy-message-id]', stability: 'S', source: 'gmail.js api.dom.email; InboxSDK gmail-message-view.ts' },
  { selector: 'div.adn', stability: 'C', source: 'gmail.js api.dom.email (since 2014)' },
];

export const GMAIL_BODY: readonly SelectorEntry[] = [
  { selector: 'div.a3s.aiL', stability: 'C', source: 'Mailvelope MSG_BODY_SELECTOR (since 2020); InboxSDK getBodyElement' },
  // TODO [legacy]: .a3s.aXjCH is the pre-2020 body; keep while per-account rollouts may still serve it.
  { selector: 'div.a3s.aXjCH', stability: 'C', source: 'gmail.js (since 2016)' },
  { selector: 'div.a3s', stability: 'C', source: 'FlowCrypt sel.msgInner' },
  { selector: 'div.ii.gt', stability: 'C', source: 'InboxSDK getBodyElement (wrapper of .a3s)' },
];

export const GMAIL_SENDER: readonly SelectorEntry[] = [
  { selector: 'span.gD[email]', stability: 'S', source: 'gmail.js from (since 2014); InboxSDK getSender' },
  { selector: 'td.gF span[email]', stability: 'C', source: 'FlowCrypt getFrom' },
  { selector: '.gs .cf.ix span[email]', stability: 'C', source: 'InboxSDK getSender (older header)' },
];

export const GMAIL_SUBJECT: readonly SelectorEntry[] = [
  { selector: 'h2[data-legacy-thread-id]', stability: 'S', source: 'InboxSDK getSubject' },
  { selector: 'h2.hP', stability: 'C', source: 'gmail.js (h2.hP since 2014); FlowCrypt sel.subject' },
  { selector: '.ha h2', stability: 'C', source: 'toggl google-mail.js (2021)' },
];

/** Thread-level wrappers; only used to find the subject that belongs to a message. */
export const GMAIL_THREAD: readonly SelectorEntry[] = [
  { selector: '.a98.iY', stability: 'X', source: 'InboxSDK gmail-element-getter.ts (2023-11-16 layout)' },
  // TODO [legacy]: table.Bs/.nH.if is the pre-Nov-2023 thread layout.
  { selector: '.nH.if', stability: 'X', source: 'gmail.js view_thread (<=2023)' },
  { selector: '.ao9', stability: 'X', source: 'InboxSDK preview pane' },
];

/** Classes Gmail puts on a message wrapper that is not expanded: .kv collapsed, .kQ/.kx hidden in a long thread. */
export const GMAIL_NOT_EXPANDED_CLASSES: readonly string[] = ['kv', 'kQ', 'kx'];

export const GMAIL_COMPOSE: readonly SelectorEntry[] = [
  { selector: '[role="dialog"]:has(form)', stability: 'S', source: 'InboxSDK setup-compose-view-driver-stream.ts' },
  { selector: 'div.M9', stability: 'C', source: 'InboxSDK gmail-compose-view.ts (inline/popout container)' },
  { selector: 'div.AD', stability: 'C', source: 'gmail.js api.dom.compose (popup)' },
  { selector: '[g_editable="true"]', stability: 'S', source: 'InboxSDK compose body (.Ap [g_editable=true])' },
  { selector: '[contenteditable="true"]', stability: 'S', source: 'any editor; never a received mail body' },
];

export const GMAIL_TOAST: readonly SelectorEntry[] = [
  { selector: 'div.b8[role="alert"]', stability: 'S', source: 'InboxSDK gmail-butter-bar-driver.ts' },
  // Gmail's "address not recognized" and sending-limit messages are modal alert dialogs (unverified).
  { selector: '[role="alertdialog"]', stability: 'S', source: 'ARIA role; generic (Gmail markup unverified)' },
  { selector: '[role="alert"][aria-live="assertive"]', stability: 'S', source: 'Selenium suites (louiske0911/pytest_selenium)' },
  { selector: '[role="alert"]', stability: 'S', source: 'ARIA role; generic' },
];

/** Text of a butter bar lives in .vh (or .bAq); the toast element itself is the fallback. */
export const GMAIL_TOAST_TEXT: readonly SelectorEntry[] = [
  { selector: '.vh', stability: 'C', source: 'InboxSDK gmail-butter-bar-driver.ts' },
  { selector: '.bAq', stability: 'C', source: 'InboxSDK gmail-butter-bar-driver.ts' },
];

/**
 * The offline Outbox link in the left navigation. UNVERIFIED: webmail-dom.md found no public code for Gmail's
 * Outbox label, so this relies on the #outbox route (S) in the link and a visible count next to it.
 */
export const GMAIL_OUTBOX_LINK: readonly SelectorEntry[] = [
  { selector: 'a[href$="#outbox"]', stability: 'S', source: 'Gmail hash route #outbox (detect.ts); link markup unverified' },
];
