import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isRegisteredErrorCode, registeredErrorCodes } from '@allmende/core';
import { createTestApp, TestApp } from '@allmende/testing';
import * as storefront from '../../apps/storefront/app/messages/errors';

const ROOT = join(__dirname, '../..');

/** The TypeScript sources that run in the API (no tests, no test harness). */
function apiSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' && dir.endsWith('libs') ? [] : apiSources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every error code written as a literal where an error is made: `new …Error('CODE'`, `super('CODE'`, `code: 'CODE'`. */
function thrownCodes(): { code: string; where: string }[] {
  const pattern = /(?:new\s+\w*Error|super)\(\s*'([A-Z][A-Z0-9_]+)'|\bcode:\s*'([A-Z][A-Z0-9_]+)'/g;
  return [...apiSources(join(ROOT, 'libs')), ...apiSources(join(ROOT, 'apps/api/src'))].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => ({
      code: match[1] ?? match[2],
      where: relative(ROOT, file),
    })),
  );
}

describe('the error-code registry', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('holds every code the code throws', () => {
    const thrown = thrownCodes();
    // The scan must see the codes it is meant to see, or it would pass by finding nothing.
    expect(thrown.map((entry) => entry.code)).toEqual(
      expect.arrayContaining(['SKU_TAKEN', 'INSUFFICIENT_STOCK', 'LOT_CODE_TAKEN']),
    );
    expect(thrown.filter((entry) => !isRegisteredErrorCode(entry.code))).toEqual([]);
  });

  it('is never bypassed by a code computed at run time', () => {
    const computed = [...apiSources(join(ROOT, 'libs')), ...apiSources(join(ROOT, 'apps/api/src'))].filter((file) =>
      // Passing on the code of an error already thrown (`error.code`) keeps a registered code.
      /new\s+DomainError\(\s*(?!'|\w+\.code\b)\S/.test(readFileSync(file, 'utf8')),
    );
    expect(computed.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('is the schema’s ErrorCode enum, and the errorCodes query lists it with kind and message', async () => {
    const { errorCodes } = await app.gql.ok<{ errorCodes: { code: string; kind: string; message: string }[] }>(
      `{ errorCodes { code kind message } }`,
    );
    const codes = registeredErrorCodes().map((entry) => entry.code);
    expect(errorCodes.map((entry) => entry.code)).toEqual(codes);
    expect(errorCodes).toContainEqual({ code: 'INSUFFICIENT_STOCK', kind: 'REFUSAL', message: 'Not enough is left in stock' });
    expect(errorCodes).toContainEqual({ code: 'FORBIDDEN', kind: 'GRAPHQL_ERROR', message: 'You are not allowed to do this' });
    const schema = readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8');
    const enumBody = /enum ErrorCode \{([^}]*)\}/.exec(schema)![1];
    const values = enumBody
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z_]+$/.test(line));
    expect(values).toEqual([...codes].sort());
  });

  it('is translated by the storefront into English and German, code by code', () => {
    const expected = registeredErrorCodes()
      .map((entry) => `errorCode.${entry.code}`)
      .sort();
    expect(Object.keys(storefront.en).sort()).toEqual(expected);
    expect(Object.keys(storefront.de).sort()).toEqual(expected);
    expect(Object.values(storefront.de).filter((text) => /\b(Sie|Ihr|Ihre|Ihnen)\b/.test(text))).toEqual([]);
  });
});
