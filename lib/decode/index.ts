import type { Action, MessageKind, MessageReport, Reason, RecipientFact } from './types';
import { lowerCased, type BounceMessage } from './message';
import { parseMessage, parseMessageNow, splitSources, toBytes, visibleMessage } from './mime';
import { FORMATS, type PartialFact } from './formats';
import { evidenceFromText, smtpCommandOf } from './formats/text-blocks';
import { factsFromDeliveryStatus, preferSpecificStatus } from './formats/rfc3464';
import { capLower, isHardBounce, reasonFromLowerText, reasonFromReply, reasonFromStatus, reasonFromStrongStatus, reasonFromWeakLowerText } from './reasons';
import { matchProviderRuleLower } from './providers';
import { MAX_DIAGNOSTIC_CHARS, includesAny, innerReply, replyMatchingClass, findAddresses, findAllStatuses, findReplyCode, findStatus, foldLine, isSystemAddress, normalizeNewlines } from './text';

export { classifyReason } from './reasons';
export type { MessageReport, RecipientFact, Reason } from './types';

const NON_FAILURE_ACTIONS: ReadonlySet<Action> = new Set(['delivered', 'relayed', 'expanded']);

function notBounce(msg: Pick<BounceMessage, 'subject' | 'from'> | null): MessageReport {
  return { kind: 'not-bounce', format: null, subject: msg?.subject || null, from: msg?.from || null, recipients: [] };
}

/** One fact's texts, lower-cased once: the diagnostic, its context, and both together (each capped as the matchers expect). */
interface LoweredTexts {
  diagnostic: string;
  context: string;
  both: string;
}

/** Longest text the reason matchers read (capLower's cap). */
const REASON_TEXT_CHARS = 4096;

/**
 * `diagnosticLower` is the whole diagnostic lower-cased (finalize has it already). When lower-casing kept both
 * lengths and the two fit under the cap, `both` is the two lowered halves joined: the only context-dependent
 * lower-casing (final sigma) cannot see across the joining space.
 */
function lowered(diagnostic: string, diagnosticLower: string, context: string): LoweredTexts {
  const diagnosticLow = diagnostic.length > REASON_TEXT_CHARS ? capLower(diagnostic) : diagnosticLower;
  const contextLow = context.length > REASON_TEXT_CHARS ? capLower(context) : lowerCased(context);
  const joinable = diagnostic.length + 1 + context.length <= REASON_TEXT_CHARS && diagnosticLow.length === diagnostic.length && contextLow.length === context.length;
  return { diagnostic: diagnosticLow, context: contextLow, both: joinable ? `${diagnosticLow} ${contextLow}` : capLower(`${diagnostic} ${context}`) };
}

/** Reason for one fact: provider wording, then phrases in the server's words, then the block around them, then codes. */
function reasonFor(low: LoweredTexts, remoteHost: string | null, status: string | null, replyCode: string | null): { reason: Reason; byProvider: boolean } {
  const provider = matchProviderRuleLower(low.both, status, replyCode, remoteHost);
  if (provider) return { reason: provider.reason, byProvider: true };
  const reason: Reason =
    reasonFromLowerText(low.diagnostic) ??
    reasonFromStrongStatus(status) ??
    reasonFromLowerText(low.context) ??
    reasonFromStatus(status) ??
    reasonFromWeakLowerText(low.both) ??
    reasonFromReply(replyCode) ??
    'undefined';
  return { reason, byProvider: false };
}

const GAVE_UP_ON: ReadonlySet<Reason> = new Set(['syntaxerror', 'undefined', 'onhold']);

/** Reasons too vague to say who was refused; the SMTP stage says it better. */
const STAGE_GENERIC: ReadonlySet<Reason> = new Set(['rejected', 'hostunknown', 'userunknown', 'onhold', 'undefined', 'syntaxerror']);
/** Words that put a refusal on the sending host or IP address, whatever the stage. */
const HOST_BLOCK_WORDS = [
  'client host', 'your ip', 'ip address', 'from ip', 'blocklist', 'block list', 'blacklist', 'black list', 'dnsbl', 'rbl',
  'spamhaus', 'spamcop', 'listed', 'reputation', 'helo', 'ehlo', 'reverse', 'your isp', 'dynamic', 'residential',
];

/**
 * Adjustments that depend on more than the words: what stage failed and whether it was temporary.
 * A "user unknown" answered after the message content was sent is a content filter in disguise;
 * a temporary DNS failure is not a dead domain; a failed notice for a temporary error means the sender gave up.
 */
function adjustReason(
  found: { reason: Reason; byProvider: boolean },
  action: Action,
  status: string | null,
  replyCode: string | null,
  low: string,
  said: string | null,
  smtpCommand: string | null,
): Reason {
  const reason = found.reason;
  const cls = status?.[0] ?? replyCode?.[0] ?? null;
  // Sisimai's convention, kept for comparable results: "unknown user" not answered to RCPT/MAIL and
  // without an address-class (x.1.x) code means a filter refused the content.
  // A provider's own wording is exact: no second-guessing by stage.
  if (reason === 'userunknown' && !found.byProvider && !(status && /^[45]\.1\./.test(status))) {
    const command = said ?? smtpCommand;
    if (said === 'DATA' || command === 'DATA') return 'filtered';
    // x.2.x is about the mailbox's state (disabled, not accepting), not a missing address.
    if (status && /^[45]\.2\.[01]$/.test(status) && command !== 'RCPT') return 'filtered';
    // Refused at MAIL FROM: the address that "does not exist" is the sender's.
    if (command === 'MAIL') return 'rejected';
    if (!status && replyCode && command !== 'RCPT' && command !== 'MAIL') return 'filtered';
  }
  if (!found.byProvider) {
    const stage = said ?? smtpCommand;
    // Refused at HELO/EHLO: no sender or recipient has been named yet, so it is the sending host that was refused.
    if ((stage === 'HELO' || stage === 'EHLO') && STAGE_GENERIC.has(reason)) return 'blocked';
    // Refused at MAIL FROM with generic words: it is the envelope sender that was refused.
    if (stage === 'MAIL' && (STAGE_GENERIC.has(reason) || (reason === 'blocked' && !includesAny(low, HOST_BLOCK_WORDS)))) return 'rejected';
  }
  if (status && /^[45]\.4\.7$/.test(status) && reason !== 'systemfull') return 'expired';
  if (reason === 'hostunknown' && cls === '4') return 'networkerror';
  // x.1.7 / x.1.8 are about the sender's own address, whatever the words say.
  if (status && /^[45]\.1\.[78]$/.test(status) && (reason === 'hostunknown' || reason === 'userunknown')) return 'rejected';
  if (action === 'failed' && reason === 'networkerror' && cls !== '5' && (low.includes('timed out') || low.includes('timeout') || low.includes('not reachable'))) return 'expired';
  if (action === 'failed' && cls === '4' && GAVE_UP_ON.has(reason)) return 'expired';
  return reason;
}

/** "550-5.7.1 a 550-5.7.1 b 550 5.7.1 c" → "550-5.7.1 a b c": multi-line replies read as one sentence. */
function dropRepeatedPrefixes(diagnostic: string): string {
  const m = /^([2-5]\d\d)[- ]([245]\.\d{1,3}\.\d{1,3})?\s?/.exec(diagnostic);
  if (!m) return diagnostic;
  const head = diagnostic.slice(0, m[0].length);
  let rest = diagnostic.slice(m[0].length);
  for (const sep of ['-', ' ']) {
    const prefix = m[2] ? ` ${m[1]}${sep}${m[2]} ` : ` ${m[1]}${sep}`;
    if (rest.includes(prefix)) rest = rest.split(prefix).join(' ');
  }
  return head + rest;
}

/**
 * The status a text gives a fact. For a failure, a success code ("250 2.1.5 Ok" earlier in a transcript) is
 * passed over for the first code that is not one: it is never the status of what failed.
 */
function statusOf(text: string, failure: boolean): string | null {
  const first = findStatus(text);
  if (!failure || first === null || first[0] !== '2') return first;
  return findAllStatuses(text).find((s) => s[0] !== '2') ?? null;
}

function finalize(p: PartialFact): RecipientFact {
  const diagnostic = dropRepeatedPrefixes(foldLine(p.diagnostic ?? '', MAX_DIAGNOSTIC_CHARS));
  const action: Action = p.action ?? 'failed';
  const failure = !NON_FAILURE_ACTIONS.has(action);
  let status = p.status !== undefined ? p.status : statusOf(diagnostic, failure);
  if (status === null && p.status === undefined && p.context) status = statusOf(p.context, failure);
  let replyCode = p.replyCode !== undefined ? p.replyCode : findReplyCode(diagnostic);
  // A success or go-ahead reply read from the text ("250 Ok" in a transcript) is not what failed.
  if (failure && p.replyCode === undefined && replyCode && (replyCode[0] === '2' || replyCode[0] === '3')) replyCode = null;
  const inner = innerReply(diagnostic);
  if (inner) {
    status = inner.status;
    replyCode = inner.replyCode ?? replyCode;
  }
  if (status && replyCode && replyCode[0] !== status[0]) replyCode = replyMatchingClass(diagnostic, status[0]) ?? replyCode;
  if (status && !/^[245]\.\d{1,3}\.\d{1,3}$/.test(status)) status = null;
  if (replyCode && !/^[2-5]\d\d$/.test(replyCode)) replyCode = null;
  const diagnosticLower = diagnostic.toLowerCase();
  const said = smtpCommandOf(diagnosticLower);
  const smtpCommand = p.smtpCommand ?? said ?? (p.context ? smtpCommandOf(lowerCased(p.context)) : null);
  let reason: Reason;
  if (p.reason) reason = p.reason;
  else if (NON_FAILURE_ACTIONS.has(action)) reason = 'delivered';
  else {
    const found = reasonFor(lowered(diagnostic, diagnosticLower, p.context ?? ''), p.remoteHost ?? null, status, replyCode);
    reason = adjustReason(found, action, status, replyCode, diagnosticLower, said, smtpCommand);
  }
  return {
    recipient: p.recipient,
    action,
    status,
    replyCode,
    diagnostic,
    remoteHost: p.remoteHost ?? null,
    smtpCommand,
    reason,
    hardBounce: NON_FAILURE_ACTIONS.has(action) ? false : isHardBounce(reason, status, replyCode),
    ...(p.feedbackType !== undefined ? { feedbackType: p.feedbackType } : {}),
  };
}

/** DSN fields are exact but terse; the human-readable part often has the server's words and the code. */
function enrichFromText(dsn: PartialFact[], text: PartialFact[]): PartialFact[] {
  const byRecipient = new Map<string, PartialFact>();
  for (const t of text) if (t.recipient) byRecipient.set(t.recipient.toLowerCase(), t);
  return dsn.map((d) => {
    const withCode = (f: PartialFact) => !!(f.diagnostic && (findStatus(f.diagnostic) || findReplyCode(f.diagnostic)));
    const t =
      (d.recipient && byRecipient.get(d.recipient.toLowerCase())) ||
      (dsn.length === 1 ? (text.length === 1 ? text[0] : text.find(withCode)) : undefined);
    if (!t) return d;
    const out: PartialFact = { ...d, context: [d.context, t.context].filter(Boolean).join(' ') };
    // The notice's diagnostic is read only where the report's own falls short (evidenceFromText works it out on request).
    const textDiag = () => t.diagnostic ?? '';
    const dsnHasCode = !!(d.diagnostic && (findStatus(d.diagnostic) || findReplyCode(d.diagnostic)));
    if (!d.diagnostic || (!dsnHasCode && textDiag() && (findStatus(textDiag()) || findReplyCode(textDiag())))) {
      out.diagnostic = d.diagnostic && !textDiag().includes(d.diagnostic) ? `${textDiag()} ${d.diagnostic}`.trim() : textDiag() || d.diagnostic;
    }
    if (!out.replyCode) out.replyCode = findReplyCode(out.diagnostic ?? '') ?? (textDiag() ? findReplyCode(textDiag()) : null);
    out.status = preferSpecificStatus(d.status ?? null, out.diagnostic ?? '') ?? (textDiag() ? findStatus(textDiag()) : null);
    if (!out.remoteHost && t.remoteHost) out.remoteHost = t.remoteHost;
    if (!out.smtpCommand && t.smtpCommand) out.smtpCommand = t.smtpCommand;
    return out;
  });
}

function kindOf(facts: RecipientFact[]): MessageKind {
  if (facts.some((f) => f.action === 'failed')) return 'bounce';
  if (facts.some((f) => f.action === 'delayed')) return 'delay';
  if (facts.length && facts.every((f) => NON_FAILURE_ACTIONS.has(f.action))) return 'delivered';
  return 'bounce';
}

function dedupe(facts: PartialFact[]): PartialFact[] {
  const seen = new Set<string>();
  const out: PartialFact[] = [];
  for (const f of facts) {
    const key = f.recipient ? f.recipient.toLowerCase() : '';
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    out.push(f);
  }
  return out;
}

const FINAL_RECIPIENT = /final-recipient:/i;

/** Delivery-status fields pasted into the text (a bounce quoted inside a bounce, or a webmail showing the part inline). */
function deliveryStatusInText(text: string): string | null {
  const at = FINAL_RECIPIENT.exec(text)?.index ?? -1;
  if (at === -1) return null;
  const lineStart = Math.max(0, text.lastIndexOf('\n', at));
  const block = text.slice(lineStart, lineStart + 16384);
  return factsFromDeliveryStatus(block).length ? block : null;
}

export function decodeMessage(msg: BounceMessage): MessageReport {
  if (!msg.deliveryStatus) msg.deliveryStatus = deliveryStatusInText(msg.text);
  for (const format of FORMATS) {
    if (!format.detect(msg)) continue;
    const result = format.parse(msg);
    if (!result || result.facts.length === 0) continue;
    let partials = dedupe(result.facts);
    if (format.id === 'rfc3464') partials = enrichFromText(partials, evidenceFromText(msg));
    const recipients = partials.map(finalize);
    return {
      kind: result.kind ?? kindOf(recipients),
      format: format.id,
      subject: msg.subject || null,
      from: msg.from || null,
      recipients,
    };
  }
  return notBounce(msg);
}

function safeDecode(msg: BounceMessage): MessageReport {
  try {
    return decodeMessage(msg);
  } catch {
    return notBounce(msg);
  }
}

/** Starts like a header block (or an mbox separator). `head` is the message's latin1 view, or its start. */
function hasHeaders(head: string): boolean {
  return /^[A-Za-z0-9-]{1,76}:/.test(head) || head.startsWith('From ');
}

/** An RFC 822 message or an mbox → one report per message. Never throws. */
export async function decodeRaw(raw: string | Uint8Array): Promise<MessageReport[]> {
  try {
    const bytes = toBytes(raw ?? '');
    const reports: MessageReport[] = [];
    for (const part of splitSources(bytes)) {
      if (part.latin1.slice(0, 4096).trim().length < 8 || !hasHeaders(part.latin1.slice(0, 1024))) continue;
      try {
        reports.push(safeDecode(parseMessageNow(part) ?? (await parseMessage(part, { fastPath: false }))));
      } catch {
        reports.push(notBounce(null));
      }
    }
    return reports;
  } catch {
    return [];
  }
}

/** Text as a webmail shows it (no headers, no MIME), with optional subject/from hints. Never throws. */
export function decodeVisibleText(text: string, hints?: { subject?: string; from?: string }): MessageReport {
  try {
    return safeDecode(visibleMessage(typeof text === 'string' ? text : '', hints));
  } catch {
    return notBounce(null);
  }
}

function letterCount(text: string): number {
  const m = text.slice(0, 4096).match(/\p{L}/gu);
  return m ? m.length : 0;
}

/** A pasted error line or paragraph. Any text with a few letters yields a bounce with at least one fact. Never throws. */
export function decodePasted(text: string): MessageReport {
  try {
    const clean = normalizeNewlines(typeof text === 'string' ? text : '').trim();
    if (!clean || letterCount(clean) < 3 || !/\p{L}{2}/u.test(clean.slice(0, 4096))) return notBounce(null);
    const visible = decodeVisibleText(clean);
    if (visible.kind !== 'not-bounce' && visible.recipients.length) {
      return visible.kind === 'delay' || visible.kind === 'delivered' ? { ...visible, kind: 'bounce' } : visible;
    }
    const diagnostic = foldLine(clean, MAX_DIAGNOSTIC_CHARS);
    const recipient = findAddresses(clean.slice(0, 8192)).find((a) => !isSystemAddress(a)) ?? null;
    const fact = finalize({ recipient, action: 'failed', diagnostic });
    return { kind: 'bounce', format: 'pasted', subject: null, from: null, recipients: [fact] };
  } catch {
    return notBounce(null);
  }
}
