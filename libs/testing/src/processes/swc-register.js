// Loads the TypeScript sources directly in a child process (`node -r .../swc-register.js apps/api/src/main.ts`),
// compiled by swc with the repository's .swcrc, as jest does: tests start real API processes without a build.
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { transformSync } = require('@swc/core');

const root = resolve(__dirname, '../../../..');
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
const options = { ...swcrc, swcrc: false, sourceMaps: 'inline', jsc: { ...swcrc.jsc, baseUrl: root } };

require.extensions['.ts'] = (module, filename) => {
  if (filename.includes('node_modules')) return module._compile(readFileSync(filename, 'utf8'), filename);
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
