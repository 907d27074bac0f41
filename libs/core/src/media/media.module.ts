import { DynamicModule, Module } from '@nestjs/common';
import { MediaController } from './media.controller';
import { FileMediaStorage, MediaStorage } from './media-storage';

@Module({})
export class MediaModule {
  /** Local files under `directory`; the port is where an S3-compatible store would be bound instead. */
  static forRoot(options: { directory: string }): DynamicModule {
    return {
      module: MediaModule,
      global: true,
      controllers: [MediaController],
      providers: [{ provide: MediaStorage, useValue: new FileMediaStorage(options.directory) }],
      exports: [MediaStorage],
    };
  }
}
