import { render } from 'preact';
import { useSettings } from '@/components/browser/use-settings';
import { ExplainBox } from '@/components/popup/ExplainBox';
import '@/components/popup/popup.css';
import '@/components/card/card.css';
import '@/components/explain-page.css';

/** The page the context menu opens: the selected text arrives in the URL fragment, never over the network. */
function ExplainPage() {
  const { settings, loaded } = useSettings();
  const text = decodeURIComponent(location.hash.slice(1));
  if (!loaded) return null;
  return (
    <div class="popup explain-page" data-theme={settings.theme} data-testid="explain-page">
      <header class="popup-head"><img src="/icon/32.png" alt="" width={20} height={20} /><h1>Bounce Lens</h1></header>
      <main class="panel"><ExplainBox settings={settings} initialText={text} /></main>
    </div>
  );
}
render(<ExplainPage />, document.getElementById('app')!);
