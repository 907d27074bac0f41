import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createRequestHandler } from '@react-router/express';
import express, { NextFunction, Request, Response } from 'express';
import type { ServerBuild } from 'react-router';
import { refuseCrossSitePosts } from './http/same-origin';

/** Paths the API answers itself; everything else is a storefront page. */
const API_PATHS = /^\/(graphql|health|webhooks|catalog|provenance|media)(\/|$)/;

export const STOREFRONT_BUILD_DIR = resolve(process.env.STOREFRONT_BUILD_DIR ?? 'apps/storefront/build');

/**
 * Serves the server-rendered storefront from the API's own port: its static assets, and
 * React Router's request handler for every page. Without a build (not yet run
 * `npm run build`) the API runs alone and says so.
 */
export function mountStorefront(app: NestExpressApplication): boolean {
  const serverEntry = join(STOREFRONT_BUILD_DIR, 'server', 'index.js');
  if (!existsSync(serverEntry)) {
    console.warn(`No storefront build at ${serverEntry}; run "npm run build" to serve the shop`);
    return false;
  }
  // The build is CommonJS (serverModuleFormat "cjs"), so the API can load it directly.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require(serverEntry) as ServerBuild;
  const pages = createRequestHandler({ build, mode: 'production' });
  app.use('/assets', express.static(join(STOREFRONT_BUILD_DIR, 'client', 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(join(STOREFRONT_BUILD_DIR, 'client'), { index: false }));
  app.use((req: Request, res: Response, next: NextFunction) =>
    API_PATHS.test(req.path) ? next() : refuseCrossSitePosts(req, res, () => void pages(req, res, next)),
  );
  return true;
}
