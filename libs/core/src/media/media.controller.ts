import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { isMediaKey, MediaStorage } from './media-storage';

const CONTENT_TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };

/**
 * Serves stored media. A key is never reused for other bytes (each upload gets new ids), so
 * browsers and caches may keep a file for a year without asking again.
 */
@Controller('media')
export class MediaController {
  constructor(private readonly storage: MediaStorage) {}

  @Get('*key')
  async file(@Param('key') key: string | string[], @Res() res: Response): Promise<void> {
    const path = Array.isArray(key) ? key.join('/') : key;
    const type = CONTENT_TYPES[path.split('.').pop() ?? ''];
    const content = type && isMediaKey(path) ? await this.storage.get(path) : null;
    if (!content) throw new NotFoundException('No such file');
    res
      .set({
        'Content-Type': type,
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(content);
  }
}
