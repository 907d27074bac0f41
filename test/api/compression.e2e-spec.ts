import { request as httpRequest } from 'node:http';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { STOREFRONT_BUILD_DIR } from '@allmende/api';
import { startTestServer, TestApp } from '@allmende/testing';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: number;
}

/** One request with the given Accept-Encoding, its body left compressed (fetch would unpack it). */
function get(url: string, acceptEncoding: string, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: body ? 'POST' : 'GET',
        headers: { 'accept-encoding': acceptEncoding, ...(body ? { 'content-type': 'application/json' } : {}) },
      },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

describe('compression and cache headers', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestServer();
  });
  afterAll(() => app?.close());

  it('sends pages with brotli or gzip, whichever the browser asks for', async () => {
    const brotli = await get(`${app.baseUrl}/`, 'gzip, deflate, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toContain('text/html');
    const gzip = await get(`${app.baseUrl}/`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await get(`${app.baseUrl}/`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('compresses GraphQL answers', async () => {
    const answer = await get(`${app.baseUrl}/graphql`, 'gzip', JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
  });

  it('serves hashed scripts compressed and immutable for a year', async () => {
    const script = readdirSync(join(STOREFRONT_BUILD_DIR, 'client', 'assets')).find((name) => name.endsWith('.js'))!;
    const asset = await get(`${app.baseUrl}/assets/${script}`, 'br');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
