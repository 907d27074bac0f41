import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoopShareRollup1732401240000 implements MigrationInterface {
  name = 'CoopShareRollup1732401240000';

  async up(db: QueryRunner): Promise<void> {
    // Shop trade joins the rollup as one row per currency (dimension SHOP), kept by OrderPaid and
    // OrderRefunded, so the co-op-to-co-op share is read from the rollup too, never by scanning orders.
    await db.query(`ALTER TABLE wholesale_trade_rollup DROP CONSTRAINT wholesale_trade_rollup_dimension_check`);
    await db.query(`ALTER TABLE wholesale_trade_rollup ADD CONSTRAINT wholesale_trade_rollup_dimension_check
      CHECK (dimension IN ('ALL', 'MONTH', 'CATEGORY', 'COUNTRY_PAIR', 'SHOP'))`);
    await db.query(`
      INSERT INTO wholesale_trade_rollup (dimension, key, currency, trades, quantity, amount)
      SELECT 'SHOP', 'all', currency, count(*), 0, sum(total_amount - refunded_amount)
        FROM trade_order WHERE paid_at IS NOT NULL GROUP BY currency`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM wholesale_trade_rollup WHERE dimension = 'SHOP'`);
    await db.query(`ALTER TABLE wholesale_trade_rollup DROP CONSTRAINT wholesale_trade_rollup_dimension_check`);
    await db.query(`ALTER TABLE wholesale_trade_rollup ADD CONSTRAINT wholesale_trade_rollup_dimension_check
      CHECK (dimension IN ('ALL', 'MONTH', 'CATEGORY', 'COUNTRY_PAIR'))`);
  }
}
