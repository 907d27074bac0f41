import sharp, { Metadata } from 'sharp';
import { DomainError } from '@allmende/core';

/** The widths every photo is stored at, as WebP, for the browser to pick from with srcset. */
export const PHOTO_WIDTHS = [320, 640, 1280] as const;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Bigger pictures would cost too much memory to decode; 40 megapixels is more than any phone takes. */
export const MAX_PHOTO_PIXELS = 40_000_000;
export const MIN_PHOTO_SIDE = 200;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

export interface PhotoRendition {
  width: number;
  content: Buffer;
}

export interface PreparedPhoto {
  width: number;
  height: number;
  renditions: PhotoRendition[];
}

/**
 * Checks that the bytes really are a JPEG, PNG or WebP photo within the limits (by what they
 * contain, never by a file name or a declared type), and renders the WebP sizes. Throws a
 * DomainError with a stable code for anything else.
 */
export async function preparePhoto(bytes: Buffer): Promise<PreparedPhoto> {
  if (bytes.length > MAX_PHOTO_BYTES) throw photoTooLarge();
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new DomainError('PHOTO_UNSUPPORTED_TYPE', 'That file is not a picture we can use: upload a JPEG, PNG or WebP photo');
  }
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format)) {
    throw new DomainError(
      'PHOTO_UNSUPPORTED_TYPE',
      `That file is ${metadata.format ? `a ${metadata.format.toUpperCase()} file` : 'not a picture'}: upload a JPEG, PNG or WebP photo`,
    );
  }
  const width = metadata.autoOrient?.width ?? metadata.width ?? 0;
  const height = metadata.autoOrient?.height ?? metadata.height ?? 0;
  if (width * height > MAX_PHOTO_PIXELS) {
    throw new DomainError(
      'PHOTO_TOO_MANY_PIXELS',
      `The photo has ${width} × ${height} pixels; at most ${MAX_PHOTO_PIXELS / 1_000_000} megapixels are accepted`,
    );
  }
  if (Math.min(width, height) < MIN_PHOTO_SIDE) {
    throw new DomainError(
      'PHOTO_TOO_SMALL',
      `The photo is ${width} × ${height} pixels; each side needs at least ${MIN_PHOTO_SIDE}`,
    );
  }
  try {
    return { width, height, renditions: await renderWebp(bytes, width) };
  } catch {
    throw new DomainError('PHOTO_UNREADABLE', 'The photo could not be read; it may be damaged. Try another file');
  }
}

/** The WebP sizes up to the photo's own width (never enlarged), turned upright by its EXIF orientation. */
export async function renderWebp(bytes: Buffer, originalWidth: number): Promise<PhotoRendition[]> {
  const widths: number[] = PHOTO_WIDTHS.filter((w) => w < originalWidth);
  if (widths.length < PHOTO_WIDTHS.length) widths.push(Math.min(originalWidth, PHOTO_WIDTHS.at(-1)!));
  const source = sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS }).rotate();
  return Promise.all(
    widths.map(async (width) => ({
      width,
      content: await source.clone().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
    })),
  );
}

export function photoTooLarge(): DomainError {
  return new DomainError(
    'PHOTO_TOO_LARGE',
    `The photo is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB; make it smaller or choose another`,
  );
}
