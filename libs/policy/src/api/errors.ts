import { registerErrorCodes } from '@allmende/core';

export const PolicyErrors = registerErrorCodes('policy', {
  POLICY_PARAMETER_UNKNOWN: { kind: 'REFUSAL', message: 'There is no such policy parameter' },
  POLICY_VALUE_OUT_OF_RANGE: { kind: 'REFUSAL', message: 'The value is outside the parameter’s range' },
  FEE_CURRENCY_UNSUPPORTED: { kind: 'REFUSAL', message: 'The marketplace’s fees are set in another currency' },
  POLICY_VALUE_WRONG_TYPE: { kind: 'REFUSAL', message: 'The value is not of the parameter’s type' },
});
