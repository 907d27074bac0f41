import { DomainError, InvalidInputError } from '@allmende/core';

/**
 * The currency of every MONEY parameter (fee limits, the share price). A price in another
 * currency cannot be charged by these limits, so the catalog refuses to list in it
 * (FEE_CURRENCY_UNSUPPORTED) until policy carries limits per currency.
 */
export const POLICY_CURRENCY = 'EUR';

/**
 * How a parameter's value is written and checked. Rates are basis points (1 % = 100); amounts
 * are minor units of {@link POLICY_CURRENCY}; a fraction is "numerator/denominator" so thresholds like two-thirds
 * are exact.
 */
export const PARAMETER_TYPES = ['BASIS_POINTS', 'MONEY', 'INTEGER', 'BOOLEAN', 'FRACTION', 'CHOICE'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];
export type ParameterValue = number | boolean | string;

export interface ParameterDefinition {
  key: string;
  type: ParameterType;
  default: ParameterValue;
  /** Inclusive range of a number (or of a fraction's value), where the type has one. */
  min?: number;
  max?: number;
  /** The allowed values of a CHOICE. */
  choices?: readonly string[];
  /** A MONEY parameter's currency: its value is minor units of it. */
  currency?: string;
  description: string;
}

export const MEMBER_CLASSES = ['CONSUMER', 'PRODUCER', 'WORKER', 'INVESTOR'] as const;
export type MemberClass = (typeof MEMBER_CLASSES)[number];
/** The classes whose members trade with the co-op (GenG: not investing members). */
export const PATRON_CLASSES: readonly MemberClass[] = ['CONSUMER', 'PRODUCER', 'WORKER'];

const bp = (key: string, value: number, description: string, max = 10_000): ParameterDefinition => ({
  key,
  type: 'BASIS_POINTS',
  default: value,
  min: 0,
  max,
  description,
});
const eur = (key: string, value: number, description: string, min = 0): ParameterDefinition => ({
  key,
  type: 'MONEY',
  currency: POLICY_CURRENCY,
  default: value,
  min,
  max: 100_000_000,
  description,
});
const int = (key: string, value: number, min: number, max: number, description: string): ParameterDefinition => ({
  key,
  type: 'INTEGER',
  default: value,
  min,
  max,
  description,
});

/**
 * Every parameter of the marketplace with its default: Fairmondo's published fee model and a
 * co-operative's usual bylaws. The one place these numbers are written down; everything else
 * reads them through PolicyService, which prefers a newer version from the database.
 */
export const POLICY_PARAMETERS: readonly ParameterDefinition[] = [
  bp('fees.fairRateBp', 300, 'Platform fee on fair products'),
  eur('fees.fairMaxFee', 1500, 'Highest platform fee on a fair product line'),
  bp('fees.otherRateBp', 600, 'Platform fee on other products'),
  eur('fees.otherMaxFee', 3000, 'Highest platform fee on another product line'),
  eur('fees.minFee', 10, 'Lowest platform fee on a line'),
  bp('fees.fairFundRateBp', 100, 'Fair-fund contribution (none from NGO sellers)'),
  eur('membership.sharePrice', 1000, 'Nominal value of one share', 1),
  int('membership.minShares.CONSUMER', 1, 1, 1000, 'Fewest shares a consumer member buys'),
  int('membership.minShares.PRODUCER', 5, 1, 1000, 'Fewest shares a producer member buys'),
  int('membership.minShares.WORKER', 1, 1, 1000, 'Fewest shares a worker member buys'),
  int('membership.minShares.INVESTOR', 10, 1, 100_000, 'Fewest shares an investing member buys'),
  int('membership.noticeDays', 90, 0, 5 * 365, 'Days between giving notice and the redemption of the shares'),
  {
    key: 'governance.weighting',
    type: 'CHOICE',
    default: 'CLASS_WEIGHTS',
    choices: ['CLASS_WEIGHTS', 'ONE_MEMBER_ONE_VOTE'],
    description: 'Votes weighted by class (w = W_k / n_k) or one member one vote',
  },
  bp('governance.classWeight.CONSUMER', 3000, "Consumers' class weight W_k"),
  bp('governance.classWeight.PRODUCER', 3000, "Producers' class weight W_k"),
  bp('governance.classWeight.WORKER', 2500, "Workers' class weight W_k"),
  bp('governance.classWeight.INVESTOR', 1500, "Investors' class weight W_k"),
  // Below one half, so investing members can never outvote the others (GenG §8(2)).
  bp('governance.investorCapBp', 2500, "Investors' highest share of all weight in a tally", 4999),
  {
    key: 'governance.dualMajority',
    type: 'BOOLEAN',
    default: false,
    description: 'A proposal also needs the majority of the patron classes (consumers, producers, workers)',
  },
  bp('governance.quorumBp', 2000, 'Ballots cast (abstentions included) as a share of the electorate frozen when voting opened'),
  {
    key: 'governance.threshold',
    type: 'FRACTION',
    default: '1/2',
    min: 0.5,
    max: 1,
    description: 'Share of the deciding weight a proposal needs (and more for than against)',
  },
  {
    key: 'governance.bylawThreshold',
    type: 'FRACTION',
    default: '2/3',
    min: 0.5,
    max: 1,
    description: 'Share of the deciding weight a bylaw change needs',
  },
  {
    key: 'governance.blockStops',
    type: 'BOOLEAN',
    default: true,
    description: 'One block in a consent poll stops the proposal',
  },
  int('governance.deliberationMinDays', 7, 0, 90, 'Fewest days of deliberation before voting may open'),
  int(
    'governance.deliberationMinParticipants',
    3,
    1,
    10_000,
    'Fewest distinct members, from at least two classes, in the thread',
  ),
  int('governance.votingDays', 7, 1, 60, 'Days a vote stays open'),
  bp('dividends.reserveBp', 3000, 'Share of the surplus put into the legal reserve'),
  // The bylaws' floor: a lower reserveBp still puts at least this much into the reserve.
  bp('dividends.reserveMinBp', 1000, 'Bylaw minimum of the legal reserve, as a share of the surplus'),
  bp('dividends.investorReturnCapBp', 400, 'Highest yearly return on paid-in capital for investors'),
  bp('dividends.patronageRatio.CONSUMER', 4000, "Consumers' share of the patronage pool"),
  bp('dividends.patronageRatio.PRODUCER', 4000, "Producers' share of the patronage pool"),
  bp('dividends.patronageRatio.WORKER', 2000, "Workers' share of the patronage pool"),
  {
    key: 'dividends.defaultPayout',
    type: 'CHOICE',
    default: 'MONEY',
    choices: ['MONEY', 'SHARES'],
    description: 'How a dividend is paid to a member who has not chosen: as money or as new shares',
  },
];

const BY_KEY = new Map(POLICY_PARAMETERS.map((parameter) => [parameter.key, parameter]));

export function parameterDefinition(key: string): ParameterDefinition {
  const definition = BY_KEY.get(key);
  if (!definition) throw new DomainError('POLICY_PARAMETER_UNKNOWN', `There is no policy parameter "${key}"`, { key });
  return definition;
}

/** An exact fraction "n/d" as [n, d]; null when the text is not one. */
export function parseFraction(text: string): [bigint, bigint] | null {
  const match = /^(\d{1,9})\/([1-9]\d{0,8})$/.exec(text);
  return match ? [BigInt(match[1]), BigInt(match[2])] : null;
}

/**
 * Checks a value against its parameter's type and range and returns it; a wrong one is
 * POLICY_VALUE_OUT_OF_RANGE (or POLICY_VALUE_WRONG_TYPE) naming the parameter and the rule.
 */
export function checkParameterValue(key: string, value: unknown): ParameterValue {
  const definition = parameterDefinition(key);
  const wrongType = (expected: string) =>
    new DomainError('POLICY_VALUE_WRONG_TYPE', `${key} takes ${expected}; got ${JSON.stringify(value)}`, { key });
  const outOfRange = (rule: string) =>
    new DomainError('POLICY_VALUE_OUT_OF_RANGE', `${key} must be ${rule}; got ${JSON.stringify(value)}`, { key });
  switch (definition.type) {
    case 'BOOLEAN':
      if (typeof value !== 'boolean') throw wrongType('true or false');
      return value;
    case 'CHOICE':
      if (typeof value !== 'string') throw wrongType(`one of ${definition.choices?.join(', ')}`);
      if (!definition.choices?.includes(value)) throw outOfRange(`one of ${definition.choices?.join(', ')}`);
      return value;
    case 'FRACTION': {
      const fraction = typeof value === 'string' ? parseFraction(value) : null;
      if (!fraction) throw wrongType('a fraction like "2/3"');
      const [numerator, denominator] = fraction;
      const { min = 0, max = 1 } = definition;
      // Compare n/d with min and max exactly: min and max are written with at most four decimals.
      const scaled = numerator * 10_000n;
      if (scaled < BigInt(Math.round(min * 10_000)) * denominator || scaled > BigInt(Math.round(max * 10_000)) * denominator) {
        throw outOfRange(`between ${min} and ${max}`);
      }
      return value as string;
    }
    default: {
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw wrongType('a whole number');
      if (value < (definition.min ?? 0) || value > (definition.max ?? Number.MAX_SAFE_INTEGER)) {
        throw outOfRange(`between ${definition.min} and ${definition.max}`);
      }
      return value;
    }
  }
}

/** Checks a list of changes: known keys, each once, each value valid. Errors name the change's position. */
export function checkParameterChanges(
  changes: readonly { key: string; value: unknown }[],
): { key: string; value: ParameterValue }[] {
  if (changes.length === 0) throw new InvalidInputError('A policy change needs at least one parameter', { changes: ['empty'] });
  const seen = new Set<string>();
  return changes.map((change, index) => {
    if (seen.has(change.key)) {
      throw new InvalidInputError(`${change.key} is changed twice`, { [`changes.${index}.key`]: ['changed twice'] });
    }
    seen.add(change.key);
    try {
      return { key: change.key, value: checkParameterValue(change.key, change.value) };
    } catch (error) {
      if (error instanceof DomainError) {
        throw new DomainError(error.code, error.message, {
          ...error.details,
          fields: { [`changes.${index}.value`]: [error.message] },
        });
      }
      throw error;
    }
  });
}

/** A value as the API writes it: numbers in digits, booleans as true/false, fractions as "n/d". */
export function parameterText(value: ParameterValue): string {
  return String(value);
}

/** Reads a value the API was sent as text, by the parameter's type; the value is then checked by {@link checkParameterValue}. */
export function parseParameterText(key: string, text: string): ParameterValue {
  const { type } = parameterDefinition(key);
  if (type === 'BOOLEAN') {
    if (text === 'true' || text === 'false') return text === 'true';
    throw new DomainError('POLICY_VALUE_WRONG_TYPE', `${key} takes true or false; got "${text}"`, { key });
  }
  if (type === 'FRACTION' || type === 'CHOICE') return text;
  if (!/^-?\d{1,15}$/.test(text.trim())) {
    throw new DomainError('POLICY_VALUE_WRONG_TYPE', `${key} takes a whole number; got "${text}"`, { key });
  }
  return Number(text.trim());
}
