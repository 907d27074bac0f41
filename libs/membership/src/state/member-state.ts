import { defineMachine, stringEnum } from '@allmende/core';

export const MEMBER_STATUSES = ['APPLIED', 'ACTIVE', 'SUSPENDED', 'LEAVING', 'LEFT', 'CANCELLED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MemberStatusEnum = stringEnum(
  'MemberStatus',
  MEMBER_STATUSES,
  'APPLIED until the shares are paid; ACTIVE; SUSPENDED by staff; LEAVING after notice; LEFT once the shares are redeemed; CANCELLED before admission',
);

/**
 * Every move a membership may make. A member is admitted (APPLIED -> ACTIVE) only by the
 * payment for its shares succeeding; staff suspend and reinstate; notice starts LEAVING, and
 * the redemption at the end of the notice period makes it LEFT.
 */
export const memberMachine = defineMachine<MemberStatus, { status: MemberStatus }>({
  name: 'Membership',
  states: MEMBER_STATUSES,
  key: 'status',
  transitions: {
    APPLIED: ['ACTIVE', 'CANCELLED'],
    ACTIVE: ['SUSPENDED', 'LEAVING'],
    SUSPENDED: ['ACTIVE', 'LEAVING'],
    LEAVING: ['LEFT'],
    LEFT: [],
    CANCELLED: [],
  },
});

/** Members in good standing: paid for their shares and not suspended (a leaving member still is, until it has left). */
export const GOOD_STANDING: readonly MemberStatus[] = ['ACTIVE', 'LEAVING'];
