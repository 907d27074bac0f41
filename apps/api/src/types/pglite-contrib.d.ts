// TypeScript's "node" resolution ignores package exports, so it cannot see PGlite's contrib entry points.
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  export { pg_trgm } from '@electric-sql/pglite/dist/contrib/pg_trgm';
}
declare module '@electric-sql/pglite/contrib/fuzzystrmatch' {
  export { fuzzystrmatch } from '@electric-sql/pglite/dist/contrib/fuzzystrmatch';
}
