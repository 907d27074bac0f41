import {
  ArgumentsHost,
  Catch,
  Controller,
  ExceptionFilter,
  Get,
  Header,
  HttpCode,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import express, { Request, Response } from 'express';
import { DomainError, UnauthenticatedError, Viewer } from '@allmende/core';
import { AccountService } from '@allmende/identity';
import { IMPORT_TEMPLATE } from '../services/product-csv';
import { ProductImportService } from '../services/product-import.service';

const MAX_FILE = '20mb';
const readCsvBody = express.raw({ type: ['text/csv', 'application/octet-stream'], limit: MAX_FILE });

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CSV_TOO_LARGE: 413,
  CSV_UNSUPPORTED_TYPE: 415,
};

/** Domain errors as `{ code, message }` with their HTTP status; bad input is a 400. */
@Catch(DomainError)
class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response.status(HTTP_STATUS[error.code] ?? 400).json({ code: error.code, message: error.message, ...error.details });
  }
}

class ImportQuery {
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string;
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
    const viewer = await this.viewerOf(req);
    const file = await readBody(req, res);
    const started = await this.imports.start(viewer, file, query);
    return { id: started.id };
  }

  @Get('template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="allmende-products.csv"')
  template(): string {
    return IMPORT_TEMPLATE;
  }

  private viewerOf(req: Request): Promise<Viewer> {
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthenticatedError('Send your session token as "Authorization: Bearer <token>"');
    }
    return this.accounts.viewerFromToken(token);
  }
}

/** The raw body, read only here (after the caller is known), so no other route accepts 20 MB. */
async function readBody(req: Request, res: Response): Promise<Buffer> {
  await new Promise<void>((resolve, reject) =>
    readCsvBody(req, res, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.too.large') {
        reject(new DomainError('CSV_TOO_LARGE', `The file is larger than ${MAX_FILE.toUpperCase()}; split it into several`));
      } else if (error) reject(error);
      else resolve();
    }),
  );
  if (!Buffer.isBuffer(req.body)) {
    throw new DomainError('CSV_UNSUPPORTED_TYPE', 'Send the CSV file as the request body with Content-Type text/csv');
  }
  return req.body;
}
