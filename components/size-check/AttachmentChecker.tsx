import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { checkEmailSize, formatBytes, parseSize, type ProviderSizeResult } from '../../lib/limits/check';
import { LARGE_FILE_OPTIONS } from '../../lib/limits/providers';
import type { ExtensionMatch } from '../../lib/limits/sniff';
import type { LargeFileOptionId } from '../../lib/limits/types';
import { CONFIDENCE_NOTES, sourceLine, VERDICT_ICONS, VERDICT_LABELS } from './format';
import { inspectFile } from './read-file';

interface CheckedItem {
  key: number;
  name: string;
  size: number;
  /** Absent for typed sizes: there is no content to compare. */
  match?: ExtensionMatch;
}

const MEASURE_LABELS: Record<ProviderSizeResult['measures'], string> = {
  'attachments-raw': 'counts your files',
  'encoded-message': 'counts the whole email after encoding',
  'api-payload': 'counts the whole request after encoding',
};

function providerDetail(row: ProviderSizeResult): string {
  const limit = `Limit ${row.provider.statedAs}, ${MEASURE_LABELS[row.measures]}.`;
  if (row.verdict === 'too-big') {
    return `${limit} Over by ${formatBytes(row.overBy)}: take out about ${formatBytes(row.rawToRemove)} of files.`;
  }
  return `${limit} ${Math.round(row.percent)}% used.`;
}

export interface AttachmentCheckerProps {
  /** Files to start with, e.g. handed over by another view. */
  initialSizes?: { name: string; size: number }[];
}

export function AttachmentChecker({ initialSizes = [] }: AttachmentCheckerProps) {
  const baseId = useId();
  const nextKey = useRef(initialSizes.length);
  const [items, setItems] = useState<CheckedItem[]>(() => initialSizes.map((s, i) => ({ ...s, key: i })));
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState('');
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);

  const results = useMemo(() => checkEmailSize(items), [items]);
  const rawTotal = results[0]?.rawTotal ?? 0;
  const encodedTotal = results[0]?.encodedTotal ?? 0;
  const tooBig = results.filter((r) => r.verdict === 'too-big');
  const close = results.filter((r) => r.verdict === 'close');

  const adviceIds: LargeFileOptionId[] = [];
  for (const row of tooBig) for (const id of row.provider.largeFileOptions) if (!adviceIds.includes(id)) adviceIds.push(id);
  const advice = LARGE_FILE_OPTIONS.filter((o) => adviceIds.includes(o.id));

  const addFiles = async (files: FileList | File[] | null) => {
    const list = files ? Array.from(files) : [];
    if (list.length === 0) return;
    setReading(true);
    const inspected = await Promise.all(list.map(inspectFile));
    setItems((prev) => [...prev, ...inspected.map((f) => ({ key: nextKey.current++, name: f.name, size: f.size, match: f.match }))]);
    setReading(false);
  };

  // Listeners are attached directly: Preact maps onDrop to "drop" only where the element has an
  // `ondrop` property, which not every DOM implementation provides.
  const dropZone = useRef<HTMLDivElement>(null);
  const addFilesRef = useRef(addFiles);
  addFilesRef.current = addFiles;
  useEffect(() => {
    const zone = dropZone.current;
    if (!zone) return;
    const over = (e: Event) => { e.preventDefault(); setDragging(true); };
    const leave = () => setDragging(false);
    const drop = (e: Event) => {
      e.preventDefault();
      setDragging(false);
      void addFilesRef.current((e as DragEvent).dataTransfer?.files ?? null);
    };
    zone.addEventListener('dragover', over);
    zone.addEventListener('dragleave', leave);
    zone.addEventListener('drop', drop);
    return () => {
      zone.removeEventListener('dragover', over);
      zone.removeEventListener('dragleave', leave);
      zone.removeEventListener('drop', drop);
    };
  }, []);

  const addTyped = (e: Event) => {
    e.preventDefault();
    // Read the field itself: typing followed at once by Enter can beat the state update.
    const field = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('[data-testid=size-input]');
    const size = parseSize(field?.value ?? typed);
    if (size === null) {
      setTypedError('Type a size with a unit, for example 12 MB, 800 KB or 1.5 GB.');
      return;
    }
    setTypedError('');
    const n = items.filter((i) => !i.match).length + 1;
    setItems((prev) => [...prev, { key: nextKey.current++, name: `Typed size ${n}`, size }]);
    setTyped('');
  };

  const summary = items.length === 0
    ? 'Add files or type a size to see which email services accept them.'
    : tooBig.length > 0
      ? `Too big for ${tooBig.length} of ${results.length} email services.`
      : close.length > 0
        ? `Fits everywhere, but close to the limit for ${close.length} services.`
        : `Fits every email service we know.`;

  return (
    <section class="sc" aria-labelledby={`${baseId}-title`} data-testid="attachment-checker">
      <h2 id={`${baseId}-title`} class="sc-title">Will my attachments fit?</h2>
      <p class="sc-hint">We only read each file's size and first few bytes. Nothing leaves this device.</p>

      <div class={`sc-drop${dragging ? ' sc-drop-active' : ''}`} data-testid="drop-zone" ref={dropZone}>
        <label for={`${baseId}-files`} class="sc-label">Choose files</label>
        <input
          id={`${baseId}-files`} type="file" multiple data-testid="file-input" class="sc-file"
          onChange={(e) => { const input = e.currentTarget as HTMLInputElement; void addFiles(input.files).then(() => { input.value = ''; }); }}
        />
        <span class="sc-hint">or drop them here</span>
      </div>

      <form class="sc-row" onSubmit={addTyped} data-testid="size-form">
        <label for={`${baseId}-size`} class="sc-label">Or type a file size</label>
        <div class="sc-inline">
          <input
            id={`${baseId}-size`} type="text" inputMode="decimal" autoComplete="off" maxLength={40}
            placeholder="e.g. 12 MB" data-testid="size-input" value={typed}
            aria-describedby={typedError ? `${baseId}-size-error` : undefined}
            aria-invalid={typedError ? true : undefined}
            onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="sc-button" data-testid="size-add">Add</button>
        </div>
        {typedError && <p id={`${baseId}-size-error`} class="sc-error" role="alert" data-testid="size-error">{typedError}</p>}
      </form>

      {items.length > 0 && (
        <div class="sc-files">
          <ul class="sc-list" aria-label="Files to send" data-testid="file-list">
            {items.map((item) => (
              <li key={item.key} class="sc-file-item" data-testid="file-item">
                <div class="sc-inline">
                  <span class="sc-name">{item.name}</span>
                  <span class="sc-size">{formatBytes(item.size)}</span>
                  <button
                    type="button" class="sc-link-button" aria-label={`Remove ${item.name}`}
                    onClick={() => setItems((prev) => prev.filter((p) => p.key !== item.key))}
                  >Remove</button>
                </div>
                {item.match?.program && !item.match.dangerous && (
                  <p class="sc-warning sc-danger" role="alert" data-testid="program-warning">
                    Gmail and many other services refuse programs and scripts as a security risk (reply 552 5.7.0).
                    Share it with a cloud link instead.
                  </p>
                )}
                {item.match?.verdict === 'mismatch' && (
                  <p class={`sc-warning${item.match.dangerous ? ' sc-danger' : ''}`} role="alert"
                    data-testid="mismatch-warning" data-dangerous={item.match.dangerous ? 'true' : 'false'}>
                    {item.match.message}
                  </p>
                )}
              </li>
            ))}
          </ul>
          <button type="button" class="sc-link-button" data-testid="clear-files" onClick={() => setItems([])}>Clear all</button>
        </div>
      )}

      <div aria-live="polite" class="sc-results">
        <p class="sc-summary" data-testid="size-summary">{summary}</p>
        {items.length > 0 && (
          <p class="sc-totals">
            Your files: <strong data-testid="raw-total">{formatBytes(rawTotal)}</strong>. Inside an email: about{' '}
            <strong data-testid="encoded-total">{formatBytes(encodedTotal)}</strong>, because attachments are encoded for sending, which adds about a third.
            {' '}Both your email service and your recipient's must accept it.
          </p>
        )}
      </div>
      {reading && <p class="sc-hint" role="status">Reading files…</p>}

      {advice.length > 0 && (
        <section class="sc-advice" aria-labelledby={`${baseId}-advice`} data-testid="too-big-advice">
          <h3 id={`${baseId}-advice`} class="sc-subtitle">Too big? What you can do</h3>
          <ul class="sc-list">
            {advice.map((option) => (
              <li key={option.id} data-testid={`advice-${option.id}`}>
                <strong>{option.title}.</strong> {option.howTo}
              </li>
            ))}
          </ul>
        </section>
      )}
      {items.length > 0 && (
        <ul class="sc-list sc-providers" aria-label="Size limits by email service" data-testid="provider-list">
          {results.map((row) => (
            <li key={row.provider.id} class={`sc-provider sc-${row.verdict}`} data-testid={`provider-row-${row.provider.id}`} data-verdict={row.verdict}>
              <div class="sc-inline">
                <span class="sc-name">{row.provider.name}</span>
                <span class={`sc-badge sc-badge-${row.verdict}`}>
                  <span aria-hidden="true">{VERDICT_ICONS[row.verdict]} </span>{VERDICT_LABELS[row.verdict]}
                </span>
              </div>
              <p class="sc-detail">{providerDetail(row)}</p>
              <details class="sc-more">
                <summary>About this limit</summary>
                <p>{row.provider.note}</p>
                {row.provider.disagreement && <p data-testid="disagreement">{row.provider.disagreement}</p>}
                {CONFIDENCE_NOTES[row.provider.confidence] && <p>{CONFIDENCE_NOTES[row.provider.confidence]}</p>}
                <p class="sc-source">{sourceLine(row.provider.source, row.provider.asOf)}</p>
              </details>
            </li>
          ))}
        </ul>
      )}

    </section>
  );
}
