import { Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import {
  DomainError,
  ForbiddenError,
  JobHandler,
  JobQueue,
  JobRun,
  NotFoundError,
  Transactional,
  TxHost,
  Viewer,
} from '@allmende/core';
import { OrganisationService } from '@allmende/identity';
import { ProductFieldsInput } from '../api/dto/product.inputs';
import { SellerKind } from '../entities/product.entity';
import { ImportRowError, ProductImport } from '../entities/product-import.entity';
import { columnOfField, CsvRow, ImportColumnName, openCsv, rowToFields } from './product-csv';
import { CategoryService } from './category.service';
import { ProductService } from './product.service';
import { SellerService } from './seller.service';

export const IMPORT_JOB = 'catalog.import-products';
const IMPORT_WATCH_JOB = 'catalog.import-watch';
/** A row that fails for a reason of ours (not the file's) is tried again this often, then the import is FAILED. */
const IMPORT_RETRIES = 2;

/** Where a domain error without field details points in the CSV. */
const ERROR_COLUMNS: Record<string, ImportColumnName> = {
  UNKNOWN_CATEGORY: 'category',
  FAIR_CLAIM_UNSUPPORTED: 'fair_seal',
  ECOLOGICAL_CLAIM_UNSUPPORTED: 'ecological_seal',
  INVALID_CURRENCY: 'currency',
  SKU_TAKEN: 'sku',
  PRODUCT_CLOSED: 'sku',
};

type Seller = { sellerId: string; sellerKind: SellerKind };
type RowOutcome = ImportRowError[] | { outcome: 'created' | 'updated' | 'unchanged'; state: string; notOnSale?: ImportRowError };
type Checked = { line: number; input: ProductFieldsInput; sku: string } | { problems: ImportRowError[] };

/** Thrown inside a row's transaction when another run has taken the import over: the row's writes roll back. */
class Superseded extends Error {}

/**
 * CSV product imports as a resumable job. The upload stores the file with the import (RUNNING)
 * and sends job `catalog.import-products` in the same transaction. Each row is one transaction
 * that writes the product and advances the import's counters together, so after a crash the
 * retried job resumes exactly after the last row that committed and ends DONE with the same
 * counts as an uninterrupted import. A run works for a third of its job's expiry at most and
 * then continues in a new job, so a long file is never taken for a lost run. A row failing for a
 * reason of ours is retried with the job; after the last retry the import is FAILED with that
 * error on the row. A watch (every minute) fails imports whose job is gone, with the job's error.
 */
@Injectable()
export class ProductImportService {
  private readonly logger = new Logger(ProductImportService.name);

  constructor(
    private readonly txHost: TxHost,
    private readonly jobs: JobQueue,
    private readonly products: ProductService,
    private readonly categoryService: CategoryService,
    private readonly sellers: SellerService,
    private readonly organisations: OrganisationService,
  ) {}

  private get imports() {
    return this.txHost.tx.getRepository(ProductImport);
  }

  /**
   * Checks who may list for the seller and that the file's header can be imported (refusing the
   * whole file otherwise, before anything is written), then records the import with its file and
   * its job in one transaction; poll `productImport` for progress.
   */
  async start(
    viewer: Viewer,
    file: Buffer,
    options: { organisationId?: string; fileName?: string; publish?: boolean },
  ): Promise<ProductImport> {
    const seller = await this.sellers.sellerFor(viewer, options.organisationId);
    openCsv(file);
    return this.record(viewer, seller, file, options.fileName ?? null, options.publish ?? false);
  }

  @Transactional()
  private async record(
    viewer: Viewer,
    seller: Seller,
    file: Buffer,
    fileName: string | null,
    publish: boolean,
  ): Promise<ProductImport> {
    const started = await this.imports.save(
      this.imports.create({ ...seller, accountId: viewer.accountId, fileName, status: 'RUNNING', file, publish }),
    );
    await this.jobs.enqueue(IMPORT_JOB, { importId: started.id });
    return this.imports.findOneByOrFail({ id: started.id });
  }

  /** The uploader, or anyone acting for the organisation it was for, may read an import. */
  async get(viewer: Viewer, id: string): Promise<ProductImport> {
    const found = await this.imports.findOneBy({ id });
    if (!found) throw new NotFoundError('Product import', id);
    if (found.accountId === viewer.accountId) return found;
    if (found.sellerKind === 'PERSON') throw new ForbiddenError('Only the uploader can see this import');
    await this.organisations.assertActsFor(viewer, found.sellerId);
    return found;
  }

  /** One run of an import's job: takes the import over and goes on after the last row that committed. */
  @JobHandler(IMPORT_JOB, { retryLimit: IMPORT_RETRIES, retryDelaySeconds: 1 })
  async run(data: { importId: string }, run: JobRun): Promise<void> {
    // An UPDATE ... RETURNING answers [rows, count] through TypeORM.
    const [[claimed]] = await this.txHost.tx.query<
      [{ rows_processed: number; seller_id: string; seller_kind: SellerKind; file: Buffer; publish: boolean }[], number]
    >(
      `UPDATE product_import SET runner = $2 WHERE id = $1 AND status = 'RUNNING' AND file IS NOT NULL
        RETURNING rows_processed, seller_id, seller_kind, file, publish`,
      [data.importId, run.id],
    );
    if (!claimed) return;
    const seller = { sellerId: claimed.seller_id, sellerKind: claimed.seller_kind };
    const budgetMs = Math.min(10_000, Math.max(1_000, (run.expireInSeconds * 1000) / 3));
    const stopAt = Date.now() + budgetMs;
    let line = 1;
    let done = claimed.rows_processed;
    try {
      const categoryIds = new Map((await this.categoryService.tree()).map((category) => [category.slug, category.id]));
      const skuLines = new Map<string, number>();
      let index = 0;
      for await (const row of openCsv(claimed.file).rows()) {
        line = row.line;
        // Rows before the resume point were handled by an earlier run; reading them again rebuilds the SKU lines.
        if (index++ < done) {
          this.rememberSku(row, categoryIds, skuLines);
          continue;
        }
        const checked = await this.check(row, categoryIds, skuLines);
        if (Date.now() > stopAt) {
          await this.jobs.enqueue(IMPORT_JOB, { importId: data.importId });
          return;
        }
        await this.importRow(data.importId, run.id, done, checked, seller, claimed.publish);
        done++;
      }
      await this.finish(data.importId, run.id, 'DONE');
    } catch (error) {
      if (error instanceof Superseded) return;
      this.logger.error({ err: error, importId: data.importId, line, attempt: run.attempt }, 'Product import run failed');
      if (run.retriesLeft > 0) throw error;
      await this.finish(data.importId, run.id, 'FAILED', {
        line,
        column: null,
        reason: `The import stopped here after ${run.attempt + 1} attempts (${String((error as Error).message ?? error)}); the rows before were imported`,
      });
    }
  }

  /**
   * Every minute: an import still RUNNING whose job is no longer queued, retried or running (its
   * last run was lost for good) is FAILED, with the job's last error, so none stays RUNNING unseen.
   */
  @JobHandler(IMPORT_WATCH_JOB, { cron: '* * * * *', retryLimit: 0 })
  async watch(): Promise<number> {
    const running = await this.imports.find({
      where: { status: 'RUNNING' },
      select: { id: true, rowsProcessed: true, createdAt: true },
    });
    let failed = 0;
    for (const stuck of running) {
      if (Date.now() - stuck.createdAt.getTime() < 60_000) continue;
      const job = await this.jobs.jobState(IMPORT_JOB, { importId: stuck.id });
      if (job.pending) continue;
      await this.finish(stuck.id, null, 'FAILED', {
        line: stuck.rowsProcessed + 2,
        column: null,
        reason: `The import stopped here: ${job.lastError ?? 'its job was lost'}; the rows before were imported`,
      });
      failed++;
    }
    return failed;
  }

  /** A row handled before: only its SKU's line, for the duplicate check (as {@link check} records it, without validating). */
  private rememberSku(row: CsvRow, categoryIds: ReadonlyMap<string, string>, skuLines: Map<string, number>): void {
    if ('problem' in row) return;
    const { sku } = plainToInstance(ProductFieldsInput, rowToFields(row.cells, categoryIds).fields);
    if (sku && !skuLines.has(sku)) skuLines.set(sku, row.line);
  }

  /** What a row would write, or why it cannot be imported; records its SKU's line for the duplicate check. */
  private async check(row: CsvRow, categoryIds: ReadonlyMap<string, string>, skuLines: Map<string, number>): Promise<Checked> {
    if ('problem' in row) return { problems: [{ line: row.line, column: null, reason: `This row ${row.problem}` }] };
    const { fields, problems } = rowToFields(row.cells, categoryIds);
    const input = plainToInstance(ProductFieldsInput, fields);
    const invalid = [...problems, ...validationProblems(await validate(input))];
    const sku = input.sku;
    if (sku) {
      // A second row for one SKU would overwrite the first, and a re-import would flip between them.
      const first = skuLines.get(sku);
      if (first !== undefined) invalid.push({ column: 'sku', reason: `SKU ${sku} is already on line ${first}` });
      else skuLines.set(sku, row.line);
    }
    if (invalid.length || !sku) return { problems: invalid.map((problem) => ({ line: row.line, ...problem })) };
    return { line: row.line, input, sku };
  }

  /** One row and the import's counters in one transaction; a domain error is the row's problem, written on its own. */
  private async importRow(
    importId: string,
    runner: string,
    before: number,
    checked: Checked,
    seller: Seller,
    publish: boolean,
  ): Promise<void> {
    if ('problems' in checked) return this.txHost.withTransaction(() => this.advance(importId, runner, before, checked.problems));
    try {
      await this.txHost.withTransaction(async () => {
        const { notOnSale, ...written } = await this.products.upsertBySku(seller, checked.sku, checked.input, publish);
        const kept = notOnSale ? { line: checked.line, column: null, reason: notOnSale } : undefined;
        await this.advance(importId, runner, before, { ...written, notOnSale: kept });
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const [field] = Object.keys((error.details?.fields as Record<string, unknown> | undefined) ?? {});
      const column = (field && columnOfField(field)) || ERROR_COLUMNS[error.code] || null;
      await this.txHost.withTransaction(() =>
        this.advance(importId, runner, before, [{ line: checked.line, column, reason: error.message }]),
      );
    }
  }

  /** Counts the row, only for the run that owns the import and only as the next row: else this run stops. */
  private async advance(importId: string, runner: string, before: number, outcome: RowOutcome): Promise<void> {
    const failed = Array.isArray(outcome);
    const written = failed ? null : outcome;
    const [, counted] = await this.txHost.tx.query<[unknown[], number]>(
      `UPDATE product_import SET rows_processed = rows_processed + 1,
              created = created + $4, updated = updated + $5, unchanged = unchanged + $6, failed = failed + $7,
              errors = errors || CAST($8 AS jsonb),
              drafts = drafts + $9, on_sale = on_sale + $10, kept_as_drafts = kept_as_drafts || CAST($11 AS jsonb)
        WHERE id = $1 AND runner = $2 AND rows_processed = $3 AND status = 'RUNNING'`,
      [
        importId,
        runner,
        before,
        written?.outcome === 'created' ? 1 : 0,
        written?.outcome === 'updated' ? 1 : 0,
        written?.outcome === 'unchanged' ? 1 : 0,
        failed ? 1 : 0,
        JSON.stringify(failed ? outcome : []),
        written?.state === 'DRAFT' ? 1 : 0,
        written && (written.state === 'ACTIVE' || written.state === 'SOLD_OUT') ? 1 : 0,
        JSON.stringify(written?.notOnSale ? [written.notOnSale] : []),
      ],
    );
    if (counted !== 1) throw new Superseded();
  }

  /** Ends the import (DONE with its total, or FAILED with the error on its line) and drops the stored file. */
  private async finish(
    importId: string,
    runner: string | null,
    status: 'DONE' | 'FAILED',
    error?: ImportRowError,
  ): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE product_import SET status = $3, finished_at = now(), file = NULL,
              rows_total = CASE WHEN $3 = 'DONE' THEN rows_processed END,
              errors = errors || CAST($4 AS jsonb)
        WHERE id = $1 AND status = 'RUNNING' AND ($2::uuid IS NULL OR runner = $2)`,
      [importId, runner, status, JSON.stringify(error ? [error] : [])],
    );
  }
}

/** class-validator's errors as one problem per column, nested ones (price.amount, images.0.url) included. */
function validationProblems(errors: ValidationError[]): { column: ImportColumnName | null; reason: string }[] {
  const reasons = (error: ValidationError): string[] => [
    ...Object.values(error.constraints ?? {}),
    ...(error.children ?? []).flatMap(reasons),
  ];
  return errors.map((error) => ({ column: columnOfField(error.property), reason: reasons(error).join(', ') }));
}
