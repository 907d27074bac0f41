import { errorCodeDefinition, ErrorCodeEnum, isRegisteredErrorCode, registerErrorCodes } from './error-codes';

describe('error-code registry', () => {
  it('registers a library’s codes with their kind and message, and returns them by name', () => {
    const codes = registerErrorCodes('spec-a', {
      SPEC_SHELF_EMPTY: { kind: 'REFUSAL', message: 'The shelf is empty' },
      SPEC_NO_TICKET: { kind: 'GRAPHQL_ERROR', message: 'Show your ticket' },
    });
    expect(codes).toEqual({ SPEC_SHELF_EMPTY: 'SPEC_SHELF_EMPTY', SPEC_NO_TICKET: 'SPEC_NO_TICKET' });
    expect(errorCodeDefinition('SPEC_SHELF_EMPTY')).toEqual({
      code: 'SPEC_SHELF_EMPTY',
      library: 'spec-a',
      kind: 'REFUSAL',
      message: 'The shelf is empty',
    });
    expect(ErrorCodeEnum.SPEC_NO_TICKET).toBe('SPEC_NO_TICKET');
    expect(isRegisteredErrorCode('SPEC_NEVER_REGISTERED')).toBe(false);
  });

  it('refuses a code another library registered, and one not in UPPER_SNAKE_CASE', () => {
    registerErrorCodes('spec-b', { SPEC_TAKEN: { kind: 'REFUSAL', message: 'Taken' } });
    expect(() => registerErrorCodes('spec-c', { SPEC_TAKEN: { kind: 'REFUSAL', message: 'Mine too' } })).toThrow(
      "Error code SPEC_TAKEN of spec-c is already spec-b's",
    );
    expect(() => registerErrorCodes('spec-c', { 'spec-lower': { kind: 'REFUSAL', message: 'x' } })).toThrow(
      'Error code spec-lower of spec-c is not UPPER_SNAKE_CASE',
    );
  });
});
