/**
 * The allocation run's set-based SQL. It reads the membership's members and share register, trade's
 * orders and refunds, and the worker-hours register as a read model, aggregated in the database:
 * never an order line in Node. Parameters: $1 year start, $2 year end, $3 the default payout method;
 * the rows go to the run's scratch table `dividend_patronage`.
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
/** Members who hold a membership and joined before the year ended (as `m`), each subquery on the table itself so the planner sees its statistics. */
const MEMBER = `member m`;
const HOLDS = `m.status IN ('ACTIVE', 'SUSPENDED', 'LEAVING') AND m.joined_at < $2`;

export const INSERT_LINES_SQL = `
WITH bought AS (
  SELECT m.id AS member_id, sum(o.total_amount) AS amount
    FROM trade_order o JOIN ${MEMBER} ON o.buyer_id = m.account_id
   WHERE m.member_class = 'CONSUMER' AND ${HOLDS}
     AND o.paid_at >= greatest(m.joined_at, $1::timestamptz) AND o.paid_at < $2
   GROUP BY m.id
),
sold AS (
  SELECT m.id AS member_id, sum(o.total_amount) AS amount
    FROM trade_order o JOIN ${MEMBER} ON o.seller_id = coalesce(m.organisation_id, m.account_id)
   WHERE m.member_class = 'PRODUCER' AND ${HOLDS}
     AND o.paid_at >= greatest(m.joined_at, $1::timestamptz) AND o.paid_at < $2
   GROUP BY m.id
),
refunds AS MATERIALIZED (
  -- Refunds booked within the year, with their order's parties (also on earlier years' orders: carry-forward).
  SELECT r.amount, o.buyer_id, o.seller_id, o.paid_at
    FROM order_refund r JOIN trade_order o ON o.id = r.order_id
   WHERE r.created_at >= $1 AND r.created_at < $2
),
refunded AS (
  SELECT member_id, sum(amount) AS amount FROM (
    SELECT m.id AS member_id, r.amount
      FROM refunds r JOIN ${MEMBER} ON r.buyer_id = m.account_id
     WHERE m.member_class = 'CONSUMER' AND ${HOLDS} AND r.paid_at >= m.joined_at
    UNION ALL
    SELECT m.id, r.amount
      FROM refunds r JOIN ${MEMBER} ON r.seller_id = coalesce(m.organisation_id, m.account_id)
     WHERE m.member_class = 'PRODUCER' AND ${HOLDS} AND r.paid_at >= m.joined_at
  ) refunds
  GROUP BY member_id
),
hours AS (
  SELECT h.member_id, sum(h.centihours)::bigint AS amount
    FROM worker_hours h JOIN ${MEMBER} ON m.id = h.member_id
   WHERE m.member_class = 'WORKER' AND ${HOLDS}
     AND h.worked_on >= ($1::timestamptz AT TIME ZONE 'UTC')::date AND h.worked_on < ($2::timestamptz AT TIME ZONE 'UTC')::date
   GROUP BY h.member_id
),
held AS (
  SELECT e.member_id,
         sum(e.shares * d.days)::bigint AS share_days,
         sum(e.shares * e.share_price * d.days)::bigint AS capital_days
    FROM share_register_entry e
    JOIN ${MEMBER} ON m.id = e.member_id
   CROSS JOIN LATERAL (
     SELECT floor(extract(epoch FROM ($2::timestamptz - greatest(e.recorded_at, $1::timestamptz))) / 86400)::bigint AS days
   ) d
   WHERE m.member_class = 'INVESTOR' AND ${HOLDS} AND e.recorded_at < $2
   GROUP BY e.member_id
),
patrons AS (
  SELECT m.id AS member_id, m.member_class,
         coalesce(b.amount, s.amount, h.amount, 0) AS purchases,
         coalesce(r.amount, 0) AS refunds,
         coalesce(i.share_days, 0) AS share_days,
         coalesce(i.capital_days, 0) AS capital_days
    FROM ${MEMBER}
    LEFT JOIN bought b ON b.member_id = m.id
    LEFT JOIN sold s ON s.member_id = m.id
    LEFT JOIN refunded r ON r.member_id = m.id
    LEFT JOIN hours h ON h.member_id = m.id
    LEFT JOIN held i ON i.member_id = m.id
   WHERE ${HOLDS}
)
INSERT INTO dividend_patronage (member_id, member_class, tier, weight, purchases, refunds, capital_days, payout_method)
SELECT p.member_id, p.member_class,
       CASE WHEN p.member_class = 'INVESTOR' THEN 'INVESTOR' ELSE 'PATRONAGE' END,
       CASE WHEN p.member_class = 'INVESTOR' THEN p.share_days ELSE p.purchases - p.refunds END,
       p.purchases, p.refunds, p.capital_days,
       coalesce(c.method, $3)
  FROM patrons p
  LEFT JOIN dividend_payout_choice c ON c.member_id = p.member_id
 WHERE CASE WHEN p.member_class = 'INVESTOR' THEN p.share_days ELSE p.purchases - p.refunds END > 0`;

/** Per class: the total weight and capital-days of its lines. */
export const CLASS_TOTALS_SQL = `
SELECT member_class AS "memberClass", sum(weight)::text AS weight, sum(capital_days)::text AS "capitalDays", count(*)::int AS lines
  FROM dividend_patronage GROUP BY member_class`;

/**
 * The run's scratch table: each member's patronage, aggregated once, then split into the lines in
 * one INSERT (each line written once; no row updated). Dropped at commit.
 */
export const PATRONAGE_TABLE_SQL = `
CREATE TEMP TABLE dividend_patronage (
  member_id uuid NOT NULL, member_class text NOT NULL, tier text NOT NULL, weight bigint NOT NULL,
  purchases bigint NOT NULL, refunds bigint NOT NULL, capital_days bigint NOT NULL, payout_method text NOT NULL
) ON COMMIT DROP`;

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
  SELECT p.member_id, p.member_class, p.tier, p.purchases, p.refunds, p.capital_days, p.payout_method, pools.pool,
         p.weight::numeric AS weight, sum(p.weight::numeric) OVER (PARTITION BY p.member_class) AS total
    FROM dividend_patronage p JOIN pools ON pools.member_class = p.member_class
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
INSERT INTO dividend_allocation_line
  (allocation_id, member_id, member_class, tier, weight, purchases, refunds, capital_days,
   class_pool, class_weight, base, remainder, rounding, amount, payout_method)
SELECT $1, member_id, member_class, tier, weight, purchases, refunds, capital_days, pool, total, base, rem,
       CASE WHEN place <= leftover THEN 1 ELSE 0 END, base + CASE WHEN place <= leftover THEN 1 ELSE 0 END, payout_method
  FROM r`;

/** The digest of every line in member order: what "byte-identical" re-runs compare. */
export const LINES_DIGEST_SQL = `
SELECT encode(sha256(convert_to(coalesce(string_agg(
         member_id || ':' || member_class || ':' || weight || ':' || class_pool || ':' || class_weight || ':' ||
         base || ':' || rounding || ':' || amount || ':' || payout_method, E'\\n' ORDER BY member_id), ''), 'UTF8')), 'hex') AS digest
  FROM dividend_allocation_line WHERE allocation_id = $1`;
