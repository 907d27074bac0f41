// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'apps/storefront/build/',
      'apps/storefront/.react-router/',
      'apps/storefront/app/graphql/',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      // A library is used only through its index.ts: no reaching into another context's files.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@allmende/*/src/**', '@allmende/*/src'],
              message: 'Import the library by its name (@allmende/<name>), through its index.ts',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
