import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, IdArg, Viewer } from '@allmende/core';
import { Address } from '../entities/address.entity';
import { AddressBookService } from '../services/address-book.service';
import { COUNTRY_CODES, EU_COUNTRIES } from '../services/postal-address';
import { AddressInput } from './dto/address.inputs';

@ObjectType('Country', { description: 'A country an address can be in (names come from the client’s locale)' })
class CountryType {
  @Field({ description: 'ISO 3166-1 alpha-2' })
  code: string;

  @Field({ description: 'A member of the European Union' })
  inEu: boolean;
}

const COUNTRIES: CountryType[] = COUNTRY_CODES.map((code) => ({ code, inEu: EU_COUNTRIES.has(code) }));

@Resolver(() => Address)
export class AddressResolver {
  constructor(private readonly addressBook: AddressBookService) {}

  @Query(() => [CountryType], { description: 'Every country, by ISO code' })
  countries(): CountryType[] {
    return COUNTRIES;
  }

  @Query(() => [Address], { description: 'Your address book, the default first' })
  @Authenticated()
  myAddresses(@CurrentViewer() viewer: Viewer): Promise<Address[]> {
    return this.addressBook.list(viewer);
  }

  @Mutation(() => Address, { description: 'Adds an address to your address book, or changes one (with id)' })
  @Authenticated()
  saveAddress(@CurrentViewer() viewer: Viewer, @Args('input') input: AddressInput): Promise<Address> {
    return this.addressBook.save(viewer, input, input.id);
  }

  @Mutation(() => Address, { description: 'Makes an address the one offered first at checkout' })
  @Authenticated()
  setDefaultAddress(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Address> {
    return this.addressBook.setDefault(viewer, id);
  }

  @Mutation(() => [Address], { description: 'Removes an address; returns what is left of the address book' })
  @Authenticated()
  deleteAddress(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Address[]> {
    return this.addressBook.remove(viewer, id);
  }
}
