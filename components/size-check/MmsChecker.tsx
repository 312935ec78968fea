import { useId, useMemo, useState } from 'preact/hooks';
import { checkMms, formatBytes, parseSize, type MmsCarrierResult, type MmsFile } from '../../lib/limits/check';
import { MMS_LIMITS, MMS_MEDIA_TYPES, MMS_SAFE_BYTES, NUMBER_TYPE_LABELS } from '../../lib/limits/mms';
import type { CarrierId, NumberType } from '../../lib/limits/types';
import { sourceLine, VERDICT_ICONS, VERDICT_LABELS } from './format';
import { inspectFile } from './read-file';

const NUMBER_TYPES: NumberType[] = ['long-code', 'toll-free', 'short-code'];
const CARRIERS: { id: CarrierId; name: string }[] = [];
for (const row of MMS_LIMITS) if (!CARRIERS.some((c) => c.id === row.carrier)) CARRIERS.push({ id: row.carrier, name: row.carrierName });

const OTHER_TYPE = 'other';

export interface MmsCheckerProps {
  initialFile?: MmsFile;
}

export function MmsChecker({ initialFile }: MmsCheckerProps) {
  const baseId = useId();
  const [file, setFile] = useState<MmsFile | null>(initialFile ?? null);
  const [typedSize, setTypedSize] = useState('');
  const [typedType, setTypedType] = useState<string>('image/jpeg');
  const [typedError, setTypedError] = useState('');

  const check = useMemo(() => (file ? checkMms(file) : null), [file]);
  const cell = (carrier: CarrierId, numberType: NumberType): MmsCarrierResult | undefined =>
    check?.results.find((r) => r.carrier === carrier && r.numberType === numberType);

  const pickFile = async (input: HTMLInputElement) => {
    const picked = input.files?.[0];
    if (!picked) return;
    const inspected = await inspectFile(picked);
    // The content decides the type: a renamed HEIC photo is still a HEIC photo to the carrier.
    setFile({ name: inspected.name, size: inspected.size, type: inspected.sniffed?.mime ?? inspected.browserType });
  };

  const submitTyped = (e: Event) => {
    e.preventDefault();
    const size = parseSize(typedSize);
    if (size === null) {
      setTypedError('Type a size with a unit, for example 800 KB or 1.2 MB.');
      return;
    }
    setTypedError('');
    const type = typedType === OTHER_TYPE ? 'application/octet-stream' : typedType;
    setFile({ name: 'Typed size', size, type });
  };

  let summary = 'Pick a file or type its size to see if a text message can carry it.';
  if (check && file) {
    if (check.typeSupport === 'unsupported') {
      summary = 'Text messages can\'t reliably carry this kind of file. Send a JPEG, PNG or GIF picture, or a link.';
    } else if (check.safeEverywhere) {
      summary = `${formatBytes(file.size)}: small enough for every carrier and number type.`;
    } else {
      const tooBig = check.results.filter((r) => r.verdict === 'too-big').length;
      summary = tooBig > 0
        ? `${formatBytes(file.size)}: too big for ${tooBig} of ${check.results.length} carrier and number combinations. Under ${formatBytes(MMS_SAFE_BYTES)} goes through everywhere.`
        : `${formatBytes(file.size)}: fits, but under ${formatBytes(MMS_SAFE_BYTES)} is safest.`;
      if (check.typeSupport === 'some-carriers') summary += ' Some phones and carriers don\'t accept this file type.';
    }
  }

  return (
    <section class="sc" aria-labelledby={`${baseId}-title`} data-testid="mms-checker">
      <h2 id={`${baseId}-title`} class="sc-title">Will it send by text message (MMS)?</h2>
      <p class="sc-hint">Adding a file turns a text into an MMS. Limits depend on the recipient's carrier and the kind of number that sends it.</p>

      <div class="sc-row">
        <label for={`${baseId}-file`} class="sc-label">Choose a file</label>
        <input id={`${baseId}-file`} type="file" class="sc-file" data-testid="mms-file-input"
          onChange={(e) => { void pickFile(e.currentTarget as HTMLInputElement); }} />
      </div>

      <form class="sc-row" onSubmit={submitTyped}>
        <label for={`${baseId}-size`} class="sc-label">Or type its size and type</label>
        <div class="sc-inline">
          <input id={`${baseId}-size`} type="text" inputMode="decimal" maxLength={40} autoComplete="off" placeholder="e.g. 800 KB"
            data-testid="mms-size-input" value={typedSize}
            aria-invalid={typedError ? true : undefined}
            aria-describedby={typedError ? `${baseId}-size-error` : undefined}
            onInput={(e) => setTypedSize((e.currentTarget as HTMLInputElement).value)} />
          <select aria-label="File type" data-testid="mms-type-select" value={typedType}
            onChange={(e) => setTypedType((e.currentTarget as HTMLSelectElement).value)}>
            {MMS_MEDIA_TYPES.map((t) => <option key={t.mime} value={t.mime}>{t.label}</option>)}
            <option value={OTHER_TYPE}>Something else</option>
          </select>
          <button type="submit" class="sc-button" data-testid="mms-check">Check</button>
        </div>
        {typedError && <p id={`${baseId}-size-error`} class="sc-error" role="alert">{typedError}</p>}
      </form>

      <p class="sc-summary" aria-live="polite" data-testid="mms-summary">{summary}</p>

      {check && (
        <table class="sc-table" data-testid="mms-table">
          <caption class="sc-caption">By carrier and sending number</caption>
          <thead>
            <tr>
              <th scope="col">Carrier</th>
              {NUMBER_TYPES.map((n) => <th key={n} scope="col">{NUMBER_TYPE_LABELS[n]}</th>)}
            </tr>
          </thead>
          <tbody>
            {CARRIERS.map((carrier) => (
              <tr key={carrier.id}>
                <th scope="row">{carrier.name}</th>
                {NUMBER_TYPES.map((numberType) => {
                  const result = cell(carrier.id, numberType);
                  if (!result) return <td key={numberType}>—</td>;
                  return (
                    <td key={numberType} class={`sc-${result.verdict}`} data-testid={`mms-row-${carrier.id}-${numberType}`}
                      data-verdict={result.verdict}>
                      <span class={`sc-badge sc-badge-${result.verdict}`}>
                        <span aria-hidden="true">{VERDICT_ICONS[result.verdict]} </span>{VERDICT_LABELS[result.verdict]}
                      </span>
                      <span class="sc-cell-limit">limit {formatBytes(result.limitBytes)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="sc-source">{sourceLine(MMS_LIMITS[0].source, MMS_LIMITS[0].asOf)}</p>
    </section>
  );
}
