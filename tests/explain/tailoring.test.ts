import { describe, expect, it } from 'vitest';
import { explainFact, RULES, SENDING_SERVICES } from '../../lib/explain/index';
import { GENERIC_PLACES, PLACE_KEYS, SERVICE_PLACES, renderPlaces } from '../../lib/explain/services';
import { SENDING_SERVICE_NAMES } from '../../lib/explain/types';
import { fact } from './helpers';

const SERVICE_WORDS = ['Gmail', 'Google', 'Outlook', 'Microsoft', 'Yahoo', 'Apple', 'iCloud', 'Zoho', 'Mailgun', 'SendGrid', 'Amazon', 'Postmark'];

describe('tailoring to the sending service', () => {
  it('app password steps name the service\'s own screen', () => {
    const f = fact('Application-specific password required', { status: '5.7.9', replyCode: '534' });
    expect(explainFact(f, { service: 'gmail' }).steps.join(' ')).toContain('Google Account → Security → 2-Step Verification → App passwords');
    expect(explainFact(f, { service: 'outlook-com' }).steps.join(' ')).toContain('Advanced security options → App passwords');
    expect(explainFact(f, { service: 'yahoo' }).steps.join(' ')).toContain('Generate app password');
    expect(explainFact(f, { service: 'gmail' }).steps.join(' ')).toContain('Settings → See all settings → Accounts and Import');
  });
  it('domain steps name the ESP\'s domain screen', () => {
    const f = fact('The domain is not allowed to send');
    expect(explainFact(f, { service: 'mailgun' }).steps[0]).toContain('Mailgun: Send → Sending → Domains');
    expect(explainFact(f, { service: 'sendgrid' }).steps[0]).toContain('SendGrid: Settings → Sender Authentication');
    expect(explainFact(f, { service: 'amazon-ses' }).steps[0]).toContain('Amazon SES console');
  });
  it('a rule with whole tailored steps uses them for that service only', () => {
    const f = fact('insufficient permission');
    const gmail = explainFact(f, { service: 'gmail' }).steps.join(' ');
    expect(gmail).toContain('third-party apps');
    expect(explainFact(f).steps.join(' ')).not.toContain('Google');
  });
  it('tailored explanations add the service\'s help pages to sources', () => {
    const f = fact('The domain is not allowed to send');
    expect(explainFact(f, { service: 'mailgun' }).sources.some((s) => s.includes('mailgun.com'))).toBe(true);
    expect(explainFact(f).sources.some((s) => s.includes('mailgun.com'))).toBe(false);
  });
  it('without a service no step names a provider or leaves a {place} token', () => {
    for (const rule of RULES) {
      if (rule.provider !== 'seed' && rule.provider !== 'generic' && rule.provider !== 'reason') continue;
      const text = rule.match.phrases?.[0] ?? '';
      const e = explainFact(fact(text, { status: rule.match.status?.[0]?.replace(/\.$/, '.1') ?? null, replyCode: rule.match.replyCode?.[0] ?? null, reason: rule.match.reason?.[0] }));
      for (const step of e.steps) {
        expect(step).not.toMatch(/\{[a-zA-Z]+\}/);
        for (const w of SERVICE_WORDS) if (e.rule === rule.id && !rule.id.includes('gmail')) expect(step).not.toContain(`${w}:`);
      }
    }
  });
  it('with any service, rendered steps never leave a {place} token', () => {
    for (const service of SENDING_SERVICES) {
      for (const rule of RULES) for (const step of rule.steps) expect(renderPlaces(step, service)).not.toMatch(/\{[a-zA-Z]+\}/);
    }
  });
  it('every place key used in a step exists, and every service has a display name', () => {
    for (const rule of RULES) {
      for (const step of rule.steps) {
        for (const m of step.matchAll(/\{([a-zA-Z]+)\}/g)) expect(PLACE_KEYS).toContain(m[1]);
      }
    }
    for (const s of SENDING_SERVICES) {
      expect(SENDING_SERVICE_NAMES[s].length).toBeGreaterThan(2);
      expect(SERVICE_PLACES[s]).toBeDefined();
    }
    expect(Object.keys(GENERIC_PLACES).sort()).toEqual([...PLACE_KEYS].sort());
  });
});

describe('size limits per service', () => {
  it('names the service\'s own size limit', () => {
    const f = fact('Message size exceeds fixed limit', { status: '5.2.3', replyCode: '552' });
    expect(explainFact(f, { service: 'gmail' }).steps[0]).toContain('25 MB');
    expect(explainFact(f, { service: 'postmark' }).steps[0]).toContain('10 MB');
    expect(explainFact(f, { service: 'icloud' }).steps[0]).toContain('20 MB');
    expect(explainFact(f).steps.join(' ')).not.toMatch(/\d+ MB/);
  });
});
