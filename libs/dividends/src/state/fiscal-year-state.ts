import { defineMachine, stringEnum } from '@allmende/core';

export const FISCAL_YEAR_STATES = ['OPEN', 'CLOSED'] as const;
export type FiscalYearState = (typeof FISCAL_YEAR_STATES)[number];
export const FiscalYearStateEnum = stringEnum(
  'FiscalYearState',
  FISCAL_YEAR_STATES,
  'OPEN (costs may be entered) -> CLOSED (the figures are final; the allocation may run)',
);

/** A fiscal year closes once, after its last day; costs and hours are entered only while it is open. */
export const fiscalYearMachine = defineMachine<FiscalYearState>({
  name: 'Fiscal year',
  states: FISCAL_YEAR_STATES,
  transitions: { OPEN: ['CLOSED'], CLOSED: [] },
});
