import { DataSource } from 'typeorm';

/** Counts the SQL statements the app sends while `work` runs: for tests that guard against N+1 queries. */
export async function countStatements(dataSource: DataSource, work: () => Promise<unknown>): Promise<number> {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (query, parameters, queryRunner) => {
    if (!/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query)) count++;
    return original(query, parameters, queryRunner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return count;
}
