// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The linter keeps the architecture as the README draws it: the pure core
 * imports nothing from the shell, only src/fs/ touches the file system and
 * child processes, and no modules import each other in a circle. Beyond that,
 * ESLint's and typescript-eslint's recommended rules (type-aware for
 * TypeScript), and no style rules: formatting is not the linter's job here.
 */

/** The pure folders: text and data in, data and findings out. */
const CORE = ['src/plan', 'src/fix', 'src/due', 'src/diff', 'src/log', 'src/render', 'src/new', 'src/input', 'src/evaluate', 'src/report', 'src/export'];
/** What the core may not import: the file system, the commands, the formatters. */
const SHELL = ['src/fs', 'src/commands', 'src/output'];
/** The file system and child processes: only src/fs/ imports them (and the iproute2 hand-off, below). */
const IO_MODULES = ['fs', 'fs/promises', 'child_process'].flatMap((name) => [name, `node:${name}`]);

/**
 * `import/no-restricted-paths` for the core: one zone per shell folder.
 * @param {Record<string, string[]>} except per shell folder, files (relative to it) a core file may still import
 */
function coreBoundary(except = {}) {
  return [
    'error',
    {
      zones: SHELL.map((dir) => ({
        target: CORE.map((core) => `./${core}`),
        from: `./${dir}`,
        except: except[dir] ?? [],
        message: 'The core is pure: pass data in, or have src/fs/ read it and the command hand it over.',
      })),
    },
  ];
}

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname },
    },
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.lint.json' }, node: true },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.mts'] },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'import/no-self-import': 'error',
      // Patterns that match control characters on purpose: sanitising paths, echoed keys and terminal escapes is their job.
      'no-control-regex': 'off',
      // An async function without await still gives the promise an interface asks for (prompters, file system fakes).
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },

  // Plain JavaScript (scripts, the bin, test hooks): not type-checked, so no type-aware rules.
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // The boundaries of src/.
  {
    files: ['src/**/*.ts'],
    rules: {
      // No modules that import each other, however far round (checked in src/, where it matters; it is the slowest rule).
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': coreBoundary(),
      'no-restricted-imports': ['error', { paths: IO_MODULES.map((name) => ({ name, message: 'Only src/fs/ touches the file system and child processes.' })) }],
      // What ships may use only what installs with it.
      'import/no-extraneous-dependencies': ['error', { devDependencies: false }],
      // Words for each language live in catalogues, Record<Lang, …>, not in a `lang === 'nb' ? … : …` inline (choosing a language tag is fine).
      'no-restricted-syntax': [
        'error',
        {
          selector: "ConditionalExpression[test.type='BinaryExpression'][test.left.name=/^(lang|language)$/][test.right.value=/^(nb|nn|en)$/][consequent.value!=/^(nb|nn|en)$/]",
          message: 'Put the words for each language in a catalogue (Record<Lang, …>) and look them up by language.',
        },
      ],
    },
  },
  {
    files: ['src/fs/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The one named exception: `ip addr` and the like are handed to the system's iproute2, a process hand-off that is no file work.
    files: ['src/handoff.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The comparison recurses between values and lists of values: one algorithm in two modules, so they import each other.
    files: ['src/diff/lists.ts', 'src/diff/values.ts'],
    rules: { 'import/no-cycle': 'off' },
  },

  // Tests read JSON, poke at results and build messages from anything, and rethrow what a setup hook caught.
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/only-throw-error': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
