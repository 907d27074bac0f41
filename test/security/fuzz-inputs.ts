import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Real ids of the fuzz world, so some inputs get past "not found" into the code behind it. */
export interface KnownIds {
  ids: string[];
  cursors: string[];
}

const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** Text a careless client or an attacker sends: control characters, lone surrogates, SQL, huge, blank. */
const ODD_TEXT = fc.constantFrom(
  '',
  ' ',
  ' \t\n ',
  'a\u0000b',
  'bad \ud800 char',
  '\udfff',
  '\ud83d\ude00\u200d\ud83d\udd25',
  '\u202eevil',
  '\ufeff',
  'Cafe\u0301',
  "' OR 1=1--",
  '"; DROP TABLE account; --',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '%00',
  '{{7*7}}',
  'x'.repeat(5_000),
  'ü'.repeat(70_000),
  'a-',
  'de-DE',
  'en',
  'not-an-email',
  'someone@example.org',
  'https://example.org/a.jpg',
  'javascript:alert(1)',
  'DE89370400440532013000',
  '2025-01-01',
  '2025-13-45',
  '0',
  '-1',
  '1e308',
  'NaN',
);

const ODD_IDS = fc.constantFrom(
  '',
  'abc',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  "00000000-0000-0000-0000-000000000000' OR '1'='1",
  '7a1c9e52-4b8d-4c3e-9f61-2d5b8a0e1f34',
  '1',
  'a\u0000b',
);

const FORGED_CURSORS = fc.constantFrom(
  'WyInIE9SIDE9MS0tIiwieCJd',
  '!!!',
  '',
  cursorOf(null),
  cursorOf([]),
  cursorOf([1, 2, 3]),
  cursorOf(['+020000-01-01T00:00:00Z', '7a1c9e52-4b8d-4c3e-9f61-2d5b8a0e1f34']),
  cursorOf(['2025-01-01T00:00:00.000Z', 'x']),
  cursorOf([1e308, '7a1c9e52-4b8d-4c3e-9f61-2d5b8a0e1f34']),
  cursorOf(['a\u0000', 'b']),
  cursorOf([-1]),
  cursorOf([{ $gt: '' }, []]),
);

const BOUNDARY_INTS = fc.constantFrom(0, 1, -1, 2, 100, 101, 2147483647, -2147483648, 9007199254740991, -9007199254740991);
const BOUNDARY_FLOATS = fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 1e15, 0.0001, 90.0000001, -180.5, 1.5);

/** A value of any JSON type: what a client that ignores the schema sends. */
const ANYTHING: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  BOUNDARY_INTS,
  BOUNDARY_FLOATS,
  ODD_TEXT,
  fc.constant([]),
  fc.constant({}),
  fc.constant([[null]]),
  fc.constant({ nested: { deeper: [1, 'two'] } }),
);

function scalarValue(name: string, argumentName: string, known: KnownIds): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return fc.oneof(BOUNDARY_INTS, fc.integer({ min: -2147483648, max: 2147483647 }));
    case 'SafeInt':
      return fc.oneof(BOUNDARY_INTS, fc.maxSafeInteger());
    case 'Float':
      return fc.oneof(BOUNDARY_FLOATS, fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return fc.oneof(fc.constantFrom(...known.ids), ODD_IDS, fc.uuid());
    case 'DateTime':
      return fc.oneof(
        fc.constantFrom(
          '2025-01-01T00:00:00Z',
          '+020000-01-01T00:00:00Z',
          '1899-12-31T23:59:59Z',
          'not a date',
          '2025-02-30T00:00:00Z',
          1e15,
          -1e13,
          0,
        ),
        fc.date({ min: new Date(0), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((date) => date.toISOString()),
      );
    case 'JSONObject':
      return ANYTHING;
    default: // String and any other scalar: text, with cursors for the `after` of connections
      return argumentName === 'after'
        ? fc.oneof(fc.constantFrom(...known.cursors, 'x'), FORGED_CURSORS)
        : fc.oneof({ weight: 3, arbitrary: ODD_TEXT }, { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) });
  }
}

/**
 * Values for an argument of `type`: mostly of the right shape (so they reach the resolvers),
 * sometimes of the wrong type or null where it may not be (so coercion is tried too).
 */
export function valueOf(type: GraphQLInputType, argumentName: string, known: KnownIds, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(ANYTHING, fc.constant(undefined));
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 9, arbitrary: valueOf(type.ofType, argumentName, known, depth) }, { weight: 1, arbitrary: wrong });
  }
  const right = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(valueOf(type.ofType, argumentName, known, depth + 1), { maxLength: 4 }) },
        { weight: 1, arbitrary: valueOf(type.ofType, argumentName, known, depth + 1).map((item) => Array(1001).fill(item)) },
      );
    }
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name), 'NOT_A_VALUE');
    if (isScalarType(type)) return scalarValue(type.name, argumentName, known);
    if (isInputObjectType(type) && depth < 4) {
      const fields = Object.values(type.getFields());
      return fc.record(
        Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, field.name, known, depth + 1)])),
        { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) },
      );
    }
    return fc.constant({});
  })();
  return fc.oneof({ weight: 8, arbitrary: right }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrong });
}

/** One root field's arguments as variables, and the document that declares them with their schema types. */
export function operationOf(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  known: KnownIds,
): fc.Arbitrary<{ query: string; variables: Record<string, unknown> }> {
  const args: readonly GraphQLArgument[] = field.args;
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const needsSelection = !isScalarLike(field.type);
  const query = `${kind} Fuzz${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${needsSelection ? ' { __typename }' : ''} }`;
  return fc
    .record(Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg.type, arg.name, known)])), { requiredKeys: [] })
    .map((variables) => ({ query, variables: JSON.parse(JSON.stringify(variables)) as Record<string, unknown> }));
}

function isScalarLike(type: unknown): boolean {
  let named = type as { ofType?: unknown };
  while (named && 'ofType' in named && named.ofType) named = named.ofType as { ofType?: unknown };
  return isScalarType(named) || isEnumType(named);
}

/** Every mutation and every query that takes arguments, in schema order. */
export function fuzzedFields(schema: GraphQLSchema): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  const queries = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((field) => field.args.length > 0);
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  return [
    ...queries.map((field) => ({ kind: 'query' as const, field })),
    ...mutations.map((field) => ({ kind: 'mutation' as const, field })),
  ];
}
