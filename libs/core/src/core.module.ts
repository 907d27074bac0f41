import { Module } from '@nestjs/common';
import { ErrorCodesResolver } from './errors/error-codes.resolver';
import { MoneyFieldsResolver } from './money/money.type';

@Module({ providers: [MoneyFieldsResolver, ErrorCodesResolver] })
export class CoreModule {}
