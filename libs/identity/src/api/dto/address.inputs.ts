import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** A postal address as typed; the postcode is checked against the country's format in the service. */
@InputType()
export class PostalAddressInput {
  @Field({ description: 'Who receives the parcel' })
  @IsString()
  @MaxLength(120)
  name: string;

  @Field({ description: 'Street and number' })
  @IsString()
  @MaxLength(200)
  street: string;

  @Field()
  @IsString()
  @MaxLength(20)
  postalCode: string;

  @Field()
  @IsString()
  @MaxLength(100)
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE' })
  @IsString()
  @MaxLength(2)
  country: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string | null;
}

@InputType()
export class AddressInput extends PostalAddressInput {
  @Field(() => ID, { nullable: true, description: 'Change this address; leave out to add one' })
  @IsOptional()
  @IsUUID('all')
  id?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Make it the address offered first' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean | null;
}
