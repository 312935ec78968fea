import { useId, useMemo, useState } from 'preact/hooks';
import { searchSendingLimits, SENDING_LIMIT_KIND_LABELS } from '../../lib/limits/sending-limits';
import { CONFIDENCE_NOTES, sourceLine } from './format';

export interface SendingLimitsReferenceProps {
  initialQuery?: string;
}

export function SendingLimitsReference({ initialQuery = '' }: SendingLimitsReferenceProps) {
  const baseId = useId();
  const [query, setQuery] = useState(initialQuery);
  const rows = useMemo(() => searchSendingLimits(query), [query]);

  return (
    <section class="sc" aria-labelledby={`${baseId}-title`} data-testid="sending-limits">
      <h2 id={`${baseId}-title`} class="sc-title">Sending limits</h2>
      <p class="sc-hint">How many people one email can go to, and how many emails you can send a day.</p>
      <form class="sc-row" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for={`${baseId}-search`} class="sc-label">Search by service, plan or limit</label>
        <input id={`${baseId}-search`} type="search" data-testid="limits-search" maxLength={200} autoComplete="off"
          placeholder="e.g. Gmail recipients" value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </form>
      <p class="sc-summary" aria-live="polite" data-testid="limits-count">
        {rows.length === 0 ? 'No limits match. Try a service name such as Gmail or Outlook.' : `${rows.length} ${rows.length === 1 ? 'limit' : 'limits'}`}
      </p>
      <ul class="sc-list sc-limits" aria-label="Sending limits found">
        {rows.map((row) => (
          <li key={row.id} class="sc-limit" data-testid={`limit-row-${row.id}`}>
            <div class="sc-inline">
              <span class="sc-name">{row.provider}</span>
              <span class="sc-plan">{row.plan}</span>
            </div>
            <p class="sc-detail">
              <strong>{SENDING_LIMIT_KIND_LABELS[row.kind]}{row.value !== null ? `: ${row.value.toLocaleString('en-US')}` : ''}.</strong>{' '}
              {row.summary}
            </p>
            {row.whenHit && <p class="sc-detail">If you hit it: {row.whenHit}</p>}
            {CONFIDENCE_NOTES[row.confidence] && <p class="sc-detail sc-caution">{CONFIDENCE_NOTES[row.confidence]}</p>}
            <p class="sc-source">{sourceLine(row.source, row.asOf)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
