import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Extension pages (popup, options, explain) load only their own bundled files and talk to no
 * server: a page that tried would be stopped by this policy before any request left.
 */
const EXTENSION_PAGE_CSP = [
  "default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
  "frame-ancestors 'none'", "img-src 'self' data:", "connect-src 'self'",
].join('; ');

/** Test-only host matches, added to `--mode e2e` builds only (written to .output/<target>-e2e). */
const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Bounce Lens',
    description: 'Explains why an email bounced and what to do next, right inside Gmail and Outlook on the web. Works on your device only.',
    // storage: settings and dismissed cards; contextMenus: "Explain this error" on selected text.
    permissions: ['storage', 'contextMenus'],
    action: { default_title: 'Bounce Lens' },
    content_security_policy:
      manifestVersion === 2 ? (EXTENSION_PAGE_CSP as never) : { extension_pages: EXTENSION_PAGE_CSP },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'bounce-lens@bouncelens.app',
          // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    excludeSources: ['e2e/artifacts/**', '**/*.log', '.output/**', 'docs/screenshots/**'],
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      const add = (m: string[] = []) => [...new Set([...m, ...E2E_MATCHES])];
      for (const cs of manifest.content_scripts ?? []) cs.matches = add(cs.matches);
      for (const war of manifest.web_accessible_resources ?? []) {
        if (typeof war === 'object' && 'matches' in war) war.matches = add(war.matches);
      }
    },
  },
});
