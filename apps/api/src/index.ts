// The app's surface for the test harness, benchmarks and scripts.
export * from './config/api-config';
export * from './database/data-source';
export * from './server';
export * from './seed/demo-seed';
export * from './storefront';
