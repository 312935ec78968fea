import { useEffect, useState } from 'preact/hooks';
import { clearDismissed, saveSettings } from '../browser/settings-store';
import { useSettings } from '../browser/use-settings';
import { SENDING_SERVICE_NAMES } from '../../lib/explain/sending-services';
import { SENDING_SERVICES, type Settings } from '../../lib/settings/schema';

export function OptionsApp() {
  const { settings, loaded } = useSettings();
  const [draft, setDraft] = useState<Settings>(settings);
  const [status, setStatus] = useState('');
  useEffect(() => setDraft(settings), [settings]);

  const update = async (next: Settings) => {
    setDraft(next);
    await saveSettings(next);
    setStatus('Saved.');
  };
  if (!loaded) return <p>Loading…</p>;
  return (
    <main class="options" data-theme={draft.theme} data-testid="options-root">
      <h1>Bounce Lens settings</h1>
      <section>
        <label for="service" class="field-label">Which service do you send email with?</label>
        <p class="hint">Fix steps then point to that service's own screens and settings.</p>
        <select id="service" data-testid="service-select" value={draft.service}
          onChange={(e) => update({ ...draft, service: (e.target as HTMLSelectElement).value as Settings['service'] })}>
          <option value="unset">I'm not sure / keep steps general</option>
          {SENDING_SERVICES.map((s) => <option key={s} value={s}>{SENDING_SERVICE_NAMES[s]}</option>)}
        </select>
      </section>
      <fieldset>
        <legend>Where Bounce Lens explains bounces</legend>
        <label><input type="checkbox" data-testid="site-gmail" checked={draft.sites.gmail}
          onChange={(e) => update({ ...draft, sites: { ...draft.sites, gmail: (e.target as HTMLInputElement).checked } })} /> Gmail</label>
        <label><input type="checkbox" data-testid="site-outlook" checked={draft.sites.outlook}
          onChange={(e) => update({ ...draft, sites: { ...draft.sites, outlook: (e.target as HTMLInputElement).checked } })} /> Outlook on the web</label>
      </fieldset>
      <fieldset>
        <legend>Fuller reports in Gmail</legend>
        <label><input type="checkbox" data-testid="read-original" checked={draft.readGmailOriginal}
          onChange={(e) => update({ ...draft, readGmailOriginal: (e.target as HTMLInputElement).checked })} />
          {' '}When a bounce on screen leaves out its codes, read that one message's original from Gmail itself</label>
        <p class="hint">This is a request from your browser to mail.google.com only, for the bounce you have open. Nothing goes anywhere else.</p>
      </fieldset>
      <fieldset>
        <legend>Theme</legend>
        {(['auto', 'light', 'dark'] as const).map((t) => (
          <label key={t}><input type="radio" name="theme" value={t} checked={draft.theme === t}
            onChange={() => update({ ...draft, theme: t })} /> {t === 'auto' ? 'Match my system' : t === 'light' ? 'Light' : 'Dark'}</label>
        ))}
      </fieldset>
      <section>
        <button type="button" onClick={async () => { await clearDismissed(); setStatus('Hidden cards will show again.'); }}>
          Show cards I hid again
        </button>
      </section>
      <p role="status" class="hint">{status}</p>
    </main>
  );
}
