import { registerErrorCodes } from '@allmende/core';

export const DividendErrors = registerErrorCodes('dividends', {
  FISCAL_YEAR_OVERLAPS: { kind: 'REFUSAL', message: 'This period overlaps another fiscal year' },
  FISCAL_YEAR_CLOSED: { kind: 'REFUSAL', message: 'This fiscal year is closed; nothing more can be entered for it' },
  FISCAL_YEAR_NOT_ENDED: { kind: 'REFUSAL', message: 'A fiscal year closes only after its last day' },
  FISCAL_YEAR_NOT_CLOSED: { kind: 'REFUSAL', message: 'Close the fiscal year before running its allocation' },
  WORKER_HOURS_INVALID: { kind: 'REFUSAL', message: 'Hours are more than zero and at most 24 a day, in hundredths' },
  NOT_A_WORKER_MEMBER: { kind: 'REFUSAL', message: 'Hours are recorded for worker members only' },
  IBAN_INVALID: { kind: 'REFUSAL', message: 'This IBAN is not valid' },
  DIVIDEND_CHOICE_CLOSED: {
    kind: 'REFUSAL',
    message: 'An allocation has been run; the payout choice can change again once it is paid or rejected',
  },
  DIVIDEND_ALLOCATION_NOT_DRAFT: { kind: 'REFUSAL', message: 'Only a draft allocation can be proposed' },
  DIVIDEND_NOTHING_TO_ALLOCATE: { kind: 'REFUSAL', message: 'There is no surplus to allocate this year' },
  DIVIDEND_NOT_APPROVED: { kind: 'REFUSAL', message: 'Only an allocation the members approved by vote can be paid' },
  DIVIDEND_ALLOCATION_REJECTED: { kind: 'REFUSAL', message: 'The members did not approve this allocation; it cannot be paid' },
  DIVIDEND_NO_BANK_TRANSFERS: { kind: 'REFUSAL', message: 'This payout has no bank transfers' },
});
