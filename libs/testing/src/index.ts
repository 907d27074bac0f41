export * from './test-app';
export * from './graphql-client';
export * from './fixtures';
export * from './test-database';
export * from './catalog-fixtures';
export * from './query-counter';
export * from './stripe';
export * from './trade-fixtures';
