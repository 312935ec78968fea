import type { BounceMessage } from '../message';
import type { Action } from '../types';
import { findAddresses, findReplyCode, findStatus, foldLine, MAX_DIAGNOSTIC_CHARS } from '../text';
import type { FormatModule, PartialFact } from './types';

/** RFC 3464 delivery-status fields, read from the message/delivery-status part (or DSN-looking text). */

/** One group of "Name: value" fields, names lower-cased. */
type Fields = ReadonlyMap<string, string>;

function parseFieldGroups(raw: string): Fields[] {
  const groups: Fields[] = [];
  let current = new Map<string, string>();
  let last: string | null = null;
  const lines = raw.split('\n');
  for (let n = 0; n < lines.length && n < 4000; n++) {
    const line = lines[n];
    if (!line.trim()) {
      if (current.size) groups.push(current);
      current = new Map();
      last = null;
      continue;
    }
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      current.set(last, `${current.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 60) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!FIELD_NAME.test(name)) continue;
    const value = line.slice(colon + 1).trim();
    if (current.has(name) && (name === 'final-recipient' || name === 'original-recipient')) {
      // A new recipient without a blank line in between.
      groups.push(current);
      current = new Map();
    }
    current.set(name, value.length > MAX_DIAGNOSTIC_CHARS * 2 ? value.slice(0, MAX_DIAGNOSTIC_CHARS * 2) : value);
    last = name;
  }
  if (current.size) groups.push(current);
  return groups;
}

const FIELD_NAME = /^[a-z0-9-]+$/;

/** Text up to the first white space ("failed (permanent)" → "failed"). */
function firstWord(value: string): string {
  const m = LEADING_WORD.exec(value);
  return m ? m[0] : '';
}
const LEADING_WORD = /^\S{0,40}/;

/** "[192.0.2.1]" → "192.0.2.1". */
function unbracket(value: string): string {
  const start = value.startsWith('[') ? 1 : 0;
  const end = value.endsWith(']') ? value.length - 1 : value.length;
  return start === 0 && end === value.length ? value : value.slice(start, Math.max(start, end));
}

/** A DSN field's value without its type ("smtp; 550 …" → "550 …", "rfc822; a@b" → "a@b"). */
export function stripType(value: string): string {
  const semi = value.indexOf(';');
  if (semi !== -1 && semi < 20 && /^[a-z0-9-]+$/i.test(value.slice(0, semi).trim())) return value.slice(semi + 1).trim();
  return value.trim();
}

const ACTIONS: Record<string, Action> = {
  failed: 'failed', failure: 'failed', delayed: 'delayed', delivered: 'delivered', relayed: 'relayed', expanded: 'expanded',
  deliverable: 'delivered',
};

/** A status code more specific than the DSN's generic x.0.0 one wins when the diagnostic carries it. */
/** The remote server's own code (in the diagnostic) beats the code the reporting MTA put in the Status field. */
export function preferSpecificStatus(dsnStatus: string | null, diagnostic: string): string | null {
  const inDiag = findStatus(diagnostic);
  if (!dsnStatus) return inDiag;
  if (inDiag && !(/^\d\.0\.0$/.test(inDiag) && !/^\d\.0\.0$/.test(dsnStatus))) return inDiag;
  return dsnStatus;
}

export function factsFromDeliveryStatus(raw: string): PartialFact[] {
  const facts: PartialFact[] = [];
  for (const g of parseFieldGroups(raw)) {
    if (g.get('reporting-mta') && !g.get('final-recipient') && !g.get('original-recipient')) continue;
    const recipientField = g.get('final-recipient') ?? g.get('original-recipient') ?? g.get('x-actual-recipient');
    if (!recipientField) continue;
    const recipient = findAddresses(stripType(recipientField))[0] ?? (stripType(recipientField) || null);
    const diagnosticCode = g.get('diagnostic-code');
    const diagnosticRaw = diagnosticCode ? stripType(diagnosticCode) : '';
    const diagnostic = foldLine(diagnosticRaw, MAX_DIAGNOSTIC_CHARS);
    const statusValue = g.get('status') ?? '';
    const statusField = statusValue ? findStatus(statusValue) : null;
    const action = ACTIONS[firstWord(g.get('action') ?? '').toLowerCase()] ?? undefined;
    const remoteMta = g.get('remote-mta');
    const remote = remoteMta ? unbracket(stripType(remoteMta)) : null;
    const comment = statusComment(statusValue);
    facts.push({
      recipient,
      action,
      status: preferSpecificStatus(statusField, diagnostic),
      replyCode: diagnostic ? findReplyCode(diagnostic) : null,
      diagnostic,
      remoteHost: remote ? remote.toLowerCase() : null,
      smtpCommand: null,
      // Always present (undefined when there is none), so every fact has the same shape.
      context: comment ?? undefined,
    });
  }
  return facts;
}

/**
 * The comment some MTAs put after the code ("Status: 4.0.0 (example.net: host name lookup failure)"),
 * unless it only restates the class ("(permanent failure)").
 */
function statusComment(field: string): string | null {
  const open = field.indexOf('(');
  const close = field.lastIndexOf(')');
  if (open === -1 || close <= open) return null;
  const text = foldLine(field.slice(open + 1, close), 512);
  const low = text.toLowerCase();
  if (low.length < 4 || low === 'permanent failure' || low === 'temporary failure' || low === 'persistent transient failure') return null;
  return text;
}

export const rfc3464: FormatModule = {
  id: 'rfc3464',
  detect: (msg: BounceMessage) => msg.deliveryStatus !== null,
  parse(msg) {
    if (!msg.deliveryStatus) return null;
    const facts = factsFromDeliveryStatus(msg.deliveryStatus);
    return facts.length ? { facts } : null;
  },
};
