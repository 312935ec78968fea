import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { loadSettings, watchSettings } from './settings-store';

/** Current settings, kept live when the options page changes them. */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState({ settings: DEFAULT_SETTINGS, loaded: false });
  useEffect(() => {
    let alive = true;
    loadSettings().then((s) => alive && setState({ settings: s, loaded: true }));
    const unwatch = watchSettings((s) => alive && setState({ settings: s, loaded: true }));
    return () => { alive = false; unwatch(); };
  }, []);
  return state;
}
