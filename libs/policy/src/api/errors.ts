import { registerErrorCodes } from '@allmende/core';

/** Policy throws only core's codes so far; the registry call keeps the place for its own. */
export const PolicyErrors = registerErrorCodes('policy', {});
