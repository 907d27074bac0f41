import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/api-config';
import { startServer } from './server';

async function main(): Promise<void> {
  const startedAt = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const server = await startServer(config);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const lines = [
    `Allmende is running at ${server.url} (started in ${seconds} s, ${server.embedded ? `embedded database in ${config.DATA_DIR}` : 'PostgreSQL at DATABASE_URL'})`,
    `  storefront ${server.url}/   GraphQL ${server.url}/graphql   health ${server.url}/health`,
  ];
  if (server.demoLogins) {
    lines.push('  demo logins:');
    for (const login of server.demoLogins) lines.push(`    ${login.email.padEnd(30)} password ${login.password}   ${login.who}`);
  }
  console.log(lines.join('\n'));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.stop().then(() => process.exit(0)));
  }
}

void main();
