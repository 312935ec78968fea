// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { BounceCard } from '../../components/card/BounceCard';
import type { ExplainedRecipient } from '../../lib/report/support-ticket';
import { supportTicketText } from '../../lib/report/support-ticket';

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const item: ExplainedRecipient = {
  fact: {
    recipient: 'someone@example.com', action: 'failed', status: '5.1.1', replyCode: '550',
    diagnostic: `550 5.1.1 no such user ${hostile}`, remoteHost: 'mx.example.com', smtpCommand: 'RCPT TO',
    reason: 'userunknown', hardBounce: true,
  },
  explanation: {
    rule: 'test.userunknown', title: 'Address does not exist', summary: 'The mailbox is not there.',
    side: 'recipient', retry: { advice: 'no' }, steps: ['Check the spelling.', 'Ask for a new address.'],
    details: { replyCode: { code: '550', meaning: 'Refused for good.' }, status: { code: '5.1.1', meaning: 'Bad mailbox.' } },
    fallback: false, sources: ['RFC 3463'],
  },
};

afterEach(cleanup);

describe('BounceCard', () => {
  it('is compact by default and expands to steps, codes and the server words', () => {
    render(<BounceCard items={[item]} tone="bounce" copyText={async () => {}} />);
    expect(screen.getByTestId('card-title').textContent).toBe('Address does not exist');
    expect(screen.getByTestId('card-side').textContent).toBe('The recipient');
    expect(screen.getByTestId('card-retry').textContent).toBe("Sending again won't help");
    expect(screen.queryByTestId('card-details')).toBeNull();
    fireEvent.click(screen.getByTestId('card-expand'));
    const details = screen.getByTestId('card-details');
    expect(details.textContent).toContain('Check the spelling.');
    expect(details.textContent).toContain('Bad mailbox.');
  });

  it('explains the technical words its steps use, and only those', () => {
    const withJargon: ExplainedRecipient = {
      ...item,
      explanation: { ...item.explanation, steps: ['Add our servers to your SPF record.', 'Turn on DKIM signing.'] },
    };
    render(<BounceCard items={[withJargon]} tone="bounce" startExpanded copyText={async () => {}} />);
    const words = screen.getByTestId('card-glossary');
    expect([...words.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['SPF', 'DKIM']);
    expect(words.textContent).toContain('which servers may send mail for your domain');
    cleanup();
    render(<BounceCard items={[item]} tone="bounce" startExpanded copyText={async () => {}} />);
    expect(screen.queryByTestId('card-glossary')).toBeNull();
  });

  it('shows hostile bounce text as inert text', () => {
    const { container } = render(<BounceCard items={[item]} tone="bounce" startExpanded copyText={async () => {}} />);
    expect(screen.getByTestId('card-diagnostic').textContent).toContain('<script>');
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('copies a tidy plain-text report and can be dismissed', async () => {
    const copy = vi.fn(async (_text: string) => {});
    const onDismiss = vi.fn();
    render(<BounceCard items={[item]} tone="bounce" subject="Undeliverable: hello" copyText={copy} onDismiss={onDismiss} />);
    fireEvent.click(screen.getByTestId('copy-report'));
    await vi.waitFor(() => expect(screen.getByTestId('copy-report').textContent).toBe('Copied'));
    expect(copy).toHaveBeenCalledWith(supportTicketText([item], { subject: 'Undeliverable: hello' }));
    const text = copy.mock.calls[0]![0];
    expect(text).toContain('Recipient: someone@example.com');
    expect(text).toContain('Status code: 5.1.1 (Bad mailbox.)');
    expect(text).toContain('  2. Ask for a new address.');
    fireEvent.click(screen.getByTestId('dismiss-card'));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});

describe('displayText', () => {
  it('removes characters that can disguise bounce text, keeps the rest', async () => {
    const { displayText, hasHiddenCharacters } = await import('../../lib/report/display-text');
    expect(displayText('vic\u202Emoc.elpmaxe\u202C@x\u200B.com')).toBe('vicmoc.elpmaxe@x.com');
    expect(displayText('line one\nline two\ttab é 日本')).toBe('line one\nline two\ttab é 日本');
    expect(hasHiddenCharacters('plain')).toBe(false);
    expect(hasHiddenCharacters('a\uFEFFb')).toBe(true);
    expect(hasHiddenCharacters('plain')).toBe(false);
  });
});
