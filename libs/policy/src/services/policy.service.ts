import { Injectable } from '@nestjs/common';
import { TxHost } from '@allmende/core';
import { DEFAULT_POLICY, PolicyKey, PolicyValue } from '../defaults';
import { PolicyVersion } from '../entities/policy-version.entity';

/** Reads the marketplace's parameters: the newest version in force, else the default. */
@Injectable()
export class PolicyService {
  constructor(private readonly txHost: TxHost) {}

  async current<K extends PolicyKey>(key: K, at: Date = new Date()): Promise<PolicyValue<K>> {
    const version = await this.txHost.tx
      .getRepository(PolicyVersion)
      .createQueryBuilder('v')
      .where('v.key = :key AND v.valid_from <= :at', { key, at })
      .orderBy('v.valid_from', 'DESC')
      .getOne();
    return { ...DEFAULT_POLICY[key], ...(version?.value as object | undefined) } as PolicyValue<K>;
  }
}
