import { MigrationInterface, QueryRunner } from 'typeorm';

export class WholesaleStatistics1732401220000 implements MigrationInterface {
  name = 'WholesaleStatistics1732401220000';

  async up(db: QueryRunner): Promise<void> {
    // Co-op-to-co-op trade summed as it happens, one row per (dimension, key, currency): the public
    // statistics read these few rows instead of scanning every order.
    await db.query(`
      CREATE TABLE wholesale_trade_rollup (
        dimension text NOT NULL CHECK (dimension IN ('ALL', 'MONTH', 'CATEGORY', 'COUNTRY_PAIR')),
        key text NOT NULL,
        currency char(3) NOT NULL,
        trades int NOT NULL CHECK (trades >= 0),
        quantity bigint NOT NULL,
        amount bigint NOT NULL,
        PRIMARY KEY (dimension, key, currency)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE wholesale_trade_rollup`);
  }
}
