import { ValueTransformer } from 'typeorm';

/** PostgreSQL bigint arrives as a string; amounts are minor units well inside Number's safe range. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed)) throw new Error(`Amount ${value} is outside the safe integer range`);
    return parsed;
  },
};
