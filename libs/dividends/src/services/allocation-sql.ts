/**
 * The allocation run's set-based SQL. It reads the membership's members and share register, trade's
 * orders and refunds, and the worker-hours register as a read model, aggregated in the database:
 * never an order line in Node. Parameters: $1 allocation id, $2 year start, $3 year end, $4 the
 * default payout method.
 *
 * Patronage counts business done while a member, within the year:
 * - consumers: orders paid for (as buyer, total paid) minus refunds booked within the year on orders
 *   paid while a member — a refund booked after a year closed lowers the next year (carry-forward);
 * - producers: the same as seller (the organisation, or the person selling);
 * - workers: hundredths of hours recorded for days within the year;
 * - investors: share-days (Σ shares × whole days held within the year), and capital-days (× share
 *   price) for the cap.
 * Members with nothing (≤ 0) get no line and so nothing.
 */
export const INSERT_LINES_SQL = `
WITH m AS (
  SELECT id, member_class, account_id, organisation_id, joined_at, greatest(joined_at, $2::timestamptz) AS since
    FROM member
   WHERE status IN ('ACTIVE', 'SUSPENDED', 'LEAVING') AND joined_at < $3
),
bought AS (
  SELECT m.id AS member_id, sum(o.total_amount) AS amount
    FROM m JOIN trade_order o ON o.buyer_id = m.account_id
   WHERE m.member_class = 'CONSUMER' AND o.paid_at >= m.since AND o.paid_at < $3
   GROUP BY m.id
),
sold AS (
  SELECT m.id AS member_id, sum(o.total_amount) AS amount
    FROM m JOIN trade_order o ON o.seller_id = coalesce(m.organisation_id, m.account_id)
   WHERE m.member_class = 'PRODUCER' AND o.paid_at >= m.since AND o.paid_at < $3
   GROUP BY m.id
),
refunded AS (
  SELECT member_id, sum(amount) AS amount FROM (
    SELECT m.id AS member_id, r.amount
      FROM order_refund r JOIN trade_order o ON o.id = r.order_id JOIN m ON o.buyer_id = m.account_id
     WHERE m.member_class = 'CONSUMER' AND r.created_at >= $2 AND r.created_at < $3 AND o.paid_at >= m.joined_at
    UNION ALL
    SELECT m.id, r.amount
      FROM order_refund r JOIN trade_order o ON o.id = r.order_id JOIN m ON o.seller_id = coalesce(m.organisation_id, m.account_id)
     WHERE m.member_class = 'PRODUCER' AND r.created_at >= $2 AND r.created_at < $3 AND o.paid_at >= m.joined_at
  ) refunds
  GROUP BY member_id
),
hours AS (
  SELECT h.member_id, sum(h.centihours)::bigint AS amount
    FROM worker_hours h JOIN m ON m.id = h.member_id AND m.member_class = 'WORKER'
   WHERE h.worked_on >= ($2::timestamptz AT TIME ZONE 'UTC')::date AND h.worked_on < ($3::timestamptz AT TIME ZONE 'UTC')::date
   GROUP BY h.member_id
),
held AS (
  SELECT e.member_id,
         sum(e.shares * d.days)::bigint AS share_days,
         sum(e.shares * e.share_price * d.days)::bigint AS capital_days
    FROM share_register_entry e
    JOIN m ON m.id = e.member_id AND m.member_class = 'INVESTOR'
   CROSS JOIN LATERAL (
     SELECT floor(extract(epoch FROM ($3::timestamptz - greatest(e.recorded_at, $2::timestamptz))) / 86400)::bigint AS days
   ) d
   WHERE e.recorded_at < $3
   GROUP BY e.member_id
),
patrons AS (
  SELECT m.id AS member_id, m.member_class,
         coalesce(b.amount, s.amount, h.amount, 0) AS purchases,
         coalesce(r.amount, 0) AS refunds,
         coalesce(i.share_days, 0) AS share_days,
         coalesce(i.capital_days, 0) AS capital_days
    FROM m
    LEFT JOIN bought b ON b.member_id = m.id
    LEFT JOIN sold s ON s.member_id = m.id
    LEFT JOIN refunded r ON r.member_id = m.id
    LEFT JOIN hours h ON h.member_id = m.id
    LEFT JOIN held i ON i.member_id = m.id
)
INSERT INTO dividend_allocation_line
  (allocation_id, member_id, member_class, tier, weight, purchases, refunds, capital_days, payout_method)
SELECT $1, p.member_id, p.member_class,
       CASE WHEN p.member_class = 'INVESTOR' THEN 'INVESTOR' ELSE 'PATRONAGE' END,
       CASE WHEN p.member_class = 'INVESTOR' THEN p.share_days ELSE p.purchases - p.refunds END,
       p.purchases, p.refunds, p.capital_days,
       coalesce(c.method, $4)
  FROM patrons p
  LEFT JOIN dividend_payout_choice c ON c.member_id = p.member_id
 WHERE CASE WHEN p.member_class = 'INVESTOR' THEN p.share_days ELSE p.purchases - p.refunds END > 0`;

/** Per class: the total weight and capital-days of its lines. */
export const CLASS_TOTALS_SQL = `
SELECT member_class AS "memberClass", sum(weight)::text AS weight, sum(capital_days)::text AS "capitalDays", count(*)::int AS lines
  FROM dividend_allocation_line WHERE allocation_id = $1 GROUP BY member_class`;

/**
 * Splits each class's pool ($2: jsonb {class: pool}) over its lines by the largest-remainder method:
 * base = floor(pool × weight / total), and the leftover cents one each to the largest remainders,
 * ties to the smaller member id (uuid order is the order of the id's text). Exact: numeric, no floats.
 */
export const DISTRIBUTE_SQL = `
WITH pools AS (
  SELECT key AS member_class, value::numeric AS pool FROM jsonb_each_text($2::jsonb)
),
w AS (
  SELECT l.member_id, l.member_class, p.pool, l.weight::numeric AS weight,
         sum(l.weight::numeric) OVER (PARTITION BY l.member_class) AS total
    FROM dividend_allocation_line l JOIN pools p ON p.member_class = l.member_class
   WHERE l.allocation_id = $1
),
b AS (
  SELECT w.*, div(pool * weight, total) AS base, mod(pool * weight, total) AS rem FROM w
),
r AS (
  SELECT b.*,
         pool - sum(base) OVER (PARTITION BY member_class) AS leftover,
         row_number() OVER (PARTITION BY member_class ORDER BY rem DESC, member_id) AS place
    FROM b
)
UPDATE dividend_allocation_line l
   SET class_pool = r.pool, class_weight = r.total, base = r.base, remainder = r.rem,
       rounding = CASE WHEN r.place <= r.leftover THEN 1 ELSE 0 END,
       amount = r.base + CASE WHEN r.place <= r.leftover THEN 1 ELSE 0 END
  FROM r
 WHERE l.allocation_id = $1 AND l.member_id = r.member_id`;

/** Lines of classes without a pool get nothing (a class with no ratio). */
export const ZERO_UNPOOLED_SQL = `
UPDATE dividend_allocation_line SET class_pool = 0, class_weight = 0, base = 0, remainder = 0, rounding = 0, amount = 0
 WHERE allocation_id = $1 AND NOT ($2::jsonb ? member_class)`;

/** The digest of every line in member order: what "byte-identical" re-runs compare. */
export const LINES_DIGEST_SQL = `
SELECT encode(sha256(convert_to(coalesce(string_agg(
         member_id || ':' || member_class || ':' || weight || ':' || class_pool || ':' || class_weight || ':' ||
         base || ':' || rounding || ':' || amount || ':' || payout_method, E'\\n' ORDER BY member_id), ''), 'UTF8')), 'hex') AS digest
  FROM dividend_allocation_line WHERE allocation_id = $1`;
