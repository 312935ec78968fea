import { useState } from 'preact/hooks';
import { glossaryForExplanation } from '../../lib/explain/glossary';
import { displayText, hasHiddenCharacters } from '../../lib/report/display-text';
import {
  SIDE_LABELS, retryLabel, supportTicketText, type ExplainedRecipient,
} from '../../lib/report/support-ticket';

export type CardTone = 'bounce' | 'send-failure' | 'quiet';

export interface BounceCardProps {
  items: ExplainedRecipient[];
  /** 'quiet' is for a bounce someone forwarded or quoted: informative, not alarming. */
  tone: CardTone;
  subject?: string | null;
  theme?: 'light' | 'dark' | 'auto';
  /** Omitted where dismissing makes no sense (the popup). */
  onDismiss?: () => void;
  /** Injected so tests and pages without clipboard access can supply their own. */
  copyText?: (text: string) => Promise<void>;
  startExpanded?: boolean;
}

const TONE_HEADINGS: Record<CardTone, (n: number) => string> = {
  bounce: (n) => (n > 1 ? `${n} recipients did not get your email` : 'Your email was not delivered'),
  'send-failure': () => 'Your email was not sent',
  quiet: () => 'This message contains a bounce',
};

async function defaultCopy(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/**
 * The card shown beside a bounce, in the popup and on the explain page. Everything from the
 * bounce is rendered as text nodes: no markup from a message ever reaches the DOM.
 */
export function BounceCard({
  items, tone, subject, theme = 'auto', onDismiss, copyText = defaultCopy, startExpanded = false,
}: BounceCardProps) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await copyText(supportTicketText(items, { subject }));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  return (
    <section class={`bl-card bl-tone-${tone}`} data-theme={theme} data-testid="bounce-card" aria-label="Bounce Lens explanation">
      <header class="bl-head">
        <span class="bl-brand" aria-hidden="true">◎</span>
        <h2 class="bl-heading" data-testid="card-heading">{TONE_HEADINGS[tone](items.length)}</h2>
        <div class="bl-actions">
          <button type="button" class="bl-btn" onClick={copy} data-testid="copy-report">
            {copyState === 'copied' ? 'Copied' : copyState === 'failed' ? 'Copy failed' : 'Copy report'}
          </button>
          {onDismiss && (
            <button type="button" class="bl-btn bl-icon-btn" onClick={onDismiss} data-testid="dismiss-card"
              aria-label="Hide this explanation for this message" title="Hide for this message">×</button>
          )}
        </div>
      </header>
      <span class="bl-live" aria-live="polite">{copyState === 'copied' ? 'Report copied to the clipboard' : ''}</span>
      <ul class="bl-items">
        {items.map((item, i) => (
          <RecipientBlock key={`${item.fact.recipient ?? ''}-${i}`} item={item} startExpanded={startExpanded} />
        ))}
      </ul>
    </section>
  );
}

function RecipientBlock({ item, startExpanded }: { item: ExplainedRecipient; startExpanded: boolean }) {
  const { fact, explanation: e } = item;
  const [open, setOpen] = useState(startExpanded);
  const words = glossaryForExplanation(e);
  const hasMore = e.steps.length > 0 || words.length > 0 || !!e.details.replyCode || !!e.details.status || !!fact.diagnostic;
  return (
    <li class="bl-item" data-rule={e.rule} data-side={e.side} data-reason={fact.reason}>
      <h3 class="bl-title" data-testid="card-title">{e.title}</h3>
      {fact.recipient && <p class="bl-recipient">To <span class="bl-addr">{displayText(fact.recipient)}</span></p>}
      <p class="bl-summary">{e.summary}</p>
      <dl class="bl-facts">
        <div><dt>Who needs to act</dt><dd data-testid="card-side">{SIDE_LABELS[e.side]}</dd></div>
        <div><dt>Retry</dt><dd data-testid="card-retry">{retryLabel(e.retry)}</dd></div>
      </dl>
      {e.conflict && <p class="bl-note" role="note">{e.conflict}</p>}
      {hasMore && (
        <button type="button" class="bl-toggle" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="card-expand">
          {open ? 'Hide steps and details' : 'Show how to fix it'}
        </button>
      )}
      {open && (
        <div class="bl-more" data-testid="card-details">
          {e.steps.length > 0 && (
            <>
              <h4>What to do</h4>
              <ol class="bl-steps">{e.steps.map((s, n) => <li key={n}>{s}</li>)}</ol>
            </>
          )}
          {words.length > 0 && (
            <>
              <h4>Words used here</h4>
              <dl class="bl-codes bl-glossary" data-testid="card-glossary">
                {words.map((w) => <div key={w.term}><dt>{w.term}</dt><dd>{w.meaning}</dd></div>)}
              </dl>
            </>
          )}
          {(e.details.replyCode || e.details.status) && (
            <>
              <h4>The codes</h4>
              <dl class="bl-codes">
                {e.details.replyCode && <div><dt><code>{e.details.replyCode.code}</code></dt><dd>{e.details.replyCode.meaning}</dd></div>}
                {e.details.status && <div><dt><code>{e.details.status.code}</code></dt><dd>{e.details.status.meaning}</dd></div>}
              </dl>
            </>
          )}
          {fact.diagnostic && (
            <>
              <h4>{fact.remoteHost ? `What ${displayText(fact.remoteHost)} said` : 'What the server said'}</h4>
              <blockquote class="bl-diagnostic" data-testid="card-diagnostic">{displayText(fact.diagnostic)}</blockquote>
              {hasHiddenCharacters(fact.diagnostic) && (
                <p class="bl-note" data-testid="hidden-characters">
                  This text contained invisible characters that can disguise what it says. They are not shown.
                </p>
              )}
            </>
          )}
        </div>
      )}
    </li>
  );
}
