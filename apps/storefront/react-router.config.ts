import type { Config } from '@react-router/dev/config';

export default {
  appDirectory: 'app',
  buildDirectory: 'build',
  ssr: true,
  // CommonJS, so the API process can require() build/server/index.js and serve the pages itself.
  serverModuleFormat: 'cjs',
} satisfies Config;
