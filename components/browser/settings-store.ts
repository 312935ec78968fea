import { storage } from '#imports';
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from '../../lib/settings/schema';

/**
 * The one place settings touch extension storage. Reads always go through `migrateSettings`, so a
 * value written by an older version, or damaged, still yields valid settings.
 */
const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  try {
    return migrateSettings(await settingsItem.getValue());
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(next);
}

export function watchSettings(onChange: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(migrateSettings(value)));
}

/** Cards the user dismissed, by message key; capped so storage never grows without bound. */
const DISMISSED_CAP = 500;
const dismissedItem = storage.defineItem<string[]>('local:dismissedCards', { fallback: [] });

export async function isDismissed(key: string): Promise<boolean> {
  try {
    const list = await dismissedItem.getValue();
    return Array.isArray(list) && list.includes(key);
  } catch {
    return false;
  }
}

export async function dismiss(key: string): Promise<void> {
  const list = await dismissedItem.getValue().catch(() => [] as string[]);
  const next = [...(Array.isArray(list) ? list : []).filter((k) => k !== key), key].slice(-DISMISSED_CAP);
  await dismissedItem.setValue(next);
}

export async function clearDismissed(): Promise<void> {
  await dismissedItem.setValue([]);
}
