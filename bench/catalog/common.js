'use strict';
// Command-line arguments, PostgreSQL connection settings and the machine description shared by the bench scripts.
const os = require('node:os');

/** `--name value`; a flag without a value gives true. */
function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = process.argv[i + 1];
  return value === undefined || value.startsWith('--') ? true : value;
}

/** node-postgres options for one database on the benchmark server (PG* variables, default 127.0.0.1:5432, postgres). */
function pgOptions(database) {
  return {
    host: process.env.PGHOST || '127.0.0.1',
    port: Number(process.env.PGPORT || 5432),
    user: process.env.PGUSER || 'postgres',
    password: process.env.PGPASSWORD || '',
    database,
  };
}

function databaseUrl(database) {
  const o = pgOptions(database);
  const auth = o.password ? `${encodeURIComponent(o.user)}:${encodeURIComponent(o.password)}` : encodeURIComponent(o.user);
  return `postgres://${auth}@${o.host}:${o.port}/${database}`;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim(),
    cores: cpus.length,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = { arg, pgOptions, databaseUrl, machine, sleep };
