import { registerEnumType } from '@nestjs/graphql';

/**
 * How a client meets a code: GRAPHQL_ERROR is the request itself being wrong (bad input, no
 * login, not allowed, not found, a query too deep) and comes in `errors[].extensions.code`;
 * REFUSAL is an expected business outcome a person can act on (not enough stock, already rated).
 */
export const ERROR_KINDS = ['GRAPHQL_ERROR', 'REFUSAL'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface ErrorCodeDefinition {
  /** The default English message; the storefront shows its own translation of the code. */
  message: string;
  kind: ErrorKind;
}

export interface RegisteredErrorCode extends ErrorCodeDefinition {
  code: string;
  /** The library that registered it. */
  library: string;
}

const registry = new Map<string, RegisteredErrorCode>();

/**
 * The values of the schema's `ErrorCode` enum. Nest reads an enum's values when it builds the
 * schema, after every library has been imported and has registered its codes here.
 */
const errorCodeEnum: Record<string, string> = {};
registerEnumType(errorCodeEnum, {
  name: 'ErrorCode',
  description: 'Every stable error code the API answers with, in `extensions.code` or a refusal’s `errorCode`',
});
export const ErrorCodeEnum: Readonly<Record<string, string>> = errorCodeEnum;

/**
 * Adds a library's error codes to the one registry (call it once, in the library's
 * `errors.ts`) and returns the codes by name. A code another library already registered is
 * refused: a code means one thing everywhere.
 */
export function registerErrorCodes<const Codes extends Record<string, ErrorCodeDefinition>>(
  library: string,
  codes: Codes,
): { readonly [Code in keyof Codes]: Code } {
  for (const [code, definition] of Object.entries(codes)) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(code)) throw new Error(`Error code ${code} of ${library} is not UPPER_SNAKE_CASE`);
    const known = registry.get(code);
    if (known && known.library !== library) throw new Error(`Error code ${code} of ${library} is already ${known.library}'s`);
    registry.set(code, { code, library, ...definition });
    errorCodeEnum[code] = code;
  }
  return Object.fromEntries(Object.keys(codes).map((code) => [code, code])) as { readonly [Code in keyof Codes]: Code };
}

export function isRegisteredErrorCode(code: string): boolean {
  return registry.has(code);
}

/** The registered code, or undefined. */
export function errorCodeDefinition(code: string): RegisteredErrorCode | undefined {
  return registry.get(code);
}

/** Every registered code, sorted by code. */
export function registeredErrorCodes(): RegisteredErrorCode[] {
  return [...registry.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}
