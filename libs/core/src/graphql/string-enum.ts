import { registerEnumType } from '@nestjs/graphql';

/** Registers a GraphQL enum whose values are the strings of a TypeScript string union. */
export function stringEnum<const T extends string>(name: string, values: readonly T[], description: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
