import { describe, expect, it } from 'vitest';
import { explainFact } from '../../lib/explain/index';
import { ExplanationSchema, type RetryAdvice, type Side } from '../../lib/explain/types';
import { fact } from './helpers';

interface Case {
  text: string;
  status?: string;
  replyCode?: string;
  rule: string;
  side: Side;
  retry: RetryAdvice;
}

// One row per error or limit named in the five seed documents. Texts are short error lines in the
// shape providers use; codes are the ones each seed case carries.
const CASES: Case[] = [
  // seeds/000: Aesthetix CRM
  { text: 'The domain is not allowed to send', replyCode: '550', rule: 'seed.domain-not-allowed-to-send', side: 'you', retry: 'after-fix' },
  { text: 'The domain is not allowed to send: Account Terminated', rule: 'seed.account-terminated', side: 'your-provider', retry: 'after-fix' },
  { text: '550 Sender verify failed', replyCode: '550', rule: 'seed.sender-verify-failed', side: 'you', retry: 'after-fix' },
  { text: 'Sender address rejected: no DNS/MX entries for mg.example.com', replyCode: '550', rule: 'seed.sending-subdomain-no-mx', side: 'you', retry: 'after-fix' },
  { text: 'Too old', rule: 'seed.provider-too-old', side: 'your-provider', retry: 'later' },
  { text: 'Temporary System Problem. Try again later', status: '4.3.0', replyCode: '421', rule: 'seed.temporary-system-problem', side: 'your-provider', retry: 'later' },
  { text: 'Internal Server Error', replyCode: '500', rule: 'seed.provider-internal-error', side: 'your-provider', retry: 'later' },
  { text: 'Our system has detected an unusual rate of unsolicited mail originating from your IP address.', status: '4.7.0', replyCode: '421', rule: 'google.unusual-rate', side: 'you', retry: 'after-fix' },
  { text: 'Our system has detected an unusual rate of unsolicited mail originating from your IP address.', status: '5.7.1', replyCode: '550', rule: 'google.unusual-rate', side: 'you', retry: 'after-fix' },
  { text: 'Unauthenticated email is not accepted from this domain. gsmtp', status: '5.7.1', replyCode: '550', rule: 'google.unauthenticated', side: 'you', retry: 'after-fix' },
  { text: 'Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy. gsmtp', status: '5.7.26', replyCode: '550', rule: 'google.dmarc-failed', side: 'you', retry: 'after-fix' },
  { text: 'The user you are trying to contact is receiving mail too quickly.', status: '4.2.1', replyCode: '450', rule: 'seed.receiving-too-fast', side: 'recipient-server', retry: 'later' },
  { text: 'Daily sending quota exceeded.', status: '5.4.5', replyCode: '550', rule: 'google.daily-sending-quota', side: 'your-provider', retry: 'later' },
  { text: 'Peak SMTP relay limit exceeded for customer.', status: '4.2.1', replyCode: '450', rule: 'google.relay-peak-limit', side: 'your-provider', retry: 'later' },
  { text: 'Too many requests', replyCode: '429', rule: 'mailgun.too-many-requests', side: 'your-provider', retry: 'later' },
  { text: 'Recipient limit exceeded. Retry after 2026-11-23 10:15:00 UTC', replyCode: '429', rule: 'mailgun.limit-429', side: 'your-provider', retry: 'later' },
  { text: 'Request limit exceeded, try again in 15 minutes', replyCode: '429', rule: 'mailgun.limit-429', side: 'your-provider', retry: 'later' },
  { text: 'Bytes limit exceeded', replyCode: '429', rule: 'mailgun.limit-429', side: 'your-provider', retry: 'later' },
  { text: '421 Message from (192.0.2.10) temporarily deferred - 4.16.50', replyCode: '421', rule: 'sendgrid.deferred', side: 'recipient-server', retry: 'later' },
  { text: '452 Too many recipients received this hour (throttled)', replyCode: '452', rule: 'sendgrid.throttled', side: 'recipient-server', retry: 'later' },
  { text: 'Daily SMTP relay limit exceeded for user.', status: '5.4.5', replyCode: '550', rule: 'seed.daily-relay-limit', side: 'your-provider', retry: 'later' },
  { text: 'Links do not open: tracking domain CNAME missing', rule: 'seed.tracking-domain-broken', side: 'you', retry: 'after-fix' },
  { text: 'An error occurred, please try again', rule: 'seed.test-send-error', side: 'you', retry: 'after-fix' },
  { text: 'Error: From field must be an email address', rule: 'seed.from-not-an-address', side: 'you', retry: 'after-fix' },
  { text: 'Request had insufficient authentication scopes (insufficient permission)', replyCode: '403', rule: 'seed.gmail-insufficient-permission', side: 'you', retry: 'after-fix' },
  { text: 'Recipient address rejected: User unknown', status: '5.1.1', replyCode: '550', rule: 'seed.recipient-unknown', side: 'recipient', retry: 'no' },
  { text: 'User not local; please try <someone@example.net>', replyCode: '551', rule: 'seed.recipient-unknown', side: 'recipient', retry: 'no' },
  { text: 'Requested action not taken: mailbox unavailable', replyCode: '553', rule: 'seed.recipient-unknown', side: 'recipient', retry: 'no' },
  { text: 'Mailbox full', status: '4.2.2', replyCode: '452', rule: 'seed.mailbox-full', side: 'recipient', retry: 'later' },
  { text: 'Requested mail action aborted: exceeded storage allocation (over quota)', status: '5.2.2', replyCode: '552', rule: 'seed.mailbox-full', side: 'recipient', retry: 'later' },
  { text: 'Message size exceeds fixed limit', status: '5.2.3', replyCode: '552', rule: 'seed.message-too-large', side: 'you', retry: 'after-fix' },
  { text: 'Message too large for this recipient', status: '5.7.1', replyCode: '554', rule: 'seed.message-too-large', side: 'you', retry: 'after-fix' },
  { text: 'Authentication required', status: '5.7.0', replyCode: '530', rule: 'seed.auth-required', side: 'you', retry: 'after-fix' },
  { text: 'Authentication required: sender not authenticated', status: '5.7.1', replyCode: '535', rule: 'seed.auth-required', side: 'you', retry: 'after-fix' },
  { text: 'Application-specific password required', status: '5.7.9', replyCode: '534', rule: 'seed.app-password-required', side: 'you', retry: 'after-fix' },
  { text: 'The from address does not match a verified Sender Identity', replyCode: '403', rule: 'sendgrid.sender-identity', side: 'you', retry: 'after-fix' },
  { text: 'Message content rejected: attachment considered a risk', status: '5.7.0', replyCode: '554', rule: 'seed.content-blocked', side: 'you', retry: 'after-fix' },
  // seeds/001: SMTP service refusals
  { text: 'Unauthenticated sender domain', replyCode: '550', rule: 'seed.sender-domain-not-authenticated', side: 'you', retry: 'after-fix' },
  { text: 'Sender domain does not match your SMTP user', replyCode: '550', rule: 'seed.smtp-user-domain-mismatch', side: 'you', retry: 'after-fix' },
  { text: 'Monthly sending limit reached for your plan', replyCode: '550', rule: 'seed.monthly-plan-quota', side: 'your-provider', retry: 'after-fix' },
  { text: 'Too many recipients (max 50)', status: '4.5.3', replyCode: '452', rule: 'seed.too-many-recipients', side: 'you', retry: 'after-fix' },
  { text: 'Message too large (max 20 MB)', replyCode: '552', rule: 'seed.message-too-large', side: 'you', retry: 'after-fix' },
  { text: 'Unauthorized attachment: content does not match extension', replyCode: '554', rule: 'seed.attachment-blocked', side: 'you', retry: 'after-fix' },
  { text: 'Invalid address: bad syntax', status: '5.1.3', replyCode: '553', rule: 'seed.address-syntax-invalid', side: 'you', retry: 'after-fix' },
  // seeds/002: relay with warming tiers
  { text: 'Authentication failed', status: '5.7.8', replyCode: '535', rule: 'seed.auth-failed', side: 'you', retry: 'after-fix' },
  { text: 'Warming tier rate limit', status: '4.7.1', replyCode: '451', rule: 'seed.warming-tier-limit', side: 'your-provider', retry: 'later' },
  { text: 'Queue full or transient submission error', status: '4.4.2', replyCode: '451', rule: 'seed.queue-full', side: 'your-provider', retry: 'later' },
  { text: 'From address not allowed', status: '5.1.0', replyCode: '550', rule: 'seed.from-not-allowed', side: 'you', retry: 'after-fix' },
  { text: 'Recipient suppressed', status: '5.7.1', replyCode: '550', rule: 'seed.recipient-suppressed', side: 'you', retry: 'no' },
  { text: 'Member suspended', replyCode: '521', rule: 'seed.member-suspended', side: 'your-provider', retry: 'after-fix' },
  { text: 'DKIM not yet verified', rule: 'seed.dkim-not-verified', side: 'you', retry: 'after-fix' },
  { text: 'Domain ownership verification failed', rule: 'seed.domain-not-verified', side: 'you', retry: 'after-fix' },
  // seeds/003: TrekMail
  { text: 'Sending blocked - please verify your email.', rule: 'seed.account-email-unverified', side: 'you', retry: 'after-fix' },
  { text: 'Domain not verified', rule: 'seed.domain-not-verified', side: 'you', retry: 'after-fix' },
  { text: 'Sending failed: not available on your plan', replyCode: '550', rule: 'seed.plan-cannot-send', side: 'your-provider', retry: 'after-fix' },
  { text: 'User has exceeded sending quota', replyCode: '450', rule: 'seed.daily-sending-limit', side: 'your-provider', retry: 'later' },
  { text: 'Hourly sending limit reached', replyCode: '421', rule: 'seed.hourly-sending-limit', side: 'your-provider', retry: 'later' },
  { text: 'Too many recipients per message for your plan', replyCode: '550', rule: 'seed.too-many-recipients', side: 'you', retry: 'after-fix' },
  { text: 'Authentication failed: mailbox is paused', replyCode: '535', rule: 'seed.mailbox-paused', side: 'your-provider', retry: 'after-fix' },
  { text: 'There is a billing issue with your account', rule: 'seed.suspended-billing', side: 'your-provider', retry: 'after-fix' },
  { text: 'We have paused outbound mail on your account', rule: 'seed.suspended-deliverability', side: 'your-provider', retry: 'after-fix' },
  { text: 'Your account is temporarily restricted', rule: 'seed.suspended-abuse', side: 'your-provider', retry: 'after-fix' },
  { text: 'Invalid credentials', replyCode: '535', rule: 'seed.auth-failed', side: 'you', retry: 'after-fix' },
  { text: 'External SMTP relay credentials rejected', replyCode: '535', rule: 'seed.byo-smtp-misconfigured', side: 'you', retry: 'after-fix' },
  { text: 'Rejected: poor sender reputation', status: '5.7.1', replyCode: '550', rule: 'seed.recipient-rejects-reputation', side: 'recipient-server', retry: 'after-fix' },
  { text: 'Temporarily blocked, try again later', status: '4.7.0', replyCode: '421', rule: 'seed.temporary-block', side: 'recipient-server', retry: 'later' },
  // seeds/004: firstsales (SMTP/IMAP integration)
  { text: 'Daily sending limit exceeded', rule: 'seed.daily-sending-limit', side: 'your-provider', retry: 'later' },
  { text: 'Too many recipients per day: daily recipient limit', rule: 'seed.daily-recipient-limit', side: 'your-provider', retry: 'later' },
  { text: 'Account locked after suspicious activity', rule: 'seed.suspended-suspicious', side: 'your-provider', retry: 'after-fix' },
  { text: 'Please log in via your web browser and then try again', status: '5.7.14', replyCode: '534', rule: 'google.web-login-required', side: 'you', retry: 'after-fix' },
  { text: 'OAuth sign-in required for this account', rule: 'seed.modern-auth-required', side: 'you', retry: 'after-fix' },
  { text: 'SMTP connect() failed', rule: 'seed.wrong-smtp-settings', side: 'you', retry: 'after-fix' },
  { text: 'IMAP connection failed: could not reach server', rule: 'seed.wrong-imap-settings', side: 'you', retry: 'after-fix' },
  { text: 'Payment failed: outstanding payment on account', rule: 'seed.suspended-billing', side: 'your-provider', retry: 'after-fix' },
  { text: 'Your domain has expired', rule: 'seed.domain-registration-expired', side: 'you', retry: 'after-fix' },
];

describe('seed cases map to their rule, side and retry advice', () => {
  for (const c of CASES) {
    it(`${c.rule} ← ${c.text}`, () => {
      const e = explainFact(fact(c.text, { status: c.status ?? null, replyCode: c.replyCode ?? null }));
      expect(ExplanationSchema.parse(e)).toEqual(e);
      expect(e.rule).toBe(c.rule);
      expect(e.side).toBe(c.side);
      expect(e.retry.advice).toBe(c.retry);
      expect(e.fallback).toBe(false);
      expect(e.steps.length).toBeGreaterThan(0);
      expect(e.sources.length).toBeGreaterThan(0);
    });
  }

  it('the seeds\' codes also work when pasted inside the text', () => {
    const e = explainFact(fact('552 5.2.2 Requested mail action aborted: exceeded storage allocation'));
    expect(e.rule).toBe('seed.mailbox-full');
    expect(e.details.status?.code).toBe('5.2.2');
    expect(e.details.replyCode?.code).toBe('552');
  });

  it('a 429 with a retry time carries it into retry.when', () => {
    expect(explainFact(fact('Recipient limit exceeded. Retry after 2026-11-23 10:15:00 UTC')).retry.when).toBe('after 10:15 UTC on 2026-11-23');
    expect(explainFact(fact('Request limit exceeded, try again in 15 minutes')).retry.when).toBe('in 15 minutes');
    expect(explainFact(fact('429 Too many requests. Retry-After: 120')).retry.when).toBe('in 2 minutes');
  });
});
