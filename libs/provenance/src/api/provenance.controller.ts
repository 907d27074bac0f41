import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Header, Param, ParseUUIDPipe, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@allmende/core';
import { ProvenanceQueryService } from '../services/provenance-query.service';

@Catch(DomainError)
class NotFoundFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const status = error.code === 'NOT_FOUND' ? 404 : 400;
    host.switchToHttp().getResponse<Response>().status(status).json({ code: error.code, message: error.message });
  }
}

/** The exports as plain files too, for tools that speak HTTP but not GraphQL. */
@Controller('provenance/lots')
@UseFilters(NotFoundFilter)
export class ProvenanceController {
  constructor(private readonly query: ProvenanceQueryService) {}

  @Get(':id/chain.json')
  @Header('Content-Type', 'application/json')
  chain(@Param('id', ParseUUIDPipe) id: string) {
    return this.query.exportChain(id);
  }

  @Get(':id/epcis.json')
  @Header('Content-Type', 'application/ld+json')
  epcis(@Param('id', ParseUUIDPipe) id: string) {
    return this.query.epcis(id);
  }
}
