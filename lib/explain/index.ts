/**
 * Explains one decoded failure (a RecipientFact) in plain words: what happened, whose side it is on,
 * whether to retry, and the fix steps, tailored to the user's sending service when known.
 */
import type { RecipientFact } from '../decode/types';
import { REASONS } from '../decode/vocabulary';
import { lookupReplyCode, lookupReplyRow, lookupStatus, lookupStatusRow, statusClassRow } from './codes/lookup';
import { findConflict, selectRule, type MatchInput } from './precedence';
import { GOOGLE_RULES } from './rules/google';
import { MICROSOFT_RULES } from './rules/microsoft';
import { YAHOO_AOL_RULES } from './rules/yahoo-aol';
import { ICLOUD_RULES } from './rules/icloud';
import { ZOHO_RULES } from './rules/zoho';
import { GMX_WEBDE_RULES } from './rules/gmx-webde';
import { MAILRU_RULES } from './rules/mailru';
import { AMAZON_SES_RULES } from './rules/amazon-ses';
import { SENDGRID_RULES } from './rules/sendgrid';
import { MAILGUN_RULES } from './rules/mailgun';
import { POSTMARK_RULES } from './rules/postmark';
import { ORANGE_LAPOSTE_RULES } from './rules/orange-laposte';
import { GODADDY_RULES } from './rules/godaddy';
import { BLOCKLIST_RULES } from './rules/blocklists';
import { GENERIC_RULES } from './rules/generic';
import { SEED_SENDING_SETUP_RULES } from './rules/seed-sending-setup';
import { SEED_LIMITS_RULES } from './rules/seed-limits';
import { SEED_DELIVERY_RULES } from './rules/seed-delivery';
import { SEED_ACCOUNT_RULES } from './rules/seed-account';
import { REASON_RULES } from './rules/reasons';
import { renderPlaces, PLACE_SOURCES } from './services';
import { codesInText, foldText, parseRetryAfter } from './text';
import type { Explanation, RuleDef, SendingService, Side } from './types';

export type { Explanation, RuleDef, SendingService } from './types';
export { SENDING_SERVICES, SENDING_SERVICE_NAMES } from './sending-services';
export { lookupStatus, lookupReplyCode } from './codes/lookup';

/** Every rule, provider wordings first; table order only breaks exact ties (see precedence.ts). */
export const RULES: readonly RuleDef[] = [
  ...SEED_SENDING_SETUP_RULES,
  ...SEED_LIMITS_RULES,
  ...SEED_DELIVERY_RULES,
  ...SEED_ACCOUNT_RULES,
  ...GOOGLE_RULES,
  ...MICROSOFT_RULES,
  ...YAHOO_AOL_RULES,
  ...ICLOUD_RULES,
  ...ZOHO_RULES,
  ...GMX_WEBDE_RULES,
  ...MAILRU_RULES,
  ...AMAZON_SES_RULES,
  ...SENDGRID_RULES,
  ...MAILGUN_RULES,
  ...POSTMARK_RULES,
  ...ORANGE_LAPOSTE_RULES,
  ...GODADDY_RULES,
  ...BLOCKLIST_RULES,
  ...GENERIC_RULES,
  ...REASON_RULES,
];

export interface ExplainOptions {
  service?: SendingService;
}

const FACT_REASONS: readonly string[] = REASONS;
const STATUS_FORM = /^[245]\.\d{1,3}\.\d{1,3}$/;

/** Reads a fact defensively: a pasted text may come with few or odd fields. */
function toMatchInput(fact: RecipientFact): MatchInput {
  const raw = (fact ?? {}) as Partial<RecipientFact>;
  const text = foldText(typeof raw.diagnostic === 'string' ? raw.diagnostic : '');
  const found = codesInText(text);
  const status = typeof raw.status === 'string' && STATUS_FORM.test(raw.status.trim()) ? raw.status.trim() : found.status;
  const replyCode = typeof raw.replyCode === 'string' && /^[2-5]\d\d$/.test(raw.replyCode) ? raw.replyCode : found.replyCode;
  const reason = typeof raw.reason === 'string' && FACT_REASONS.includes(raw.reason) && raw.reason !== 'undefined' ? raw.reason : null;
  const host = typeof raw.remoteHost === 'string' ? raw.remoteHost.toLowerCase() : null;
  const feedbackType = typeof raw.feedbackType === 'string' ? raw.feedbackType.toLowerCase() : null;
  return { text, status, replyCode, reason, host, feedbackType };
}

function codeDetails(input: MatchInput): Explanation['details'] {
  const details: Explanation['details'] = {};
  if (input.replyCode) {
    const reply = lookupReplyCode(input.replyCode);
    if (reply) details.replyCode = reply;
  }
  if (input.status) {
    const status = lookupStatus(input.status);
    if (status) details.status = status;
  }
  return details;
}

function renderSteps(rule: RuleDef, service?: SendingService): string[] {
  const steps = (service && rule.tailoring?.[service]) || rule.steps;
  return steps.map((step) => renderPlaces(step, service));
}

function usesPlaces(rule: RuleDef): boolean {
  return rule.steps.some((s) => s.includes('{'));
}

function fromRule(rule: RuleDef, input: MatchInput, service: SendingService | undefined, conflict?: string): Explanation {
  const given = parseRetryAfter(input.text);
  const retry = rule.retry.advice === 'no' ? { advice: rule.retry.advice } : { advice: rule.retry.advice, ...(given || rule.retry.when ? { when: given ?? rule.retry.when } : {}) };
  const sources = [...rule.source];
  if (service && (usesPlaces(rule) || rule.tailoring?.[service])) sources.push(...PLACE_SOURCES[service]);
  return {
    rule: rule.id,
    title: rule.title,
    summary: rule.summary,
    side: rule.side,
    retry,
    steps: renderSteps(rule, service),
    details: codeDetails(input),
    fallback: false,
    ...(conflict ? { conflict } : {}),
    sources: [...new Set(sources)],
  };
}

const GENERAL_STEPS = {
  temporary: ['Wait, then send the message again; most temporary problems clear within a few hours.', 'If it keeps failing for a day, contact {support} and quote the full error.'],
  permanent: ['Do not resend the same message unchanged; it will fail the same way.', 'Read the full error text from the server; it usually names the cause.', 'If the cause is still unclear, contact {support} and quote the full error.'],
  unknown: ['Read the full error text from the server; it usually names the cause.', 'If the cause is still unclear, contact {support} and quote the full error.'],
};

/** What to do when a notice gives no reason at all: rule out the likeliest causes one by one. */
const NO_REASON_STEPS = [
  'Check the address for typos, especially the part after the @.',
  'Ask the recipient, by phone or another address, whether this address still works.',
  'If mail to other people bounces too, contact {support} and include this notice.',
];

/** Explanation from the code tables alone, when no rule matched. */
function fromTables(input: MatchInput, service: SendingService | undefined): Explanation {
  const details = codeDetails(input);
  const statusRow = input.status ? lookupStatusRow(input.status) : undefined;
  const replyRow = input.replyCode ? lookupReplyRow(input.replyCode) : undefined;
  const classDigit = input.status?.charAt(0) ?? input.replyCode?.charAt(0) ?? '';
  const temporary = classDigit === '4';
  const permanent = classDigit === '5';
  const classOnly = !statusRow && !replyRow && input.status ? statusClassRow(input.status) : undefined;
  const row = statusRow ?? replyRow ?? classOnly;
  const side: Side = row?.side ?? 'unknown';
  const kind = temporary ? 'temporary' : permanent ? 'permanent' : 'unknown';
  const steps = GENERAL_STEPS[kind].map((s) => renderPlaces(s, service));
  if (!row && !input.text.trim() && input !== NOTHING_READ) {
    // The notice names the recipient and nothing else: there are no server's words to point the user to.
    return {
      rule: 'fallback.no-reason',
      title: 'No reason given',
      summary: 'The notice says the message was not delivered to this address, but not why.',
      side: 'unknown',
      retry: { advice: 'after-fix' },
      steps: NO_REASON_STEPS.map((s) => renderPlaces(s, service)),
      details,
      fallback: true,
      sources: ['RFC5321'],
    };
  }
  if (!row) {
    return {
      rule: 'fallback.unknown',
      title: 'Unrecognised error',
      summary: 'We could not match this error to a known cause. The server\'s own words are the best clue to what went wrong.',
      side: 'unknown',
      retry: { advice: temporary ? 'later' : 'after-fix' },
      steps,
      details,
      fallback: true,
      sources: ['RFC5321', 'IANA'],
    };
  }
  const classRow = input.status && !classOnly ? statusClassRow(input.status) : undefined;
  const lead = classOnly ? 'This code is not in the standard list, so only its first digit tells us anything. ' : '';
  const summary = `${lead}${row.meaning}${classRow ? ` ${classRow.meaning}` : !classOnly && temporary ? ' This is a temporary failure.' : !classOnly && permanent ? ' This is a permanent failure.' : ''}`;
  return {
    rule: statusRow || classOnly ? 'fallback.status' : 'fallback.reply-code',
    title: temporary ? 'Temporary delivery problem' : permanent ? 'Message refused' : 'Delivery problem',
    summary: summary.length > 400 ? summary.slice(0, 397) + '...' : summary,
    side,
    retry: temporary ? { advice: 'later', ...(parseRetryAfter(input.text) ? { when: parseRetryAfter(input.text) } : {}) } : { advice: 'after-fix' },
    steps,
    details,
    fallback: true,
    sources: [row.source],
  };
}

/** What a fact that could not be read at all gives the rules: nothing, so the general fallback answers. */
const NOTHING_READ: MatchInput = { text: '', status: null, replyCode: null, reason: null, host: null, feedbackType: null };

/** Explains a decoded failure. Never throws: anything unexpected gives the general fallback. */
export function explainFact(fact: RecipientFact, options?: { service?: SendingService }): Explanation {
  const service = options?.service;
  let input: MatchInput;
  try {
    input = toMatchInput(fact);
  } catch {
    input = NOTHING_READ;
  }
  try {
    const hit = selectRule(RULES, input);
    if (!hit) return fromTables(input, service);
    return fromRule(hit.rule, input, service, findConflict(hit, input));
  } catch {
    return fromTables(NOTHING_READ, service);
  }
}
