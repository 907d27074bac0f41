import { MemberClass, POLICY_PARAMETERS, ParameterValue } from './parameters/parameters';

/** The four groups of parameters; a group's value nests its keys ("membership.minShares.WORKER" → minShares.WORKER). */
export const POLICY_GROUPS = ['fees', 'membership', 'governance', 'dividends'] as const;
export type PolicyKey = (typeof POLICY_GROUPS)[number];

/** Rates are basis points (1 % = 100); amounts are minor units of EUR. */
export interface FeePolicy {
  fairRateBp: number;
  fairMaxFee: number;
  otherRateBp: number;
  otherMaxFee: number;
  minFee: number;
  fairFundRateBp: number;
}

export interface MembershipPolicy {
  sharePrice: number;
  minShares: Record<MemberClass, number>;
  noticeDays: number;
}

export type Weighting = 'CLASS_WEIGHTS' | 'ONE_MEMBER_ONE_VOTE';

export interface GovernancePolicy {
  weighting: Weighting;
  classWeight: Record<MemberClass, number>;
  investorCapBp: number;
  dualMajority: boolean;
  quorumBp: number;
  /** "n/d": the share of the deciding weight a proposal needs. */
  threshold: string;
  bylawThreshold: string;
  blockStops: boolean;
  deliberationMinDays: number;
  deliberationMinParticipants: number;
  votingDays: number;
}

export interface DividendPolicy {
  reserveBp: number;
  /** The bylaw minimum: the reserve is never below it, whatever reserveBp says. */
  reserveMinBp: number;
  defaultPayout: 'MONEY' | 'SHARES';
  investorReturnCapBp: number;
  patronageRatio: Record<Exclude<MemberClass, 'INVESTOR'>, number>;
}

export type PolicyValue<K extends PolicyKey> = {
  fees: FeePolicy;
  membership: MembershipPolicy;
  governance: GovernancePolicy;
  dividends: DividendPolicy;
}[K];

/** One group's values nested by the rest of their keys, from a flat key → value map. */
export function nestGroup<K extends PolicyKey>(group: K, values: ReadonlyMap<string, ParameterValue>): PolicyValue<K> {
  const nested: Record<string, unknown> = {};
  for (const [key, value] of values) {
    const [head, ...path] = key.split('.');
    if (head !== group) continue;
    let node = nested;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = value;
  }
  return nested as unknown as PolicyValue<K>;
}

export const DEFAULT_VALUES: ReadonlyMap<string, ParameterValue> = new Map(
  POLICY_PARAMETERS.map((parameter) => [parameter.key, parameter.default]),
);

/** The marketplace's parameters as they stand until members vote otherwise. */
export const DEFAULT_POLICY: { [K in PolicyKey]: PolicyValue<K> } = {
  fees: nestGroup('fees', DEFAULT_VALUES),
  membership: nestGroup('membership', DEFAULT_VALUES),
  governance: nestGroup('governance', DEFAULT_VALUES),
  dividends: nestGroup('dividends', DEFAULT_VALUES),
};
