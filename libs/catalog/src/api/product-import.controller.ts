import { Controller, Get, Header, HttpCode, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Request, Response } from 'express';
import { DomainError } from '@allmende/core';
import { AccountService } from '@allmende/identity';
import { IMPORT_TEMPLATE } from '../services/product-csv';
import { ProductImportService } from '../services/product-import.service';
import { DomainErrorHttpFilter, readUploadBody, uploadViewer } from './http-upload';

const MAX_FILE = '20mb';

class ImportQuery {
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string;

  /** `true`: each valid row goes on sale at once (if the product machine lets it); otherwise new listings are drafts. */
  @IsOptional()
  @IsIn(['true', 'false'])
  publish?: 'true' | 'false';
}

/** File uploads do not fit GraphQL well, so CSV imports come in over plain HTTP; their progress is read over GraphQL. */
@Controller('catalog/imports')
@UseFilters(DomainErrorHttpFilter)
export class ProductImportController {
  constructor(
    private readonly accounts: AccountService,
    private readonly imports: ProductImportService,
  ) {}

  /** The CSV is the request body; 202 with the import's id, which `productImport` reports on. */
  @Post()
  @HttpCode(202)
  async upload(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Query() query: ImportQuery,
  ): Promise<{ id: string }> {
    const viewer = await uploadViewer(this.accounts, req);
    const file = await readUploadBody(
      req,
      res,
      { limit: MAX_FILE, types: ['text/csv', 'application/octet-stream'] },
      {
        tooLarge: () =>
          new DomainError('CSV_TOO_LARGE', `The file is larger than ${MAX_FILE.toUpperCase()}; split it into several`),
        missing: () =>
          new DomainError('CSV_UNSUPPORTED_TYPE', 'Send the CSV file as the request body with Content-Type text/csv'),
      },
    );
    const started = await this.imports.start(viewer, file, { ...query, publish: query.publish === 'true' });
    return { id: started.id };
  }

  @Get('template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="allmende-products.csv"')
  template(): string {
    return IMPORT_TEMPLATE;
  }
}
