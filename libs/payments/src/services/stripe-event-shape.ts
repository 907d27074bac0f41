import { isUUID } from 'class-validator';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 255;

/** The parts of `data.object` each event Allmende acts on must have, as a reason when one is missing. */
const OBJECT_RULES: { types: RegExp; check: (object: Json) => string | null }[] = [
  {
    types: /^payment_intent\./,
    check: (intent) => {
      if (!isText(intent.id)) return 'data.object.id is missing';
      const metadata = intent.metadata;
      if (metadata != null && !isObject(metadata)) return 'data.object.metadata is not an object';
      const checkoutId = metadata?.checkout_id;
      if (checkoutId != null && !(typeof checkoutId === 'string' && isUUID(checkoutId))) {
        return 'data.object.metadata.checkout_id is not a checkout id';
      }
      return null;
    },
  },
  {
    types: /^charge\.dispute\.created$/,
    check: (dispute) => {
      if (!isText(dispute.id)) return 'data.object.id is missing';
      if (!Number.isSafeInteger(dispute.amount)) return 'data.object.amount is not a whole number';
      if (!(typeof dispute.currency === 'string' && /^[a-z]{3}$/i.test(dispute.currency)))
        return 'data.object.currency is not a currency';
      return null;
    },
  },
  {
    types: /^charge\.dispute\.closed$/,
    check: (dispute) => (isText(dispute.id) && isText(dispute.status) ? null : 'data.object.id or status is missing'),
  },
  {
    types: /^charge\.refunded$/,
    check: (charge) => {
      if (!isText(charge.id)) return 'data.object.id is missing';
      const refunds = charge.refunds;
      if (refunds == null) return null;
      if (!isObject(refunds) || !Array.isArray(refunds.data)) return 'data.object.refunds.data is not a list';
      const wellFormed = refunds.data.every(
        (refund) => isObject(refund) && isText(refund.id) && Number.isSafeInteger(refund.amount),
      );
      return wellFormed ? null : 'data.object.refunds.data holds a refund without id or whole amount';
    },
  },
  {
    types: /^payout\.(paid|failed)$/,
    check: (payout) => {
      if (!isText(payout.id)) return 'data.object.id is missing';
      if (!Number.isSafeInteger(payout.amount)) return 'data.object.amount is not a whole number';
      if (!(typeof payout.currency === 'string' && /^[a-z]{3}$/i.test(payout.currency)))
        return 'data.object.currency is not a currency';
      return null;
    },
  },
  { types: /^account\.updated$/, check: (account) => (isText(account.id) ? null : 'data.object.id is missing') },
];

/**
 * Why a correctly signed event cannot be processed (no id, no type, no time, no data.object, or
 * an object without what its type needs), or null when it has the shape Allmende reads. Such an
 * event is stored as rejected and answered 400: delivering it again would never help.
 */
export function malformedEventReason(event: unknown): string | null {
  if (!isObject(event)) return 'the event is not a JSON object';
  if (!isText(event.id)) return 'id is missing';
  if (!isText(event.type)) return 'type is missing';
  // Stripe's created is Unix seconds; beyond year 9999 no database date holds it.
  if (!(Number.isSafeInteger(event.created) && (event.created as number) >= 0 && (event.created as number) < 253402300800)) {
    return 'created is not a time';
  }
  if (!isObject(event.data) || !isObject(event.data.object)) return 'data.object is missing';
  const rule = OBJECT_RULES.find((candidate) => candidate.types.test(event.type as string));
  return rule ? rule.check(event.data.object) : null;
}
