import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings, SettingsSchema } from '../../lib/settings/schema';

describe('settings migration', () => {
  it('gives defaults for nothing stored or garbage', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(SettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });
  it('keeps good fields when one field is corrupted', () => {
    const out = migrateSettings({ version: 1, service: 'sendgrid', theme: 42, sites: { gmail: false, outlook: 'yes' }, readGmailOriginal: false });
    expect(out).toEqual({ version: 1, service: 'sendgrid', theme: 'auto', sites: { gmail: false, outlook: true }, readGmailOriginal: false });
  });
  it('migrates the version 0 shape', () => {
    expect(migrateSettings({ provider: 'mailgun', darkMode: true })).toMatchObject({ version: 1, service: 'mailgun', theme: 'dark' });
    expect(migrateSettings({ provider: 'not-a-service' }).service).toBe('unset');
  });
});
