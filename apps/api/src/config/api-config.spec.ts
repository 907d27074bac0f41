import { ConfigError, loadConfig } from './api-config';

describe('configuration', () => {
  it('uses the defaults for the embedded mode', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', TOKEN_TTL_SECONDS: 28800, PUBLIC_QUERY_CACHE_SECONDS: 10 });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads and converts what the environment sets', () => {
    expect(loadConfig({ PORT: '8080', SEED_DEMO: 'no', SERVE_STOREFRONT: 'true' })).toMatchObject({
      PORT: 8080,
      SEED_DEMO: false,
      SERVE_STOREFRONT: true,
    });
  });

  it('refuses a bad or missing setting with a message naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty": .*PORT must be a whole number/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/allmende' })).toThrow(
      /JWT_SECRET is required when DATABASE_URL is set/,
    );
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32 characters/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO must be true or false/);
  });
});
