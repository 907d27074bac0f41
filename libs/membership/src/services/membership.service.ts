import { Injectable } from '@nestjs/common';
import { AuditLog, DomainError, ForbiddenError, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { AccountService, OrganisationService } from '@allmende/identity';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { PaymentsService, StartedPayment } from '@allmende/payments';
import { MEMBER_CLASSES, MemberClass, PolicyService } from '@allmende/policy';
import { Member } from '../entities/member.entity';
import { SharePurchase } from '../entities/share-purchase.entity';
import { ShareRegisterEntry } from '../entities/share-register-entry.entity';
import { StandingChange } from '../entities/standing-change.entity';
import { GOOD_STANDING, memberMachine, MemberStatus } from '../state/member-state';
import { ShareRegisterService } from './share-register.service';

/** The ledger kinds of membership: `share-purchase`/<purchase id>, `share-redemption`/<member id>, `share-transfer`/<transfer id>. */
export const MEMBERSHIP_LEDGER_KINDS = {
  PURCHASE: 'share-purchase',
  REDEMPTION: 'share-redemption',
  TRANSFER: 'share-transfer',
} as const;

/** What the co-op owes a member who left, until it is paid out. */
export const memberPayable = (memberId: string) => `member:${memberId}:payable`;

const CURRENCY = 'EUR';
const DAY_MS = 86_400_000;

export interface ElectorMember {
  memberId: string;
  memberClass: MemberClass;
  /** Who acts for the member: the person, or the organisation's applicant. */
  accountId: string;
}

/** A transfer of shares between two members, as both sides' register lines record it. */
export interface ShareTransfer {
  /** The register's and the ledger's reference: `transfer:<sender id>:<idempotency key>`. */
  reference: string;
  from: Member;
  to: Member;
  shares: number;
  /** The nominal value moved, minor units. */
  capital: number;
  recordedAt: Date;
}

export interface SharePurchaseStarted {
  member: Member;
  purchase: SharePurchase;
  payment: StartedPayment;
}

/** Joining, share purchases, standing and leaving. The share register is written only here. */
@Injectable()
export class MembershipService {
  constructor(
    private readonly txHost: TxHost,
    private readonly policy: PolicyService,
    private readonly payments: PaymentsService,
    private readonly ledger: LedgerService,
    private readonly organisations: OrganisationService,
    private readonly accounts: AccountService,
    private readonly register: ShareRegisterService,
    private readonly audit: AuditLog,
  ) {}

  private get members() {
    return this.txHost.tx.getRepository(Member);
  }

  private get purchases() {
    return this.txHost.tx.getRepository(SharePurchase);
  }

  async get(memberId: string): Promise<Member> {
    const member = await this.members.findOneBy({ id: memberId });
    if (!member) throw new NotFoundError('Member', memberId);
    return member;
  }

  findByIds(ids: readonly string[]): Promise<Member[]> {
    return ids.length ? this.members.createQueryBuilder('m').where('m.id IN (:...ids)', { ids }).getMany() : Promise.resolve([]);
  }

  /** Each member's name (the person's display name or the organisation's name), in the order asked. */
  async namesOf(memberIds: readonly string[]): Promise<string[]> {
    const members = await this.findByIds(memberIds);
    const accountIds = members.flatMap((member) => (member.accountId ? [member.accountId] : []));
    const organisationIds = members.flatMap((member) => (member.organisationId ? [member.organisationId] : []));
    const [accounts, organisations] = await Promise.all([
      this.accounts.findByIds(accountIds),
      this.organisations.findByIds(organisationIds),
    ]);
    const names = new Map<string, string>([
      ...accounts.map((account) => [account.id, account.displayName] as const),
      ...organisations.map((organisation) => [organisation.id, organisation.name] as const),
    ]);
    const byId = new Map(members.map((member) => [member.id, names.get(member.accountId ?? member.organisationId ?? '') ?? '']));
    return memberIds.map((id) => byId.get(id) ?? '');
  }

  /** The viewer's own membership and those of organisations the viewer owns, newest first. */
  async ofViewer(viewer: Viewer): Promise<Member[]> {
    const owned = (await this.organisations.membershipsOfAccounts([viewer.accountId]))
      .filter((membership) => membership.role === 'OWNER')
      .map((membership) => membership.organisationId);
    const query = this.members.createQueryBuilder('m').where('m.account_id = :account', { account: viewer.accountId });
    if (owned.length) query.orWhere('m.organisation_id IN (:...owned)', { owned });
    return query.orderBy('m.created_at', 'DESC').getMany();
  }

  /** The membership the viewer acts as: the one named (theirs or an organisation's they own), else their own live one. */
  async actingAs(viewer: Viewer, memberId?: string | null): Promise<Member | null> {
    const mine = await this.ofViewer(viewer);
    if (memberId) {
      const member = mine.find((candidate) => candidate.id === memberId);
      if (!member) throw new ForbiddenError('You do not act for this member');
      return member;
    }
    return mine.find((member) => member.accountId === viewer.accountId && !['LEFT', 'CANCELLED'].includes(member.status)) ?? null;
  }

  /** Throws unless the viewer acts for the member or is staff. */
  async assertCanSee(viewer: Viewer, memberId: string): Promise<Member> {
    if (viewer.platformRole === 'STAFF') return this.get(memberId);
    const member = (await this.ofViewer(viewer)).find((candidate) => candidate.id === memberId);
    if (!member) throw new ForbiddenError('You do not act for this member');
    return member;
  }

  /**
   * Applies for membership of a class by ordering at least its minimum of shares, and starts
   * the payment. The member is admitted only when the payment succeeds ({@link purchasePaid}).
   * The provider is called after the application's transaction has committed.
   */
  async join(
    viewer: Viewer,
    input: { memberClass: MemberClass; shares: number; organisationId?: string | null },
  ): Promise<SharePurchaseStarted> {
    const { member, purchase } = await this.apply(viewer, input);
    return { member, purchase, payment: await this.startPayment(purchase) };
  }

  @Transactional()
  private async apply(
    viewer: Viewer,
    input: { memberClass: MemberClass; shares: number; organisationId?: string | null },
  ): Promise<{ member: Member; purchase: SharePurchase }> {
    if (!MEMBER_CLASSES.includes(input.memberClass)) {
      throw new DomainError('MEMBER_CLASS_UNKNOWN', `There is no member class ${input.memberClass}`);
    }
    if (input.organisationId) await this.organisations.assertActsFor(viewer, input.organisationId, 'OWNER');
    const { minShares } = await this.policy.current('membership');
    await this.assertEnoughShares(input.memberClass, input.shares, minShares[input.memberClass]);
    const owner = input.organisationId ? { organisationId: input.organisationId } : { accountId: viewer.accountId };
    // A person or organisation is a member once: the partial unique indexes settle a race.
    const live = await this.members
      .createQueryBuilder('m')
      .where(input.organisationId ? 'm.organisation_id = :id' : 'm.account_id = :id', {
        id: input.organisationId ?? viewer.accountId,
      })
      .andWhere(`m.status NOT IN ('LEFT', 'CANCELLED')`)
      .getOne();
    if (live)
      throw new DomainError('ALREADY_MEMBER', 'This person or organisation already is a member (or has applied)', {
        memberId: live.id,
      });
    const member = await this.members.save(
      this.members.create({ ...owner, appliedBy: viewer.accountId, memberClass: input.memberClass }),
    );
    return { member: await this.get(member.id), purchase: await this.order(member, input.shares) };
  }

  private async assertEnoughShares(memberClass: MemberClass, shares: number, minimum: number): Promise<void> {
    if (!Number.isSafeInteger(shares) || shares < minimum) {
      throw new DomainError(
        'MEMBERSHIP_TOO_FEW_SHARES',
        `A ${memberClass.toLowerCase()} member buys at least ${minimum} share${minimum === 1 ? '' : 's'}`,
        { minimum, fields: { shares: [`at least ${minimum}`] } },
      );
    }
  }

  private async order(member: Member, shares: number): Promise<SharePurchase> {
    const { sharePrice } = await this.policy.current('membership');
    return this.purchases.save(
      this.purchases.create({ memberId: member.id, shares, sharePrice, amount: shares * sharePrice, currency: CURRENCY }),
    );
  }

  /** More shares for a member in good standing, paid the same way. */
  async buyShares(viewer: Viewer, memberId: string, shares: number): Promise<SharePurchaseStarted> {
    const purchase = await this.orderMore(viewer, memberId, shares);
    return { member: await this.get(memberId), purchase, payment: await this.startPayment(purchase) };
  }

  @Transactional()
  private async orderMore(viewer: Viewer, memberId: string, shares: number): Promise<SharePurchase> {
    const member = await this.actingAs(viewer, memberId);
    if (!member || !GOOD_STANDING.includes(member.status)) {
      throw new DomainError('MEMBER_NOT_IN_GOOD_STANDING', 'Only a member in good standing can buy more shares');
    }
    await this.assertEnoughShares(member.memberClass, shares, 1);
    return this.order(member, shares);
  }

  /** Starts (or resumes) the payment of a pending purchase: idempotent by purchase. */
  async payForShares(viewer: Viewer, purchaseId: string): Promise<SharePurchaseStarted> {
    const purchase = await this.purchases.findOneBy({ id: purchaseId });
    if (!purchase) throw new NotFoundError('Share purchase', purchaseId);
    // Only the member pays for its shares (staff see members, but never act for them).
    const member = (await this.actingAs(viewer, purchase.memberId))!;
    if (purchase.status !== 'PENDING')
      throw new DomainError('SHARE_PURCHASE_NOT_PENDING', `This purchase is ${purchase.status.toLowerCase()}`);
    return { member, purchase, payment: await this.startPayment(purchase) };
  }

  private async startPayment(purchase: SharePurchase): Promise<StartedPayment> {
    const payment = await this.payments.startPayment({
      checkoutId: purchase.id,
      amount: { amount: purchase.amount, currency: purchase.currency },
      description: `Allmende: ${purchase.shares} co-operative share${purchase.shares === 1 ? '' : 's'}`,
    });
    if (!purchase.paymentId) await this.purchases.update(purchase.id, { paymentId: payment.paymentId });
    return payment;
  }

  /** The purchase (if any) a payment reference names: the payment subscriber asks before acting. */
  findPurchase(purchaseId: string): Promise<SharePurchase | null> {
    return this.purchases.findOneBy({ id: purchaseId });
  }

  /**
   * The payment for a share purchase succeeded: the shares enter the register, the capital
   * the ledger (provider:clearing to member:<id>:capital), and an applicant becomes a member.
   * Idempotent: a second delivery of the same success changes nothing.
   */
  @Transactional()
  async purchasePaid(event: { purchaseId: string; amount: { amount: number; currency: string } }): Promise<boolean> {
    const purchase = await this.purchases.findOne({ where: { id: event.purchaseId }, lock: { mode: 'pessimistic_write' } });
    if (!purchase || purchase.status === 'PAID') return false;
    if (event.amount.amount !== purchase.amount || event.amount.currency !== purchase.currency) {
      throw new DomainError(
        'PAYMENT_AMOUNT_MISMATCH',
        `Share purchase ${purchase.id} is ${purchase.amount} ${purchase.currency}`,
      );
    }
    const now = new Date();
    await this.purchases.update(purchase.id, { status: 'PAID', paidAt: now });
    await this.txHost.tx.getRepository(ShareRegisterEntry).insert({
      memberId: purchase.memberId,
      movement: 'PURCHASE',
      shares: purchase.shares,
      sharePrice: purchase.sharePrice,
      currency: purchase.currency,
      reference: purchase.id,
      recordedAt: now,
    });
    await this.ledger.post({
      kind: MEMBERSHIP_LEDGER_KINDS.PURCHASE,
      reference: purchase.id,
      description: `${purchase.shares} shares paid`,
      entries: [
        { account: LedgerAccounts.PROVIDER_CLEARING, amount: { amount: purchase.amount, currency: purchase.currency } },
        {
          account: LedgerAccounts.memberCapital(purchase.memberId),
          amount: { amount: -purchase.amount, currency: purchase.currency },
        },
      ],
    });
    const member = await this.lock(purchase.memberId);
    if (member.status === 'APPLIED') await this.move(member, 'ACTIVE', 'Shares paid', null, { joinedAt: now });
    return true;
  }

  /** An applicant withdraws before paying. */
  @Transactional()
  async cancelApplication(viewer: Viewer, memberId: string): Promise<Member> {
    await this.actingAs(viewer, memberId);
    const member = await this.lock(memberId);
    await this.move(member, 'CANCELLED', 'Application withdrawn', viewer.accountId);
    await this.purchases.update({ memberId, status: 'PENDING' }, { status: 'CANCELLED' });
    return member;
  }

  @Transactional()
  async suspend(staff: Viewer, memberId: string, reason: string): Promise<Member> {
    const member = await this.lock(memberId);
    await this.move(member, 'SUSPENDED', reason, staff.accountId);
    await this.audit.record({
      action: 'member.suspended',
      actorAccountId: staff.accountId,
      subject: { type: 'member', id: memberId },
      details: { reason },
    });
    return member;
  }

  @Transactional()
  async reinstate(staff: Viewer, memberId: string, reason: string): Promise<Member> {
    const member = await this.lock(memberId);
    if (member.status !== 'SUSPENDED') throw new DomainError('MEMBER_NOT_SUSPENDED', 'Only a suspended member can be reinstated');
    await this.move(member, 'ACTIVE', reason, staff.accountId);
    await this.audit.record({
      action: 'member.reinstated',
      actorAccountId: staff.accountId,
      subject: { type: 'member', id: memberId },
      details: { reason },
    });
    return member;
  }

  /** Gives notice: the shares are redeemed at nominal value when the policy's notice period has run. */
  @Transactional()
  async giveNotice(viewer: Viewer, memberId: string): Promise<Member> {
    await this.actingAs(viewer, memberId);
    const member = await this.lock(memberId);
    const { noticeDays } = await this.policy.current('membership');
    const now = new Date();
    await this.move(member, 'LEAVING', `Notice given; leaves after ${noticeDays} days`, viewer.accountId, {
      noticeGivenAt: now,
      leavesAt: new Date(now.getTime() + noticeDays * DAY_MS),
    });
    return member;
  }

  /**
   * Redeems the shares of every member whose notice period ended by `now` (the scheduled
   * job's work): a REDEMPTION line for the holding, the capital moved to what the co-op owes
   * the member (member:<id>:payable), and the member LEFT. Rows are taken with SKIP LOCKED, so
   * two workers never redeem the same member.
   */
  @Transactional()
  async redeemDue(now: Date, limit = 200): Promise<number> {
    const due = await this.members
      .createQueryBuilder('m')
      .where(`m.status = 'LEAVING' AND m.leaves_at <= :now`, { now })
      .orderBy('m.leaves_at')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    for (const member of due) {
      let capital = 0;
      for (const { sharePrice, shares } of heldByPrice(await this.register.history(member.id))) {
        capital += shares * sharePrice;
        await this.txHost.tx.getRepository(ShareRegisterEntry).insert({
          memberId: member.id,
          movement: 'REDEMPTION',
          shares: -shares,
          sharePrice,
          currency: CURRENCY,
          reference: `redemption:${member.id}`,
          recordedAt: now,
        });
      }
      if (capital > 0) {
        await this.ledger.post({
          kind: MEMBERSHIP_LEDGER_KINDS.REDEMPTION,
          reference: member.id,
          description: 'Shares redeemed at nominal value after notice',
          entries: [
            { account: LedgerAccounts.memberCapital(member.id), amount: { amount: capital, currency: CURRENCY } },
            { account: memberPayable(member.id), amount: { amount: -capital, currency: CURRENCY } },
          ],
        });
      }
      await this.move(member, 'LEFT', 'Notice period ended; shares redeemed', null, { leftAt: now });
    }
    return due.length;
  }

  /**
   * Transfers shares to another active member, at nominal value: per share price
   * (the oldest first) a TRANSFER_OUT line for the sender and a TRANSFER_IN line for the
   * recipient, and the capital moved from the sender's capital account to the recipient's. The
   * sender keeps at least its class's minimum. Idempotent by the key: the same key again
   * returns the transfer already made and writes nothing.
   */
  @Transactional()
  async transferShares(
    viewer: Viewer,
    input: { fromMemberId: string; toMemberNumber: number; shares: number; idempotencyKey: string },
  ): Promise<ShareTransfer> {
    await this.actingAs(viewer, input.fromMemberId);
    const recipient = await this.members.findOneBy({ number: input.toMemberNumber });
    if (!recipient) throw new NotFoundError('Member', `#${input.toMemberNumber}`);
    if (recipient.id === input.fromMemberId) {
      throw new DomainError('SHARE_TRANSFER_TO_SELF', 'Shares are transferred to another member');
    }
    // Both rows locked in id order, so two transfers between the same members never deadlock.
    for (const id of [input.fromMemberId, recipient.id].sort()) await this.lock(id);
    const from = await this.get(input.fromMemberId);
    const to = await this.get(recipient.id);
    const reference = `transfer:${from.id}:${input.idempotencyKey}`;
    const done = await this.txHost.tx
      .getRepository(ShareRegisterEntry)
      .findBy({ memberId: from.id, movement: 'TRANSFER_OUT', reference });
    if (done.length) return transferOf(reference, from, to, done);
    if (!GOOD_STANDING.includes(from.status)) {
      throw new DomainError('MEMBER_NOT_IN_GOOD_STANDING', `Your membership is ${from.status.toLowerCase()}`);
    }
    // A member who gave notice is leaving with what it holds: it receives no more.
    if (to.status !== 'ACTIVE') {
      throw new DomainError(
        'SHARE_TRANSFER_RECIPIENT_NOT_IN_GOOD_STANDING',
        `Member #${to.number} is ${to.status.toLowerCase()}`,
      );
    }
    const lots = heldByPrice(await this.register.history(from.id));
    const held = lots.reduce((sum, lot) => sum + lot.shares, 0);
    const { minShares } = await this.policy.current('membership');
    const minimum = minShares[from.memberClass];
    if (!Number.isSafeInteger(input.shares) || input.shares < 1 || held - input.shares < minimum) {
      throw new DomainError(
        'SHARE_TRANSFER_BELOW_MINIMUM',
        `You hold ${held} shares and keep at least ${minimum}: at most ${Math.max(held - minimum, 0)} can be transferred`,
        { held, minimum, fields: { shares: [`at most ${Math.max(held - minimum, 0)}`] } },
      );
    }
    const now = new Date();
    const lines: ShareRegisterEntry[] = [];
    let remaining = input.shares;
    for (const lot of lots) {
      const shares = Math.min(lot.shares, remaining);
      if (shares === 0) continue;
      remaining -= shares;
      const line = { sharePrice: lot.sharePrice, currency: CURRENCY, reference, recordedAt: now };
      const [out] = await this.txHost.tx.getRepository(ShareRegisterEntry).save([
        { ...line, memberId: from.id, movement: 'TRANSFER_OUT' as const, shares: -shares, counterpartyMemberId: to.id },
        { ...line, memberId: to.id, movement: 'TRANSFER_IN' as const, shares, counterpartyMemberId: from.id },
      ]);
      lines.push(out);
    }
    const transfer = transferOf(reference, from, to, lines);
    await this.ledger.post({
      kind: MEMBERSHIP_LEDGER_KINDS.TRANSFER,
      reference,
      description: `${transfer.shares} shares transferred from member #${from.number} to member #${to.number}`,
      entries: [
        { account: LedgerAccounts.memberCapital(from.id), amount: { amount: transfer.capital, currency: CURRENCY } },
        { account: LedgerAccounts.memberCapital(to.id), amount: { amount: -transfer.capital, currency: CURRENCY } },
      ],
    });
    return transfer;
  }

  /**
   * New shares paid for by a member's dividend (dividends' payout): a PURCHASE line at the given
   * share price with `reference` (e.g. `dividend:<allocationId>`). Idempotent by the register's
   * unique (member, movement, reference, price): a repeat writes nothing. The capital is booked by
   * the caller's ledger posting (dividends payable to member:<id>:capital).
   */
  async issueDividendShares(input: {
    memberId: string;
    shares: number;
    sharePrice: number;
    reference: string;
    at: Date;
  }): Promise<boolean> {
    const inserted = await this.txHost.tx
      .createQueryBuilder()
      .insert()
      .into(ShareRegisterEntry)
      .values({
        memberId: input.memberId,
        movement: 'PURCHASE',
        shares: input.shares,
        sharePrice: input.sharePrice,
        currency: CURRENCY,
        reference: input.reference,
        recordedAt: input.at,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  /** Members in good standing at this moment, with their class: the electorate a vote freezes. */
  async inGoodStanding(): Promise<ElectorMember[]> {
    const rows = await this.members
      .createQueryBuilder('m')
      .select(['m.id', 'm.memberClass', 'm.accountId', 'm.appliedBy'])
      .where('m.status IN (:...statuses)', { statuses: GOOD_STANDING })
      .getMany();
    return rows.map((member) => ({
      memberId: member.id,
      memberClass: member.memberClass,
      accountId: member.accountId ?? member.appliedBy,
    }));
  }

  standingHistory(memberId: string): Promise<StandingChange[]> {
    return this.txHost.tx.getRepository(StandingChange).find({ where: { memberId }, order: { createdAt: 'ASC' } });
  }

  purchasesOf(memberId: string): Promise<SharePurchase[]> {
    return this.purchases.find({ where: { memberId }, order: { createdAt: 'DESC' } });
  }

  /** Members by status, newest first (staff). */
  list(status: MemberStatus | null, limit: number): Promise<Member[]> {
    const query = this.members.createQueryBuilder('m').orderBy('m.number', 'DESC').limit(limit);
    if (status) query.where('m.status = :status', { status });
    return query.getMany();
  }

  private async lock(memberId: string): Promise<Member> {
    const member = await this.members.findOne({ where: { id: memberId }, lock: { mode: 'pessimistic_write' } });
    if (!member) throw new NotFoundError('Member', memberId);
    return member;
  }

  private async move(
    member: Member,
    to: MemberStatus,
    reason: string,
    by: string | null,
    changes: Partial<Member> = {},
  ): Promise<void> {
    memberMachine.assert(member.status, to);
    const from = member.status;
    Object.assign(member, changes, { status: to });
    await this.members.update(member.id, { ...changes, status: to });
    await this.txHost.tx
      .getRepository(StandingChange)
      .insert({ memberId: member.id, fromStatus: from, toStatus: to, reason, changedBy: by });
  }
}

/** A member's holding per share price, in the order each price was first bought (the oldest lot is transferred first). */
function heldByPrice(lines: readonly ShareRegisterEntry[]): { sharePrice: number; shares: number }[] {
  const byPrice = new Map<number, number>();
  for (const line of lines) byPrice.set(line.sharePrice, (byPrice.get(line.sharePrice) ?? 0) + line.shares);
  return [...byPrice].map(([sharePrice, shares]) => ({ sharePrice, shares })).filter((lot) => lot.shares > 0);
}

function transferOf(reference: string, from: Member, to: Member, outLines: readonly ShareRegisterEntry[]): ShareTransfer {
  return {
    reference,
    from,
    to,
    shares: outLines.reduce((sum, line) => sum - line.shares, 0),
    capital: outLines.reduce((sum, line) => sum - line.shares * line.sharePrice, 0),
    recordedAt: outLines[0].recordedAt,
  };
}
