import { registerErrorCodes } from '@allmende/core';

export const MembershipErrors = registerErrorCodes('membership', {
  ALREADY_MEMBER: { kind: 'REFUSAL', message: 'This person or organisation already is a member (or has applied)' },
  MEMBER_CLASS_UNKNOWN: { kind: 'REFUSAL', message: 'There is no such member class' },
  MEMBERSHIP_TOO_FEW_SHARES: { kind: 'REFUSAL', message: 'This member class buys more shares at least' },
  MEMBER_NOT_SUSPENDED: { kind: 'REFUSAL', message: 'Only a suspended member can be reinstated' },
  SHARE_TRANSFER_TO_SELF: { kind: 'REFUSAL', message: 'Shares are transferred to another member' },
  SHARE_TRANSFER_RECIPIENT_NOT_IN_GOOD_STANDING: {
    kind: 'REFUSAL',
    message: 'The member receiving the shares is not in good standing',
  },
  SHARE_TRANSFER_BELOW_MINIMUM: {
    kind: 'REFUSAL',
    message: 'A transfer leaves the sender at least its class’s minimum of shares',
  },
  SHARE_PURCHASE_NOT_PENDING: { kind: 'REFUSAL', message: 'This share purchase is no longer pending' },
});
