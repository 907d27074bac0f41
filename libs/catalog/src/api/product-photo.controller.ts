import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Request, Response } from 'express';
import { AccountService } from '@allmende/identity';
import { photoTooLarge, MAX_PHOTO_BYTES } from '../services/product-photos';
import { ProductPhotoService } from '../services/product-photo.service';
import { DomainError } from '@allmende/core';
import { DomainErrorHttpFilter, readUploadBody, uploadViewer } from './http-upload';

class PhotoQuery {
  @IsOptional()
  @IsString()
  @MaxLength(300)
  alt?: string;
}

/** A product photo comes in as the raw request body (JPEG, PNG or WebP, judged by its bytes); the answer is the stored photo. */
@Controller('catalog/products')
@UseFilters(DomainErrorHttpFilter)
export class ProductPhotoController {
  constructor(
    private readonly accounts: AccountService,
    private readonly photos: ProductPhotoService,
  ) {}

  @Post(':id/photos')
  @HttpCode(201)
  async upload(
    @Param('id', new ParseUUIDPipe()) productId: string,
    @Query() query: PhotoQuery,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const viewer = await uploadViewer(this.accounts, req);
    const bytes = await readUploadBody(
      req,
      res,
      { limit: MAX_PHOTO_BYTES, types: null },
      {
        tooLarge: photoTooLarge,
        missing: () => new DomainError('PHOTO_MISSING', 'Send the photo as the request body'),
      },
    );
    const image = await this.photos.upload(viewer, productId, bytes, query.alt ?? '');
    return { id: image.id, url: image.url, widths: image.widths, width: image.width, height: image.height };
  }
}
