import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { NotBlank } from '@allmende/core';
import { Account } from '../../entities/account.entity';

export const MIN_PASSWORD_LENGTH = 10;

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(1024)
  password: string;

  @Field({ description: 'The name shown to others' })
  @IsString()
  @NotBlank()
  @MaxLength(120)
  displayName: string;
}

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(1024)
  password: string;
}

@ObjectType({ description: 'A session: send the token as `Authorization: Bearer <token>`' })
export class AuthPayload {
  @Field()
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => Account)
  account: Account;
}
