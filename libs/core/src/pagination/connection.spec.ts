import { decodeCursor, encodeCursor, toConnection } from './connection';

describe('cursor pagination', () => {
  const ID = '7a1c9e52-4b8d-4c3e-9f61-2d5b8a0e1f34';
  const refused = expect.objectContaining({ code: 'BAD_USER_INPUT', details: { fields: { after: ['unknown cursor'] } } });

  it('round-trips a cursor and refuses one it did not make', () => {
    expect(decodeCursor(encodeCursor(['Café', ID]), ['text', 'uuid'])).toEqual(['Café', ID]);
    expect(() => decodeCursor('not a cursor', ['text'])).toThrow(refused);
  });

  it('refuses a well-formed cursor whose parts are not what the list sorts by', () => {
    const forged = (key: unknown) => () =>
      decodeCursor(Buffer.from(JSON.stringify(key)).toString('base64url'), ['timestamp', 'uuid']);
    expect(forged(["' OR 1=1--", 'x'])).toThrow(refused);
    expect(forged(['2026-01-01T00:00:00.000Z', 'x'])).toThrow(refused);
    expect(forged(['+020000-01-01T00:00:00Z', ID])).toThrow(refused);
    expect(forged(['2026-01-01T00:00:00.000Z'])).toThrow(refused);
    expect(forged({ 0: 'a' })).toThrow(refused);
    expect(forged(['2026-01-01T00:00:00.000Z', ID])()).toEqual(['2026-01-01T00:00:00.000Z', ID]);
    expect(() => decodeCursor(encodeCursor(['a\u0000b']), ['text'])).toThrow(refused);
    expect(decodeCursor(encodeCursor(['1299']), ['integer'])).toEqual(['1299']);
    expect(() => decodeCursor(encodeCursor([1.5]), ['integer'])).toThrow(refused);
  });

  it('uses the extra row only to tell that another page follows', () => {
    const page = toConnection([{ id: 1 }, { id: 2 }, { id: 3 }], 2, 10, (row) => [row.id]);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    expect(toConnection([{ id: 1 }], 2, 1, (row) => [row.id]).pageInfo.hasNextPage).toBe(false);
  });
});
