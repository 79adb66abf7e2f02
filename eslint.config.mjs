// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * Layer boundaries (see README "Architecture"):
 * - shared/ is pure TypeScript: no Node, no DOM, no Electron, no other layer.
 * - electron/core/ never imports 'electron' nor the renderer.
 * - renderer/ reaches the core only through window.api: no Node, no Electron, no electron/ code.
 * - electron/preload/ exposes named API functions only; it never loads the core.
 */
const layer = (files, paths, patterns) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths, patterns }],
  },
});

const electronBan = [
  { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' },
];
const nodeBan = nodeBuiltins.map((name) => ({
  name,
  message: 'This layer must not use Node APIs.',
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.vite/',
      'out/',
      'dist/',
      'test-results/',
      'playwright-report/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer(
    ['shared/**/*.ts'],
    [
      ...electronBan,
      ...nodeBan,
      { name: 'react', message: 'shared/ is UI-free.' },
      { name: 'better-sqlite3', message: 'shared/ is storage-free.' },
    ],
    [
      {
        group: ['**/electron/**', '**/renderer/**', '../**/electron/*', '../**/renderer/*'],
        message: 'shared/ depends on no other layer.',
      },
    ],
  ),
  layer(['electron/core/**/*.ts'], electronBan, [
    {
      group: [
        '**/renderer/**',
        '**/electron/main/**',
        '**/electron/preload/**',
        '**/electron/server/**',
        '**/electron/cli/**',
      ],
      message: 'electron/core/ is the bottom layer: it imports only shared/ and itself.',
    },
  ]),
  layer(
    ['renderer/**/*.{ts,tsx}'],
    [
      ...electronBan,
      ...nodeBan,
      { name: 'better-sqlite3', message: 'The renderer reaches data only through window.api.' },
    ],
    [
      {
        group: ['**/electron/**'],
        message: 'The renderer reaches the core only through window.api.',
      },
    ],
  ),
  layer(
    ['electron/preload/**/*.ts'],
    [],
    [
      {
        group: [
          '**/electron/core/**',
          '**/electron/server/**',
          '**/electron/cli/**',
          '**/renderer/**',
        ],
        message: 'The preload exposes named API functions only.',
      },
    ],
  ),
  layer(['electron/server/**/*.ts', 'electron/cli/**/*.ts'], electronBan, [
    {
      group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
      message: 'CLI and server run without Electron.',
    },
  ]),
);
