import { describe, expect, it } from 'vitest';
import { explainFact, RULES } from '../../lib/explain/index';
import type { RuleDef } from '../../lib/explain/types';
import { fact } from './helpers';

/** Concrete codes for a rule's own match data (a prefix like "5.7." becomes "5.7.1"). */
function concreteStatus(pattern: string): string {
  if (!pattern.endsWith('.')) return pattern;
  const parts = pattern.split('.').filter(Boolean);
  while (parts.length < 3) parts.push('1');
  return parts.join('.');
}

/** Every input the rule's own match data can produce; the rule must win for at least one. */
function inputsFor(rule: RuleDef) {
  const m = rule.match;
  const phrases = m.phrases ?? [''];
  const statuses = (m.status ?? [null]).map((s) => (s ? concreteStatus(s) : null));
  const hosts = m.host ?? [null];
  const out = [];
  for (const phrase of phrases) {
    for (const status of statuses) {
      for (const host of hosts) {
        out.push(
          fact(phrase, {
            status,
            replyCode: m.replyCode?.[0] ?? null,
            reason: m.reason?.[0],
            remoteHost: host && !host.includes(' ') ? `mx.${host}` : null,
            feedbackType: m.feedbackType?.[0],
          }),
        );
      }
    }
  }
  return out;
}

describe('every rule is reachable from its own match data', () => {
  it('has rules', () => expect(RULES.length).toBeGreaterThan(150));
  for (const rule of RULES) {
    it(rule.id, () => {
      const chosen = inputsFor(rule).map((f) => explainFact(f).rule);
      expect(chosen).toContain(rule.id);
    });
  }
});
