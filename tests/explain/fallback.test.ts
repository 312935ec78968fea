import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REASONS, type RecipientFact } from '../../lib/decode/types';
import { explainFact, lookupReplyCode, lookupStatus } from '../../lib/explain/index';
import { ExplanationSchema, SENDING_SERVICES } from '../../lib/explain/types';
import { fact } from './helpers';

describe('fallback from the code tables', () => {
  it('an unknown detail code falls back to its subject and class, fallback: true', () => {
    const e = explainFact(fact('xyzzy', { status: '4.7.999' }));
    expect(e.fallback).toBe(true);
    expect(e.rule).toBe('fallback.status');
    expect(e.retry.advice).toBe('later');
    expect(e.summary).toContain('security or policy');
    expect(e.details.status?.code).toBe('4.7.999');
  });
  it('a code outside the registry still gives the class meaning', () => {
    const e = explainFact(fact('xyzzy', { status: '5.9.9' }));
    expect(e).toMatchObject({ rule: 'fallback.status', fallback: true, retry: { advice: 'after-fix' } });
    expect(e.summary).toMatch(/permanent/i);
  });
  it('a bare reply code with no rule uses the reply table', () => {
    const e = explainFact(fact('', { replyCode: '554' }));
    expect(e).toMatchObject({ rule: 'fallback.reply-code', fallback: true });
    expect(e.details.replyCode?.meaning).toMatch(/transaction failed/i);
  });
  it('nothing known gives the unknown fallback', () => {
    const e = explainFact(fact('blorp'));
    expect(e).toMatchObject({ rule: 'fallback.unknown', fallback: true, side: 'unknown' });
  });
  it('specific rules never claim fallback', () => {
    expect(explainFact(fact('user unknown')).fallback).toBe(false);
    expect(explainFact(fact('', { reason: 'mailboxfull' })).fallback).toBe(false);
  });
  it('lookups explain each code on its own', () => {
    expect(lookupStatus('5.2.2')?.meaning).toMatch(/full/);
    expect(lookupStatus('5.2.2')?.meaning).toMatch(/permanent/i);
    expect(lookupStatus('4.2.2')?.meaning).toMatch(/temporary/i);
    expect(lookupStatus('5.7.26')?.meaning).toMatch(/SPF, DKIM, DMARC/);
    expect(lookupStatus('nonsense')).toBeUndefined();
    expect(lookupReplyCode('421')?.meaning).toMatch(/temporary/i);
    expect(lookupReplyCode('599')?.meaning).toMatch(/permanent/i);
    expect(lookupReplyCode('5')).toBeUndefined();
  });
});

describe('explainFact never throws', () => {
  it('on odd or missing fields', () => {
    const odd = [null, undefined, {}, { diagnostic: 42 }, { status: 'x', replyCode: 7, reason: 'nope' }, fact('\u0000'.repeat(10))];
    for (const f of odd) {
      const e = explainFact(f as unknown as RecipientFact);
      expect(ExplanationSchema.safeParse(e).success).toBe(true);
    }
  });
  it('for any text, codes, reason and service (property)', () => {
    const code = fc.oneof(fc.constant(null), fc.stringMatching(/^[245]\.\d{1,3}\.\d{1,3}$/));
    const reply = fc.oneof(fc.constant(null), fc.stringMatching(/^[2-5]\d\d$/));
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), code, reply, fc.constantFrom(...REASONS), fc.constantFrom(undefined, ...SENDING_SERVICES), (text, status, replyCode, reason, service) => {
        const e = explainFact(fact(text, { status, replyCode, reason }), { service });
        expect(ExplanationSchema.safeParse(e).success).toBe(true);
        if (e.fallback) expect(e.rule.startsWith('fallback.')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('complaint reports by feedback type', () => {
  it('explains a failed-authentication report apart from a spam complaint', () => {
    const complaint = (feedbackType: string) => ({ ...fact('This is a report', { reason: 'feedback', feedbackType }), action: 'delivered' as const });
    expect(explainFact(complaint('auth-failure')).rule).toBe('reason.feedback-auth-failure');
    expect(explainFact(complaint('abuse')).rule).toBe('reason.feedback');
    const worded = { ...fact("The message below did not meet the sending domain's dmarc policy.", { reason: 'feedback', feedbackType: 'auth-failure' }), action: 'delivered' as const };
    expect(explainFact(worded).rule).toBe('reason.feedback-auth-failure');
  });
});

describe('a notice that gives no reason', () => {
  it('gets its own fallback that does not point to server words it lacks', () => {
    const e = explainFact(fact(''));
    expect(e).toMatchObject({ rule: 'fallback.no-reason', fallback: true, side: 'unknown', retry: { advice: 'after-fix' } });
    expect(e.summary).not.toMatch(/server's own words/);
    expect(e.steps.join(' ')).toMatch(/typos/);
    expect(ExplanationSchema.safeParse(e).success).toBe(true);
  });
  it('names the sending service in its last step when one is set', () => {
    expect(explainFact(fact('')).steps.at(-1)).toContain("your sending service's support team");
    expect(explainFact(fact(''), { service: 'gmail' }).steps.at(-1)).toContain('the Gmail Help Center');
  });
  it('is not used when a code gives something to go on', () => {
    expect(explainFact(fact('', { replyCode: '554' })).rule).toBe('fallback.reply-code');
    expect(explainFact(fact('', { status: '5.9.9' })).rule).toBe('fallback.status');
  });
});
