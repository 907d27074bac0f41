import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { stringEnum } from '../graphql/string-enum';
import { ERROR_KINDS, ErrorCodeEnum, ErrorKind, registeredErrorCodes } from './error-codes';

const ErrorKindEnum = stringEnum(
  'ErrorKind',
  ERROR_KINDS,
  'GRAPHQL_ERROR: the request itself was wrong (input, login, access); REFUSAL: a business outcome a person can act on',
);

@ObjectType('ErrorCodeInfo', { description: 'One stable error code with its kind and default English message' })
export class ErrorCodeInfo {
  @Field(() => ErrorCodeEnum)
  code: string;

  @Field(() => ErrorKindEnum)
  kind: ErrorKind;

  @Field({ description: 'The default English message; clients show their own translation of the code' })
  message: string;
}

@Resolver()
export class ErrorCodesResolver {
  @Query(() => [ErrorCodeInfo], { description: 'Every error code the API may answer with, so clients can translate them all' })
  errorCodes(): ErrorCodeInfo[] {
    return registeredErrorCodes().map(({ code, kind, message }) => ({ code, kind, message }));
  }
}
