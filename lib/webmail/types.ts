/** The contract every webmail site adapter implements. Plain DOM only (no extension API). */

export type WebmailAppId = 'gmail' | 'outlook';

export interface MessageSender {
  /** Display name as the app shows it; may be empty. */
  name: string;
  /** Address when the app exposes it. Outlook hides same-tenant addresses behind a hover card, so this is often null there. */
  email: string | null;
}

export interface OpenMessage {
  /** The message container. */
  element: Element;
  /** The mail body. The card is mounted beside it (as a sibling before it), never inside it. */
  bodyElement: Element;
  /** Stable id for dedupe: Gmail data-message-id / data-legacy-message-id, Outlook item id, else a short hash. */
  key: string;
  sender: MessageSender;
  subject: string;
  /** Reader-visible text of the body, block elements as line breaks, capped at 256 KB, never HTML. */
  visibleText(): string;
}

export type SendFailureKind = 'send-failed' | 'outbox-stuck';

export interface SendFailureNotice {
  element: Element;
  key: string;
  text: string;
  kind: SendFailureKind;
}

export interface SiteAdapter {
  id: WebmailAppId;
  /** The area that holds the open conversation, or null while the app has not rendered it. */
  readingRoot(doc: Document): Element | null;
  /** Expanded, visible, non-compose messages under the root. */
  openMessages(root: ParentNode): OpenMessage[];
  /** Visible send-failure notices (toasts, info bars) and a non-empty Outbox. */
  sendFailureNotices(doc: Document): SendFailureNotice[];
}

/** One entry of an ordered selector fallback list. */
export interface SelectorEntry {
  selector: string;
  /** S = stable hook (ARIA, id, data-*, email attribute); C = obfuscated class stable for years; X = fragile or localized. */
  stability: 'S' | 'C' | 'X';
  /** Where the hook was seen (webmail-dom.md) and how old it is. */
  source: string;
}
