import { useMemo, useState } from 'preact/hooks';
import { decodePasted } from '../../lib/decode';
import { explainReport } from '../../lib/report/explain-report';
import type { ExplainedRecipient } from '../../lib/report/support-ticket';
import type { Settings } from '../../lib/settings/schema';
import { BounceCard } from '../card/BounceCard';

/** Longest paste we decode; a whole bounce fits easily, a pasted mailbox does not need to. */
export const PASTE_CAP = 64 * 1024;

type Outcome =
  | { state: 'empty' }
  | { state: 'unrecognised' }
  | { state: 'explained'; items: ExplainedRecipient[] };

export function explainPastedText(text: string, settings: Pick<Settings, 'service'>): Outcome {
  const trimmed = text.slice(0, PASTE_CAP).trim();
  if (!trimmed) return { state: 'empty' };
  const report = decodePasted(trimmed);
  const service = settings.service === 'unset' ? undefined : settings.service;
  const items = explainReport(report, service);
  if (report.kind === 'not-bounce' || items.length === 0) return { state: 'unrecognised' };
  // Only generic words and no code at all: there was no error in the text to explain.
  const nothingFound = items.every(({ fact, explanation }) => explanation.fallback && !fact.status && !fact.replyCode);
  return nothingFound ? { state: 'unrecognised' } : { state: 'explained', items };
}

export function ExplainBox({ settings, initialText = '' }: { settings: Settings; initialText?: string }) {
  const [text, setText] = useState(initialText);
  // The text last explained, not its explanation: the steps follow the sending service, and settings arrive
  // after the first render (and change when the options page saves), so the card is worked out from both.
  const [explained, setExplained] = useState<string | null>(initialText || null);
  const outcome = useMemo(() => (explained === null ? null : explainPastedText(explained, settings)), [explained, settings.service]);
  const submit = (e: Event) => {
    e.preventDefault();
    // Read the box itself: a paste followed at once by Enter can beat the state update.
    const box = (e.currentTarget as HTMLFormElement).querySelector('textarea');
    const current = box?.value ?? text;
    setText(current);
    setExplained(current);
  };
  return (
    <div class="explain-box">
      <form onSubmit={submit}>
        <label for="paste-error" class="field-label">Paste an error message, a bounce, or a status line</label>
        <textarea
          id="paste-error" data-testid="paste-input" rows={5} maxLength={PASTE_CAP}
          placeholder="For example: 550 5.1.1 The email account that you tried to reach does not exist"
          value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
        <button type="submit" class="primary" data-testid="explain-button">Explain</button>
      </form>
      <div aria-live="polite" data-testid="explain-result">
        {outcome?.state === 'empty' && (
          <p class="hint" data-testid="explain-hint">Paste the text of the error first, then press Explain.</p>
        )}
        {outcome?.state === 'unrecognised' && (
          <p class="hint" data-testid="explain-hint">
            We could not find an email error in that text. Paste the whole bounce message, or the line
            that has a code such as 550 or 5.1.1 in it.
          </p>
        )}
        {outcome?.state === 'explained' && (
          <BounceCard items={outcome.items} tone="bounce" theme={settings.theme} startExpanded />
        )}
      </div>
    </div>
  );
}
