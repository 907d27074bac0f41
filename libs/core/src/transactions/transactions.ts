import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

export { Transactional } from '@nestjs-cls/transactional';
export { TransactionalAdapterTypeOrm };

/**
 * The current transaction, carried through the request context (nestjs-cls), so services
 * never pass a query runner by hand: `this.tx.tx.getRepository(Entity)` joins the transaction
 * of the enclosing `@Transactional()` method, or runs on its own outside one.
 */
export type TxHost = TransactionHost<TransactionalAdapterTypeOrm>;
export const TxHost = TransactionHost;

const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']); // serialization failure, deadlock

/** Runs `work` again (a few times, with a short jittered pause) when PostgreSQL aborted it for a deadlock or serialization conflict. */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code =
        (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
      if (attempt >= attempts || !code || !RETRYABLE_SQLSTATES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 10));
    }
  }
}
