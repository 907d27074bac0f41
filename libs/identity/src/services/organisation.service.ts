import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  AuditLog,
  Connection,
  DomainError,
  ForbiddenError,
  JobQueue,
  keysetPage,
  NotFoundError,
  Transactional,
  TxHost,
  Viewer,
} from '@allmende/core';
import { Account } from '../entities/account.entity';
import { Organisation, OrganisationKind, VERIFIABLE_KINDS } from '../entities/organisation.entity';
import { OrganisationMember, OrganisationRole } from '../entities/organisation-member.entity';
import { OrganisationVerificationRefused, OrganisationVerified } from '../events/account-events';
import { normaliseEmail } from './account.service';

export type LegalDetails = Partial<
  Pick<
    Organisation,
    | 'legalName'
    | 'street'
    | 'postalCode'
    | 'city'
    | 'country'
    | 'vatId'
    | 'imprint'
    | 'terms'
    | 'withdrawalPolicy'
    | 'payoutAccount'
  >
>;

export interface OrganisationFilter {
  kind?: OrganisationKind | null;
  verified?: boolean | null;
}

@Injectable()
export class OrganisationService {
  constructor(
    private readonly txHost: TxHost,
    private readonly audit: AuditLog,
    private readonly jobs: JobQueue,
  ) {}

  private get organisations() {
    return this.txHost.tx.getRepository(Organisation);
  }

  private get members() {
    return this.txHost.tx.getRepository(OrganisationMember);
  }

  @Transactional()
  async create(viewer: Viewer, input: { name: string; kind: OrganisationKind } & LegalDetails): Promise<Organisation> {
    const organisation = await this.organisations.save(this.organisations.create({ ...input, name: input.name.trim() }));
    await this.members.insert({ organisationId: organisation.id, accountId: viewer.accountId, role: 'OWNER' });
    return organisation;
  }

  @Transactional()
  async update(viewer: Viewer, id: string, changes: { name?: string } & LegalDetails): Promise<Organisation> {
    const organisation = await this.getForOwner(viewer, id);
    if (changes.payoutAccount !== undefined && changes.payoutAccount !== organisation.payoutAccount) {
      await this.audit.record({
        action: 'organisation.payout_account_changed',
        actorAccountId: viewer.accountId,
        subject: { type: 'organisation', id },
        // The last four characters only: enough to recognise, too little to misuse.
        details: { from: lastFour(organisation.payoutAccount), to: lastFour(changes.payoutAccount) },
      });
    }
    return this.organisations.save(this.organisations.merge(organisation, changes));
  }

  /** A platform worker confirms a co-operative (for wholesale) or an NGO (for donations) is what it says. */
  @Transactional()
  async verify(viewer: Viewer, id: string): Promise<Organisation> {
    if (viewer.platformRole !== 'STAFF') throw new ForbiddenError('Only platform staff can verify organisations');
    const organisation = await this.get(id);
    if (!VERIFIABLE_KINDS.includes(organisation.kind)) {
      throw new DomainError(
        'NOT_VERIFIABLE',
        `Only co-operatives and NGOs are verified; ${organisation.name} is a ${organisation.kind.toLowerCase()}`,
      );
    }
    if (organisation.verifiedAt) return organisation;
    Object.assign(organisation, {
      verifiedAt: new Date(),
      verifiedBy: viewer.accountId,
      verificationRefusedAt: null,
      verificationRefusalReason: null,
    });
    await this.audit.record({
      action: 'organisation.verified',
      actorAccountId: viewer.accountId,
      subject: { type: 'organisation', id },
    });
    await this.jobs.publish(new OrganisationVerified({ organisationId: id }));
    return this.organisations.save(organisation);
  }

  /** Staff decline to verify for now, with the reason the organisation is told; it stays in the queue until it is verified. */
  @Transactional()
  async refuseVerification(viewer: Viewer, id: string, reason: string): Promise<Organisation> {
    if (viewer.platformRole !== 'STAFF') throw new ForbiddenError('Only platform staff can refuse a verification');
    const organisation = await this.get(id);
    if (organisation.verifiedAt) {
      throw new DomainError('ALREADY_VERIFIED', `${organisation.name} is verified already`);
    }
    if (!VERIFIABLE_KINDS.includes(organisation.kind)) {
      throw new DomainError('NOT_VERIFIABLE', `Only co-operatives and NGOs are verified; ${organisation.name} is not one`);
    }
    Object.assign(organisation, { verificationRefusedAt: new Date(), verificationRefusalReason: reason.trim() });
    await this.audit.record({
      action: 'organisation.verification_refused',
      actorAccountId: viewer.accountId,
      subject: { type: 'organisation', id },
      details: { reason: organisation.verificationRefusalReason },
    });
    await this.jobs.publish(
      new OrganisationVerificationRefused({ organisationId: id, reason: organisation.verificationRefusalReason! }),
    );
    return this.organisations.save(organisation);
  }

  /** Co-operatives and NGOs waiting for verification, oldest first, for platform staff. */
  async verificationQueue(viewer: Viewer, first: number, after?: string | null): Promise<Connection<Organisation>> {
    if (viewer.platformRole !== 'STAFF') throw new ForbiddenError('Only platform staff see the verification queue');
    const query = this.organisations
      .createQueryBuilder('o')
      .where('o.verified_at IS NULL AND o.kind IN (:...kinds)', { kinds: [...VERIFIABLE_KINDS] });
    return keysetPage(query, first, after, {
      sortColumn: 'o.created_at',
      idColumn: 'o.id',
      direction: 'ASC',
      sortPart: 'timestamp',
      cursorOf: (o) => [o.createdAt.toISOString(), o.id],
    });
  }

  /** The accounts that own an organisation (who hear about its verification). */
  async ownersOf(organisationId: string): Promise<Account[]> {
    return this.txHost.tx
      .getRepository(Account)
      .createQueryBuilder('a')
      .innerJoin(OrganisationMember, 'm', 'm.account_id = a.id')
      .where("m.organisation_id = :organisationId AND m.role = 'OWNER'", { organisationId })
      .orderBy('a.email')
      .getMany();
  }

  @Transactional()
  async addStaff(viewer: Viewer, organisationId: string, email: string, role: OrganisationRole): Promise<OrganisationMember> {
    await this.getForOwner(viewer, organisationId);
    const account = await this.txHost.tx.getRepository(Account).findOneBy({ email: normaliseEmail(email) });
    if (!account) throw new DomainError('ACCOUNT_NOT_FOUND', `No account is registered with ${normaliseEmail(email)}`);
    await this.members.upsert({ organisationId, accountId: account.id, role }, ['organisationId', 'accountId']);
    await this.audit.record({
      action: 'organisation.staff_added',
      actorAccountId: viewer.accountId,
      subject: { type: 'organisation', id: organisationId },
      details: { accountId: account.id, role },
    });
    return this.members.findOneByOrFail({ organisationId, accountId: account.id });
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw new NotFoundError('Organisation', id);
    return organisation;
  }

  async roleOf(accountId: string, organisationId: string): Promise<OrganisationRole | null> {
    const member = await this.members.findOneBy({ accountId, organisationId });
    return member?.role ?? null;
  }

  /** Throws unless the viewer is an owner or staff of the organisation (staff act for it; only owners change it). */
  async assertActsFor(viewer: Viewer, organisationId: string, required: OrganisationRole = 'STAFF'): Promise<void> {
    const role = await this.roleOf(viewer.accountId, organisationId);
    if (!role || (required === 'OWNER' && role !== 'OWNER')) {
      throw new ForbiddenError(
        required === 'OWNER' ? 'Only an owner of this organisation can change it' : 'You do not act for this organisation',
      );
    }
  }

  /** Memberships of several accounts at once, each with its organisation loaded. */
  async membershipsOfAccounts(accountIds: readonly string[]): Promise<OrganisationMember[]> {
    return this.members.find({
      where: { accountId: In([...accountIds]) },
      relations: { organisation: true },
      order: { createdAt: 'ASC' },
    });
  }

  async staffOfOrganisations(organisationIds: readonly string[]): Promise<OrganisationMember[]> {
    return this.members.find({ where: { organisationId: In([...organisationIds]) }, order: { createdAt: 'ASC' } });
  }

  async findByIds(ids: readonly string[]): Promise<Organisation[]> {
    return ids.length ? this.organisations.findBy({ id: In([...ids]) }) : [];
  }

  async list(filter: OrganisationFilter, first: number, after?: string | null): Promise<Connection<Organisation>> {
    const query = this.organisations.createQueryBuilder('o');
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.verified != null) query.andWhere(filter.verified ? 'o.verified_at IS NOT NULL' : 'o.verified_at IS NULL');
    return keysetPage(query, first, after, {
      sortColumn: 'o.name',
      idColumn: 'o.id',
      direction: 'ASC',
      sortPart: 'text',
      cursorOf: (o) => [o.name, o.id],
    });
  }

  private async getForOwner(viewer: Viewer, id: string): Promise<Organisation> {
    const organisation = await this.get(id);
    await this.assertActsFor(viewer, id, 'OWNER');
    return organisation;
  }
}

/** The end of an account number, to recognise it in the audit log without keeping it there. */
function lastFour(account: string | null | undefined): string | null {
  return account ? account.slice(-4) : null;
}
