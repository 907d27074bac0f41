// Jest setup: the whole marketplace is the app tests run against unless they pass their own.
import { setDefaultAppUnderTest } from '../libs/testing/src/app-under-test';

setDefaultAppUnderTest(() => {
  // Loaded on first use, so unit tests next to the code never load the app (a relative path: swc
  // rewrites the @allmende aliases of imports only).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const api = require('../apps/api/src') as typeof import('@allmende/api');
  return {
    loadConfig: (env) => api.loadConfig(env),
    startServer: (config) => api.startServer(config as ReturnType<typeof api.loadConfig>),
    dataSourceOptions: (url, options) => api.dataSourceOptions(url, options),
    storefrontBuildDir: api.STOREFRONT_BUILD_DIR,
  };
});
