import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';

/**
 * Where uploaded files live, by key (e.g. `products/<id>/<image>-640.webp`). A small port, so an
 * S3-compatible store can take the place of the local folder without touching its callers.
 */
export abstract class MediaStorage {
  abstract put(key: string, content: Buffer): Promise<void>;
  /** The stored bytes, or null when there is nothing under the key. */
  abstract get(key: string): Promise<Buffer | null>;
  abstract delete(keys: readonly string[]): Promise<void>;
}

/** Keys are paths of lower-case words, digits, dots and hyphens: nothing that could leave the folder. */
export function isMediaKey(key: string): boolean {
  return /^[a-z0-9-]+(\/[a-z0-9][a-z0-9.-]*)*$/.test(key) && !key.includes('..');
}

/** Files under MEDIA_DIR (default DATA_DIR/media). */
export class FileMediaStorage extends MediaStorage {
  constructor(readonly directory: string) {
    super();
  }

  async put(key: string, content: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(dirname(file), { recursive: true });
    // Written aside and renamed, so a reader never gets half a file.
    const partial = `${file}.partial`;
    await writeFile(partial, content);
    await rename(partial, file);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
  }

  private pathOf(key: string): string {
    if (!isMediaKey(key)) throw new Error(`Not a media key: ${key}`);
    const file = normalize(join(this.directory, key));
    if (!file.startsWith(normalize(this.directory) + sep)) throw new Error(`Not a media key: ${key}`);
    return file;
  }
}
