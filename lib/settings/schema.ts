// zod/mini: the content scripts read settings too, and must stay small.
import { z } from 'zod/mini';
import { SENDING_SERVICES } from '../explain/sending-services';

// Extension pages forbid eval by their CSP; tell zod not to try its eval-based fast path at all.
z.config({ jitless: true });

/**
 * User settings, stored as one versioned object. Every stored shape that ever shipped has a
 * schema here and a step in `migrateSettings`, so an old or damaged value never loses the parts
 * that are still good.
 */
export { SENDING_SERVICES };

export const SettingsSchema = z.object({
  version: z.literal(1),
  /** Which service the user sends with; 'unset' keeps fix steps general. */
  service: z.enum([...SENDING_SERVICES, 'unset']),
  sites: z.object({ gmail: z.boolean(), outlook: z.boolean() }),
  /** Gmail only: may the content script read the original message from Gmail itself for fuller reports. */
  readGmailOriginal: z.boolean(),
  theme: z.enum(['auto', 'light', 'dark']),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  service: 'unset',
  sites: { gmail: true, outlook: true },
  readGmailOriginal: true,
  theme: 'auto',
};

/** Version 0 was the pre-release shape: a flat object with `provider` and `darkMode`. */
const SettingsV0Schema = z.object({
  provider: z.optional(z.string()),
  darkMode: z.optional(z.boolean()),
});

function pick<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/**
 * Turns whatever is in storage into valid current settings. Fields are salvaged one by one,
 * so a single corrupted field falls back to its default without resetting the others.
 */
export function migrateSettings(stored: unknown): Settings {
  if (stored === null || typeof stored !== 'object') return structuredClone(DEFAULT_SETTINGS);
  const raw = stored as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const shape = SettingsSchema.shape;

  if (raw.version === undefined) {
    const v0 = SettingsV0Schema.safeParse(raw);
    if (v0.success) {
      const service = pick(shape.service, v0.data.provider, d.service);
      const theme = v0.data.darkMode === undefined ? d.theme : v0.data.darkMode ? 'dark' : 'light';
      return { ...structuredClone(d), service, theme };
    }
  }
  const sites = (raw.sites ?? {}) as Record<string, unknown>;
  return {
    version: 1,
    service: pick(shape.service, raw.service, d.service),
    sites: {
      gmail: pick(z.boolean(), sites.gmail, d.sites.gmail),
      outlook: pick(z.boolean(), sites.outlook, d.sites.outlook),
    },
    readGmailOriginal: pick(shape.readGmailOriginal, raw.readGmailOriginal, d.readGmailOriginal),
    theme: pick(shape.theme, raw.theme, d.theme),
  };
}
