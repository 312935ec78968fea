import { describe, expect, it } from 'vitest';
import { explainFact, RULES } from '../../lib/explain/index';
import { matchRule, selectRule, statusMatches, tierOf, TIER, topicsRelated } from '../../lib/explain/precedence';
import type { RuleDef } from '../../lib/explain/types';
import { fact } from './helpers';

const base = {
  provider: 'generic', title: 'T', summary: 'A test rule summary.', side: 'unknown',
  retry: { advice: 'later' }, steps: ['Do something.'], source: ['test'],
} as const;
const byWording: RuleDef = { ...base, id: 'w', topic: 'rate', match: { phrases: ['slow down'] } };
const byStatus: RuleDef = { ...base, id: 's', topic: 'address', match: { status: ['5.1.1'] } };
const byReply: RuleDef = { ...base, id: 'r', topic: 'address', match: { replyCode: ['550'] } };
const byReason: RuleDef = { ...base, id: 'n', topic: 'address', match: { reason: ['userunknown'] } };
const ALL = [byReason, byReply, byStatus, byWording];
const input = (text: string, status: string | null, replyCode: string | null) => ({ text, status, replyCode, reason: 'userunknown' as const, host: null, feedbackType: null });

describe('precedence: wording > enhanced code > reply code > reason', () => {
  it('tiers are derived from the strongest evidence a rule asks for', () => {
    expect([byWording, byStatus, byReply, byReason].map(tierOf)).toEqual([TIER.wording, TIER.status, TIER.replyCode, TIER.reason]);
  });
  it('each tier wins over every lower one, whatever the table order', () => {
    expect(selectRule(ALL, input('please slow down', '5.1.1', '550'))?.rule.id).toBe('w');
    expect(selectRule(ALL, input('', '5.1.1', '550'))?.rule.id).toBe('s');
    expect(selectRule(ALL, input('', null, '550'))?.rule.id).toBe('r');
    expect(selectRule(ALL, input('', null, null))?.rule.id).toBe('n');
    expect(selectRule([...ALL].reverse(), input('', '5.1.1', '550'))?.rule.id).toBe('s');
  });
  it('every part of a rule must hold', () => {
    const both: RuleDef = { ...base, id: 'b', topic: 'rate', match: { phrases: ['slow down'], status: ['4.7.'] } };
    expect(matchRule(both, input('slow down', '5.7.1', null))).toBeNull();
    expect(matchRule(both, input('slow down', '4.7.28', null))).not.toBeNull();
  });
  it('status patterns are exact or a dotted prefix', () => {
    expect(statusMatches('5.7.', '5.7.26')).toBe(true);
    expect(statusMatches('5.7.2', '5.7.26')).toBe(false);
    expect(statusMatches('5.7.26', '5.7.26')).toBe(true);
  });
  it('a longer matching phrase wins inside the wording tier', () => {
    // "daily sending quota exceeded" (Google) against the generic "quota exceeded" (mailbox full)
    expect(explainFact(fact('Daily sending quota exceeded')).rule).toBe('google.daily-sending-quota');
    expect(explainFact(fact('quota exceeded')).rule).toBe('seed.mailbox-full');
  });
  it('a rule can override a more general wording rule it names in beats', () => {
    expect(explainFact(fact('The domain is not allowed to send')).rule).toBe('seed.domain-not-allowed-to-send');
    expect(explainFact(fact('The domain is not allowed to send: Account Terminated')).rule).toBe('seed.account-terminated');
  });
  it('real tables: provider wording beats the code-only rule for the same code', () => {
    expect(explainFact(fact('', { status: '5.1.1', replyCode: '550' })).rule).toBe('status.mailbox-unknown');
    expect(explainFact(fact('RESOLVER.ADR.RecipNotFound; not found', { status: '5.1.1', replyCode: '550' })).rule).toBe('microsoft.recipient-not-found');
  });
  it('real tables: the wording of a dead or closed mailbox beats the filter reason the decoder may give it', () => {
    expect(explainFact(fact('550 Message was not accepted -- invalid mailbox.', { replyCode: '550', reason: 'filtered' })).rule).toBe('seed.recipient-unknown');
    expect(explainFact(fact('550 Local mailbox ann@example.com is unavailable: user is terminated', { replyCode: '550', reason: 'filtered' })).rule).toBe('generic.mailbox-disabled');
  });
  it("real tables: Microsoft's refusal to forward outside the organisation is not read as a block list", () => {
    const refused = fact('550 5.7.520 Access denied, Your organization does not allow external forwarding.', { status: '5.7.520', replyCode: '550', reason: 'blocked' });
    expect(explainFact(refused).rule).toBe('microsoft.external-forwarding-blocked');
  });
  it("real tables: Sendmail's 'exceeds fixed maximum message size' is not called a Microsoft limit", () => {
    expect(explainFact(fact('552 5.2.3 Message size exceeds fixed maximum message size (10485760)', { status: '5.2.3', replyCode: '552', reason: 'mesgtoobig' })).title).not.toMatch(/Microsoft/);
    expect(explainFact(fact('550 5.2.3 RESOLVER.RST.SendSizeLimit.Org; message too big', { status: '5.2.3', replyCode: '550', reason: 'mesgtoobig' })).rule).toBe('microsoft.too-large');
  });
  it('real tables: the status rule beats the reply-code rule and the reason rule', () => {
    expect(explainFact(fact('', { status: '5.2.2', replyCode: '551', reason: 'userunknown' })).rule).toBe('status.mailbox-full');
    expect(explainFact(fact('', { replyCode: '535', reason: 'userunknown' })).rule).toBe('reply.auth-failed');
    expect(explainFact(fact('', { reason: 'mailboxfull' })).rule).toBe('reason.mailboxfull');
  });
});

describe('conflicts: the text wins and says so', () => {
  it('"rate limit exceeded" sent as 550 5.1.1', () => {
    const e = explainFact(fact('rate limit exceeded', { status: '5.1.1', replyCode: '550', reason: 'userunknown' }));
    expect(e.rule).toBe('seed.rate-limited');
    expect(e.retry.advice).toBe('later');
    expect(e.conflict).toMatch(/5\.1\.1/);
    expect(e.conflict).toMatch(/words/);
    expect(e.details.status?.code).toBe('5.1.1');
  });
  it('mailbox full sent with an auth code', () => {
    const e = explainFact(fact('mailbox is full', { status: '5.7.8' }));
    expect(e.rule).toBe('seed.mailbox-full');
    expect(e.conflict).toBeDefined();
  });
  it('no conflict when the code is one the wording usually comes with', () => {
    expect(explainFact(fact('Daily sending quota exceeded', { status: '5.4.5', replyCode: '550' })).conflict).toBeUndefined();
    expect(explainFact(fact('user unknown', { status: '5.1.1', replyCode: '550' })).conflict).toBeUndefined();
  });
  it('no conflict when the code is too broad to disagree (5.0.0, 5.7.1, 550)', () => {
    expect(explainFact(fact('rate limit exceeded', { status: '5.0.0', replyCode: '550' })).conflict).toBeUndefined();
    expect(explainFact(fact('rate limit exceeded', { status: '5.7.1' })).conflict).toBeUndefined();
  });
  it('no conflict when a code rule, not wording, chose the explanation', () => {
    expect(explainFact(fact('', { status: '5.1.1', reason: 'mailboxfull' })).conflict).toBeUndefined();
  });
  it('topic relations are symmetric', () => {
    expect(topicsRelated('rate', 'reputation')).toBe(topicsRelated('reputation', 'rate'));
    expect(topicsRelated('address', 'rate')).toBe(false);
  });
});

describe('rules tables', () => {
  it('every rule id is unique and every beats entry names a real rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) for (const b of r.beats ?? []) expect(ids).toContain(b);
  });
});
