import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  // ESM-only map libraries, bundled into the CommonJS server build (which the API, and jest, require()).
  ssr: { noExternal: ['d3-geo', 'd3-array', 'internmap', 'topojson-client', 'world-atlas'] },
});
