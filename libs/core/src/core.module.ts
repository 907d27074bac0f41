import { Module } from '@nestjs/common';
import { MoneyFieldsResolver } from './money/money.type';

@Module({ providers: [MoneyFieldsResolver] })
export class CoreModule {}
