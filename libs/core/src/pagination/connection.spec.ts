import { decodeCursor, encodeCursor, toConnection } from './connection';

describe('cursor pagination', () => {
  it('round-trips a cursor and refuses one it did not make', () => {
    expect(decodeCursor(encodeCursor(['Café', 'id-1']))).toEqual(['Café', 'id-1']);
    expect(() => decodeCursor('not a cursor')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('uses the extra row only to tell that another page follows', () => {
    const page = toConnection([{ id: 1 }, { id: 2 }, { id: 3 }], 2, 10, (row) => [row.id]);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    expect(toConnection([{ id: 1 }], 2, 1, (row) => [row.id]).pageInfo.hasNextPage).toBe(false);
  });
});
