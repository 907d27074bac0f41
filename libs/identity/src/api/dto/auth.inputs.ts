import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Equals, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MAIL_LOCALES, MailLocale, NotBlank } from '@allmende/core';
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

  @Field({ description: 'The person agrees to the terms of use and the privacy policy; must be true' })
  @Equals(true, { message: 'you need to agree to the terms of use and the privacy policy' })
  acceptTerms: boolean;

  @Field(() => String, { nullable: true, description: 'The language of the mail this account gets: en (default) or de' })
  @IsOptional()
  @IsIn(MAIL_LOCALES, { message: 'must be en or de' })
  locale?: MailLocale;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the mail' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  token: string;

  @Field({ description: `The new password, at least ${MIN_PASSWORD_LENGTH} characters` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(1024)
  password: string;
}

@InputType()
export class ConfirmEmailInput {
  @Field({ description: 'The token from the link in the mail' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  token: string;
}

@InputType()
export class StaffReasonInput {
  @Field({ description: 'Why, in words the person or organisation is shown' })
  @IsString()
  @NotBlank()
  @MaxLength(2000)
  reason: string;
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

@InputType()
export class SetMailLanguageInput {
  @Field(() => String, { description: 'en or de: the language of the mail this account gets' })
  @IsIn(MAIL_LOCALES, { message: 'must be en or de' })
  locale: MailLocale;
}
