import { registerErrorCodes } from '@allmende/core';

export const MembershipErrors = registerErrorCodes('membership', {
  ALREADY_MEMBER: { kind: 'REFUSAL', message: 'This person or organisation already is a member (or has applied)' },
  MEMBER_CLASS_UNKNOWN: { kind: 'REFUSAL', message: 'There is no such member class' },
  MEMBERSHIP_TOO_FEW_SHARES: { kind: 'REFUSAL', message: 'This member class buys more shares at least' },
  MEMBER_NOT_SUSPENDED: { kind: 'REFUSAL', message: 'Only a suspended member can be reinstated' },
  SHARE_PURCHASE_NOT_PENDING: { kind: 'REFUSAL', message: 'This share purchase is no longer pending' },
});
