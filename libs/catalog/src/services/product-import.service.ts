import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { ClsService } from 'nestjs-cls';
import { DomainError, ForbiddenError, NotFoundError, TxHost, Viewer } from '@allmende/core';
import { OrganisationService } from '@allmende/identity';
import { ProductFieldsInput } from '../api/dto/product.inputs';
import { SellerKind } from '../entities/product.entity';
import { ImportRowError, ProductImport, ProductImportStatus } from '../entities/product-import.entity';
import { columnOfField, CsvFile, CsvRow, ImportColumnName, openCsv, rowToFields } from './product-csv';
import { CategoryService } from './category.service';
import { ProductService } from './product.service';
import { SellerService } from './seller.service';

/** Progress is written every this many rows, so a client polling sees it move. */
const PROGRESS_EVERY = 100;

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
type RowOutcome = 'created' | 'updated' | 'unchanged' | ImportRowError[];

/** What an import has done so far; errors not yet written are kept until the next progress write. */
class Tally {
  rowsProcessed = 0;
  created = 0;
  updated = 0;
  unchanged = 0;
  failed = 0;
  unsaved: ImportRowError[] = [];

  count(outcome: RowOutcome): void {
    this.rowsProcessed++;
    if (Array.isArray(outcome)) {
      this.failed++;
      this.unsaved.push(...outcome);
    } else {
      this[outcome]++;
    }
  }
}

@Injectable()
export class ProductImportService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ProductImportService.name);
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly txHost: TxHost,
    private readonly cls: ClsService,
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
   * whole file otherwise, before anything is written), records the import and processes its
   * rows in the background; poll `productImport` for progress.
   */
  async start(viewer: Viewer, file: Buffer, options: { organisationId?: string; fileName?: string }): Promise<ProductImport> {
    const seller = await this.sellers.sellerFor(viewer, options.organisationId);
    const csv = openCsv(file);
    const started = await this.imports.save(
      this.imports.create({ ...seller, accountId: viewer.accountId, fileName: options.fileName ?? null, status: 'RUNNING' }),
    );
    // A fresh CLS context: the request's ends with the response, and @Transactional needs one.
    const work = this.cls.run({ ifNested: 'override' }, () => this.process(started.id, seller, csv));
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
    return started;
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

  /** Lets running imports finish before the database goes away. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.running);
  }

  private async process(importId: string, seller: Seller, csv: CsvFile): Promise<void> {
    const tally = new Tally();
    let line = 1;
    try {
      const categoryIds = new Map((await this.categoryService.tree()).map((category) => [category.slug, category.id]));
      const skuLines = new Map<string, number>();
      for await (const row of csv.rows()) {
        line = row.line;
        tally.count(await this.importRow(row, seller, categoryIds, skuLines));
        if (tally.rowsProcessed % PROGRESS_EVERY === 0) await this.saveProgress(importId, tally);
      }
      await this.saveProgress(importId, tally, 'DONE');
    } catch (error) {
      this.logger.error({ err: error, importId, line }, 'Product import stopped');
      tally.unsaved.push({
        line,
        column: null,
        reason: 'The import stopped here because of an internal error; the rows before were imported',
      });
      await this.saveProgress(importId, tally, 'FAILED').catch((failure) => this.logger.error(failure));
    }
  }

  /** One row in its own transaction (upsertBySku's), so a bad row never takes good ones with it. */
  private async importRow(
    row: CsvRow,
    seller: Seller,
    categoryIds: ReadonlyMap<string, string>,
    skuLines: Map<string, number>,
  ): Promise<RowOutcome> {
    if ('problem' in row) return [{ line: row.line, column: null, reason: `This row ${row.problem}` }];
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
    if (invalid.length || !sku) return invalid.map((problem) => ({ line: row.line, ...problem }));
    try {
      return await this.products.upsertBySku(seller, sku, input);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const [field] = Object.keys((error.details?.fields as Record<string, unknown> | undefined) ?? {});
      const column = (field && columnOfField(field)) || ERROR_COLUMNS[error.code] || null;
      return [{ line: row.line, column, reason: error.message }];
    }
  }

  /** A small write of its own, outside the rows' transactions; errors are appended, never rewritten. */
  private async saveProgress(importId: string, tally: Tally, status?: Exclude<ProductImportStatus, 'RUNNING'>): Promise<void> {
    const { rowsProcessed, created, updated, unchanged, failed } = tally;
    const finished = status ? { status, finishedAt: new Date(), rowsTotal: status === 'DONE' ? rowsProcessed : null } : {};
    await this.imports
      .createQueryBuilder()
      .update()
      .set({ rowsProcessed, created, updated, unchanged, failed, errors: () => `errors || CAST(:errors AS jsonb)`, ...finished })
      .setParameter('errors', JSON.stringify(tally.unsaved))
      .where('id = :importId', { importId })
      .execute();
    tally.unsaved = [];
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
