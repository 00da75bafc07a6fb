// Flat ESLint config. The layer rules below enforce DESIGN.md "Layers": dependencies point inward
// towards forms/, and only electron/main and electron/preload may import 'electron' at run time.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream', 'worker_threads'];

/** Imports any layer may not make at run time, with the reason shown to the developer. */
const electronAtRunTime = {
  name: 'electron',
  message: "Only electron/main and electron/preload may import 'electron' at run time (since Electron 42 it downloads the binary). Use `import type`.",
  allowTypeImports: true,
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'release/', '.tsbuild/', 'test-results/', 'playwright-report/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: 'Focused tests hide the rest of the suite.' },
      ],
    },
  },
  {
    files: ['forms/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronAtRunTime, { name: 'electron', message: 'forms/ is pure TypeScript.' }],
          patterns: [
            { group: nodeBuiltins, message: 'forms/ runs in Node, Chromium and Electron: no Node built-ins.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'forms/ holds no UI code.' },
            { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'forms/ is the innermost layer: nothing outside it may be imported.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the host only through window.c100 (HostApi).' }],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs sandboxed in Chromium: no Node built-ins.' },
            { group: ['**/electron/**', '**/cli/**'], message: 'The renderer may import only forms/ and its own files.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'cli/**/*.ts', 'test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts', 'scripts/**/*.mjs'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronAtRunTime],
          patterns: [{ group: ['**/renderer/**'], message: 'Services and the CLI never depend on the renderer.', allowTypeImports: true }],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      // Component and e2e tests drive the renderer; they may import it.
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronAtRunTime] }],
    },
  },
);
