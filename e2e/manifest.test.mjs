// Pins what the production manifests ask for. A new permission or host must be a deliberate,
// reviewed change to this file, not a side effect of a dependency or a config tweak.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

const OUTLOOK = ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'];
const GMAIL = ['https://mail.google.com/*'];
const PERMISSIONS = ['contextMenus', 'storage'];

function manifest(target) {
  const file = path.join(ROOT, '.output', target, 'manifest.json');
  assert.ok(existsSync(file), `${file} is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  describe(`${target} production manifest`, () => {
    const m = manifest(target);
    it('asks only for the pinned permissions', () => {
      assert.deepEqual([...(m.permissions ?? [])].sort(), PERMISSIONS);
      assert.deepEqual(m.host_permissions ?? [], []);
      assert.deepEqual(m.optional_permissions ?? [], []);
      const all = JSON.stringify(m);
      for (const banned of ['<all_urls>', '"tabs"', 'webRequest', '*://*/*', 'http://127.0.0.1', 'http://localhost']) {
        assert.ok(!all.includes(banned), `manifest mentions ${banned}`);
      }
    });
    it('runs content scripts only on the webmail origins', () => {
      const matches = (m.content_scripts ?? []).map((cs) => [...cs.matches].sort());
      assert.deepEqual(matches.sort(), [GMAIL, [...OUTLOOK].sort()].sort());
      const outlook = m.content_scripts.find((cs) => cs.matches.includes(OUTLOOK[0]));
      assert.equal(outlook.all_frames, true);
      assert.equal(outlook.match_about_blank, true);
    });
    it('has a strict content security policy for its pages', () => {
      const csp = typeof m.content_security_policy === 'string' ? m.content_security_policy : m.content_security_policy?.extension_pages;
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /object-src 'none'/);
      assert.ok(!/unsafe-eval|unsafe-inline|https?:/.test(csp), csp);
    });
    it('ships real icons', () => {
      for (const size of ['16', '32', '48', '96', '128']) {
        const icon = m.icons?.[size];
        assert.ok(icon, `icon ${size}`);
        const png = readFileSync(path.join(ROOT, '.output', target, icon));
        assert.equal(png.subarray(1, 4).toString(), 'PNG');
        assert.equal(png.readUInt32BE(16), Number(size));
      }
    });
    if (target.startsWith('firefox')) {
      it('declares its add-on id and that it collects no data', () => {
        assert.equal(m.browser_specific_settings.gecko.id, 'bounce-lens@bouncelens.app');
        assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
      });
    }
  });
}
