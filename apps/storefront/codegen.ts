import type { CodegenConfig } from '@graphql-codegen/cli';

/** Run from the repository root: npx graphql-codegen --config apps/storefront/codegen.ts */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/storefront/app/**/*.{ts,tsx}', '!apps/storefront/app/graphql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/storefront/app/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', SafeInt: 'number' },
      },
    },
  },
};

export default config;
