import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, isUUID, Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidInputError } from '../errors/domain-error';
import { malformedTextReason } from '../validation/text';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `node`, named `<Name>Connection` with `<Name>Edge`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

/** Cursors are opaque to clients: base64url of the JSON sort key of the last row seen. */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each part of a cursor's key must be, so a forged cursor is refused before it reaches SQL. */
export type CursorPart = 'timestamp' | 'uuid' | 'text' | 'integer' | 'number';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

const CURSOR_PARTS: Record<CursorPart, (value: unknown) => boolean> = {
  timestamp: (value) => typeof value === 'string' && ISO_TIMESTAMP.test(value) && Number.isFinite(Date.parse(value)),
  uuid: (value) => typeof value === 'string' && isUUID(value),
  text: (value) => typeof value === 'string' && value.length <= 1000 && malformedTextReason(value) === null,
  // bigint columns come back from PostgreSQL as strings of digits
  integer: (value) =>
    (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^-?\d{1,18}$/.test(value)),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
};

/** The key of a cursor this API gave out, checked part by part against `parts`. */
export function decodeCursor(cursor: string, parts: readonly CursorPart[]): unknown[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (Array.isArray(key) && key.length === parts.length && parts.every((part, index) => CURSOR_PARTS[part](key[index]))) {
    return key;
  }
  throw new InvalidInputError(`"${cursor.slice(0, 200)}" is not a cursor this API gave out`, { after: ['unknown cursor'] });
}

/**
 * Builds a connection from one page fetched with `first + 1` rows (the extra row tells whether
 * another page follows) and the total count.
 */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  sortKey: (row: T) => readonly unknown[],
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(sortKey(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** How a keyset page is ordered: by a sort column, then the id to break ties, both the same way. */
export interface KeysetOrder<T> {
  sortColumn: string;
  idColumn: string;
  direction: 'ASC' | 'DESC';
  /** What the sort value is, so a cursor can be checked before it is compared with the column. */
  sortPart: CursorPart;
  /** The row's sort key, as it goes into the cursor: [sort value, id]. */
  cursorOf: (row: T) => readonly [unknown, string];
}

/**
 * One page of a query by keyset pagination: the total, then `first + 1` rows after the cursor
 * in (sort column, id) order. Rows never repeat or go missing between pages, however deep.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  first: number,
  after: string | null | undefined,
  order: KeysetOrder<T>,
): Promise<Connection<T>> {
  const totalCount = await query.getCount();
  if (after) {
    const [sortValue, id] = decodeCursor(after, [order.sortPart, 'uuid']);
    const comparison = order.direction === 'ASC' ? '>' : '<';
    query.andWhere(`(${order.sortColumn}, ${order.idColumn}) ${comparison} (:cursorSortValue, :cursorId)`, {
      cursorSortValue: sortValue,
      cursorId: id,
    });
  }
  const rows = await query
    .orderBy(order.sortColumn, order.direction)
    .addOrderBy(order.idColumn, order.direction)
    .limit(first + 1)
    .getMany();
  return toConnection(rows, first, totalCount, order.cursorOf);
}
