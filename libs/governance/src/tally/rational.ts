/** An exact fraction of BigInts, always reduced, with a positive denominator: tallies never touch floats. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('A rational cannot have a zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const divisor = gcd(n, d) || 1n;
  return { num: n / divisor, den: d / divisor };
}

export const ZERO = rational(0);
export const ONE = rational(1);

export const add = (a: Rational, b: Rational): Rational => rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational => rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational): Rational => rational(a.num * b.den, a.den * b.num);
export const times = (a: Rational, k: number | bigint): Rational => rational(a.num * BigInt(k), a.den);

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export const sum = (values: Iterable<Rational>): Rational => {
  let total = ZERO;
  for (const value of values) total = add(total, value);
  return total;
};

/** "n/d" (or "n" for a whole number): how tallies are published. */
export const rationalText = (value: Rational): string => (value.den === 1n ? `${value.num}` : `${value.num}/${value.den}`);

/** A rounded decimal for people to read (never used to decide anything). */
export function rationalDecimal(value: Rational, places = 4): string {
  const scale = 10n ** BigInt(places);
  const negative = value.num < 0n;
  const scaled = ((negative ? -value.num : value.num) * scale * 2n + value.den) / (value.den * 2n);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(places, '0');
  return `${negative ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}
