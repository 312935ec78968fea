import { rememberLast } from './text';
/** The normalized message every format module reads. */
export interface BounceMessage {
  /** Lower-case header name → values in order (top-level headers only). */
  headers: ReadonlyMap<string, readonly string[]>;
  subject: string;
  /** The From header as written (display name and address). */
  from: string;
  fromAddress: string | null;
  /** The To header address(es) of the bounce: normally the original sender. */
  toAddresses: readonly string[];
  /** Human-readable text parts, newline-normalized and capped. */
  text: string;
  /** Raw message/delivery-status part (or the text that looks like one), if any. */
  deliveryStatus: string | null;
  /** Raw message/feedback-report part, if any. */
  feedbackReport: string | null;
  /** Headers of the returned original message, if attached (capped). */
  originalHeaders: string | null;
  /** True when only what a webmail shows was available (no headers, no MIME). */
  visibleOnly: boolean;
}

/**
 * A text lower-cased, made once since several modules search the same message's text. Messages are decoded
 * one at a time, so remembering the last texts is enough (cheaper than a WeakMap).
 */
export const lowerCased = rememberLast((text: string) => text.toLowerCase());

/** The message text lower-cased (see lowerCased). */
export function lowerText(msg: BounceMessage): string {
  return lowerCased(msg.text);
}

export function header(msg: BounceMessage, name: string): string | null {
  const v = msg.headers.get(name.toLowerCase());
  return v && v.length > 0 ? v[0] : null;
}

/** Builds the headers map from "Name: value" lines (continuations unfolded), for parts we parse ourselves. */
export function parseHeaderBlock(block: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  let name: string | null = null;
  let value = '';
  const flush = () => {
    if (name) {
      const list = map.get(name) ?? [];
      list.push(value.trim());
      map.set(name, list);
    }
  };
  for (const line of block.split('\n')) {
    if (line.length === 0) {
      flush();
      name = null;
      continue;
    }
    if ((line[0] === ' ' || line[0] === '\t') && name) {
      value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && colon < 80 && /^[A-Za-z0-9-]+$/.test(line.slice(0, colon))) {
      flush();
      name = line.slice(0, colon).toLowerCase();
      value = line.slice(colon + 1);
    }
  }
  flush();
  return map;
}
