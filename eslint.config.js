// ESLint flat config for Bounce Lens: safety rules, not style.
//
// - Everywhere: ESLint's own "recommended" correctness rules (taken from the installed ESLint
//   itself, so no extra package is needed), parsed with typescript-eslint for .ts/.tsx.
//   No type-aware rules: linting stays fast.
// - In shipped code (lib/, components/, entrypoints/): no HTML sinks at all. Bounce text is
//   written by strangers, so it must only ever reach the page as text (textContent / JSX text).
//   innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML, eval and
//   new Function are forbidden outright, and eslint-plugin-no-unsanitized backs this up for
//   other DOM sinks it knows about.
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

/** ESLint's recommended rules, read from the installed ESLint (same set as @eslint/js). */
const recommended = Object.fromEntries(
  [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
);

// Globals for plain .js/.mjs files (scripts, e2e). TypeScript files get no-undef from tsc instead.
const jsGlobals = Object.fromEntries(
  [
    // Node
    'process', 'console', 'Buffer', 'global', 'globalThis', 'setTimeout', 'clearTimeout', 'setInterval',
    'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'performance',
    'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal', 'fetch',
    'Blob', 'atob', 'btoa', 'crypto', 'Event', 'EventTarget', 'WebSocket', 'Response', 'Request', 'Headers',
    // Browser (code passed to page.evaluate in e2e tests, and page scripts)
    'window', 'document', 'navigator', 'location', 'Node', 'Element', 'HTMLElement', 'MutationObserver',
    'getComputedStyle', 'requestAnimationFrame', 'chrome', 'browser', 'DOMParser', 'File', 'FileReader',
    'CustomEvent', 'KeyboardEvent', 'MouseEvent', 'ShadowRoot', 'NodeFilter',
  ].map((name) => [name, 'readonly']),
);

/** Shipped code: lib/, components/, entrypoints/. */
const shipped = ['lib/**/*.{ts,tsx,js,jsx,mjs}', 'components/**/*.{ts,tsx,js,jsx,mjs}', 'entrypoints/**/*.{ts,tsx,js,jsx,mjs}'];

const htmlSinkMessage =
  'HTML sinks are forbidden in Bounce Lens: bounce text is hostile. Render text with textContent or JSX text.';

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '.output/',
    '.wxt/',
    'e2e/fixtures/',
    'e2e/artifacts/',
    'coverage/',
    'stats.html',
  ]),

  // Correctness rules for every JS/TS file.
  {
    files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: jsGlobals,
    },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      ...recommended,
      // Unused code is tidiness, not safety; it must not block a release.
      'no-unused-vars': 'off',
      // Redundant backslashes in regexes and strings are harmless; lib/explain/text.ts has some.
      'no-useless-escape': 'off',
    },
  },

  // TypeScript: parse with typescript-eslint (no type information), and let tsc do what it does better.
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // Turns off core rules that tsc already checks (no-undef, no-redeclare, no-dupe-keys, ...).
      ...tseslint.configs.eslintRecommended.rules,
    },
  },

  // Safety rules for shipped code.
  {
    files: shipped,
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: htmlSinkMessage },
        { property: 'outerHTML', message: htmlSinkMessage },
        { property: 'insertAdjacentHTML', message: htmlSinkMessage },
        { object: 'document', property: 'write', message: htmlSinkMessage },
        { object: 'document', property: 'writeln', message: htmlSinkMessage },
        { property: 'dangerouslySetInnerHTML', message: htmlSinkMessage },
        { object: 'window', property: 'eval', message: 'eval is forbidden.' },
        { object: 'globalThis', property: 'eval', message: 'eval is forbidden.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: htmlSinkMessage,
        },
        {
          selector: 'Property[key.name="dangerouslySetInnerHTML"], Property[key.value="dangerouslySetInnerHTML"]',
          message: htmlSinkMessage,
        },
        {
          selector: 'MemberExpression[computed=true][property.value=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]',
          message: htmlSinkMessage,
        },
        { selector: 'CallExpression[callee.name="eval"]', message: 'eval is forbidden.' },
        { selector: 'NewExpression[callee.name="Function"]', message: 'new Function is forbidden.' },
        { selector: 'CallExpression[callee.name="Function"]', message: 'Function() is forbidden.' },
      ],
    },
  },
]);
