import { rationalText } from './rational';
import type { TallyResult } from './tally';

/** A tally result with its rationals as "n/d" text: what is stored and published, and what the recount script compares. */
export function publishResult(result: TallyResult): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(result, (_, value: unknown) =>
      value && typeof value === 'object' && 'num' in value && 'den' in value
        ? rationalText(value as { num: bigint; den: bigint })
        : value,
    ),
  ) as Record<string, unknown>;
}
