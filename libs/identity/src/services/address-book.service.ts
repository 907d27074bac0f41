import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { Address } from '../entities/address.entity';
import { PostalAddressFields, validPostalAddress } from './postal-address';

/** Enough for home, work and a few relatives; more is a sign of misuse. */
export const MAX_ADDRESSES = 20;

/** A buyer's address book: their own addresses only, one of them the default. */
@Injectable()
export class AddressBookService {
  constructor(private readonly txHost: TxHost) {}

  private get addresses() {
    return this.txHost.tx.getRepository(Address);
  }

  list(viewer: Viewer): Promise<Address[]> {
    return this.addresses.find({
      where: { accountId: viewer.accountId },
      order: { isDefault: 'DESC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The address offered first: the default one (null with an empty address book). */
  defaultOf(accountId: string): Promise<Address | null> {
    return this.addresses.findOne({ where: { accountId }, order: { isDefault: 'DESC', createdAt: 'ASC', id: 'ASC' } });
  }

  async get(viewer: Viewer, id: string): Promise<Address> {
    const address = await this.addresses.findOneBy({ id, accountId: viewer.accountId });
    if (!address) throw new NotFoundError('Address', id);
    return address;
  }

  /** Adds an address (the first one becomes the default), or changes one when `id` is given. */
  @Transactional()
  async save(viewer: Viewer, input: PostalAddressFields & { isDefault?: boolean | null }, id?: string | null): Promise<Address> {
    const address = validPostalAddress(input);
    const existing = id ? await this.get(viewer, id) : null;
    if (!existing) {
      // Lock the account's row so two concurrent adds cannot both pass the limit or both become the first.
      await this.txHost.tx.query(`SELECT 1 FROM account WHERE id = $1 FOR UPDATE`, [viewer.accountId]);
      const count = await this.addresses.countBy({ accountId: viewer.accountId });
      if (count >= MAX_ADDRESSES) {
        throw new DomainError('ADDRESS_BOOK_FULL', `An address book holds at most ${MAX_ADDRESSES} addresses; remove one first`);
      }
      const makeDefault = count === 0 || input.isDefault === true;
      if (makeDefault) await this.clearDefault(viewer);
      return this.addresses.save(this.addresses.create({ ...address, accountId: viewer.accountId, isDefault: makeDefault }));
    }
    if (input.isDefault === true && !existing.isDefault) await this.clearDefault(viewer);
    Object.assign(existing, address, input.isDefault === true ? { isDefault: true } : {});
    return this.addresses.save(existing);
  }

  @Transactional()
  async setDefault(viewer: Viewer, id: string): Promise<Address> {
    const address = await this.get(viewer, id);
    await this.clearDefault(viewer);
    address.isDefault = true;
    return this.addresses.save(address);
  }

  /** Removes an address; when it was the default, the oldest remaining one takes its place. */
  @Transactional()
  async remove(viewer: Viewer, id: string): Promise<Address[]> {
    const address = await this.get(viewer, id);
    await this.addresses.delete({ id: address.id });
    if (address.isDefault) {
      const next = await this.addresses.findOne({
        where: { accountId: viewer.accountId },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      if (next) await this.addresses.update({ id: next.id }, { isDefault: true });
    }
    return this.list(viewer);
  }

  private async clearDefault(viewer: Viewer): Promise<void> {
    await this.addresses.update({ accountId: viewer.accountId, isDefault: true }, { isDefault: false });
  }
}
