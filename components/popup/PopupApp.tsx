import { useState } from 'preact/hooks';
import { useSettings } from '../browser/use-settings';
import { AttachmentChecker, MmsChecker, SendingLimitsReference } from '../size-check';
import { ExplainBox } from './ExplainBox';

const TABS = [
  { id: 'explain', label: 'Explain' },
  { id: 'size', label: 'Attachments' },
  { id: 'mms', label: 'MMS' },
  { id: 'limits', label: 'Limits' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function PopupApp() {
  const { settings } = useSettings();
  const [tab, setTab] = useState<TabId>('explain');
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.id);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
  };
  return (
    <div class="popup" data-theme={settings.theme} data-testid="popup-root">
      <header class="popup-head">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Bounce Lens</h1>
        <a class="settings-link" href="/options.html" target="_blank" rel="noopener">Settings</a>
      </header>
      <div role="tablist" aria-label="Bounce Lens tools" class="tabs" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button key={t.id} id={`tab-${t.id}`} role="tab" type="button" aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`} tabIndex={tab === t.id ? 0 : -1} onClick={() => setTab(t.id)}
            data-testid={`tab-${t.id}`}>
            {t.label}
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="panel">
        {tab === 'explain' && <ExplainBox settings={settings} />}
        {tab === 'size' && <AttachmentChecker />}
        {tab === 'mms' && <MmsChecker />}
        {tab === 'limits' && <SendingLimitsReference />}
      </div>
      <footer class="popup-foot">Everything is checked on this device. Nothing is sent anywhere.</footer>
    </div>
  );
}
