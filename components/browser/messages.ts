import { browser } from 'wxt/browser';
import type { ExplainedMessage } from '../../lib/report/pipeline';
import type { ExplainedRecipient } from '../../lib/report/support-ticket';

/**
 * What content scripts may ask the background. The decoder and the knowledge base live there, so
 * the scripts that run inside the inbox stay small; nothing in this protocol leaves the browser.
 */
export type OverlayRequest =
  | { type: 'explain-visible'; text: string; subject: string; from: string }
  | { type: 'explain-raw'; raw: string }
  | { type: 'explain-notice'; text: string; app: 'gmail' | 'outlook' };

export type OverlayResponse<R extends OverlayRequest> = R extends { type: 'explain-notice' }
  ? ExplainedRecipient | null
  : ExplainedMessage;

/** Longest text a content script sends; bounces are far shorter, and decoding caps again. */
export const MESSAGE_TEXT_CAP = 256 * 1024;

export function askBackground<R extends OverlayRequest>(request: R): Promise<OverlayResponse<R>> {
  return browser.runtime.sendMessage(request) as Promise<OverlayResponse<R>>;
}

export function isOverlayRequest(value: unknown): value is OverlayRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'explain-visible':
      return typeof v.text === 'string' && typeof v.subject === 'string' && typeof v.from === 'string';
    case 'explain-raw':
      return typeof v.raw === 'string';
    case 'explain-notice':
      return typeof v.text === 'string' && (v.app === 'gmail' || v.app === 'outlook');
    default:
      return false;
  }
}
