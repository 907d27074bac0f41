import { Injectable } from '@nestjs/common';
import { AuditLog, Transactional, TxHost } from '@allmende/core';
import { DEFAULT_VALUES, nestGroup, PolicyKey, PolicyValue } from '../defaults';
import { PolicyVersion } from '../entities/policy-version.entity';
import { checkParameterChanges, ParameterValue } from '../parameters/parameters';

export interface PolicyChangeSource {
  reason: string;
  setBy: string | null;
  proposalId?: string | null;
  validFrom?: Date;
}

/** Reads the marketplace's parameters (the newest version in force, else the default) and writes new versions. */
@Injectable()
export class PolicyService {
  constructor(
    private readonly txHost: TxHost,
    private readonly audit: AuditLog,
  ) {}

  private get versions() {
    return this.txHost.tx.getRepository(PolicyVersion);
  }

  /** The version of each parameter in force at `at` (parameters still at their default have none). */
  currentVersions(at: Date = new Date()): Promise<PolicyVersion[]> {
    return this.versions
      .createQueryBuilder('v')
      .distinctOn(['v.key'])
      .where('v.valid_from <= :at', { at })
      .orderBy('v.key')
      .addOrderBy('v.valid_from', 'DESC')
      .addOrderBy('v.created_at', 'DESC')
      .getMany();
  }

  /** Every parameter's value in force at `at`, by key. */
  async values(at: Date = new Date()): Promise<Map<string, ParameterValue>> {
    const values = new Map(DEFAULT_VALUES);
    for (const row of await this.currentVersions(at)) if (values.has(row.key)) values.set(row.key, row.value);
    return values;
  }

  /** One group of parameters in force at `at`, nested (`current('fees').fairRateBp`). */
  async current<K extends PolicyKey>(group: K, at: Date = new Date()): Promise<PolicyValue<K>> {
    return nestGroup(group, await this.values(at));
  }

  /**
   * Writes new versions of parameters, each checked against its type and range first, so a
   * bad value writes nothing; the change goes into the audit log. Returns the versions written.
   */
  @Transactional()
  async change(changes: readonly { key: string; value: unknown }[], source: PolicyChangeSource): Promise<PolicyVersion[]> {
    const checked = checkParameterChanges(changes);
    const validFrom = source.validFrom ?? new Date();
    const versions = await this.versions.save(
      checked.map(({ key, value }) =>
        this.versions.create({
          key,
          value,
          validFrom,
          reason: source.reason,
          setBy: source.setBy,
          proposalId: source.proposalId ?? null,
        }),
      ),
    );
    await this.audit.record({
      action: 'policy.changed',
      actorAccountId: source.setBy,
      subject: source.proposalId ? { type: 'proposal', id: source.proposalId } : undefined,
      details: { changes: checked.map(({ key, value }) => ({ key, value })), reason: source.reason },
    });
    return versions;
  }

  /** The versions of one parameter (or all), newest first. */
  history(key?: string, limit = 200): Promise<PolicyVersion[]> {
    const query = this.versions
      .createQueryBuilder('v')
      .orderBy('v.valid_from', 'DESC')
      .addOrderBy('v.created_at', 'DESC')
      .limit(limit);
    if (key) query.where('v.key = :key', { key });
    return query.getMany();
  }

  /** Whether a proposal's changes were already written (the apply step's exactly-once check). */
  async appliedFor(proposalId: string): Promise<boolean> {
    return (await this.versions.countBy({ proposalId })) > 0;
  }
}
