import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DomainError, ForbiddenError, TxHost, Viewer } from '@allmende/core';
import { AccountService, missingLegalDetails, OrganisationService } from '@allmende/identity';
import { SellerKind } from '../entities/product.entity';
import { SellerSetting } from '../entities/seller-setting.entity';

/** Who sells: a private person (an account) or an organisation, as buyers see it. */
export interface SellerProfile {
  id: string;
  kind: SellerKind;
  name: string;
  /** Organisations sell commercially and must show unit prices; private persons do not. */
  commercial: boolean;
  isNgo: boolean;
  verified: boolean;
  /** Missing legal details keep an organisation's listings from going live. */
  missingLegalDetails: string[];
  vacationMode: boolean;
}

@Injectable()
export class SellerService {
  constructor(
    private readonly txHost: TxHost,
    private readonly accounts: AccountService,
    private readonly organisations: OrganisationService,
  ) {}

  /** The seller a viewer lists for: themselves, or an organisation they act for. */
  async sellerFor(viewer: Viewer, organisationId?: string | null): Promise<{ sellerId: string; sellerKind: SellerKind }> {
    if (!organisationId) return { sellerId: viewer.accountId, sellerKind: 'PERSON' };
    await this.organisations.assertActsFor(viewer, organisationId);
    return { sellerId: organisationId, sellerKind: 'ORGANISATION' };
  }

  /** Whether the viewer may manage this seller's listings. */
  async manages(viewer: Viewer, sellerId: string, sellerKind: SellerKind): Promise<boolean> {
    if (sellerKind === 'PERSON') return sellerId === viewer.accountId;
    return (await this.organisations.roleOf(viewer.accountId, sellerId)) !== null;
  }

  /** Throws unless the viewer may manage this seller's listings. */
  async assertManages(viewer: Viewer, sellerId: string, sellerKind: SellerKind): Promise<void> {
    if (sellerKind === 'PERSON') {
      if (sellerId !== viewer.accountId) throw new ForbiddenError('Only the seller can change this listing');
      return;
    }
    await this.organisations.assertActsFor(viewer, sellerId);
  }

  async profiles(sellers: readonly { id: string; kind: SellerKind }[]): Promise<SellerProfile[]> {
    const ids = [...new Set(sellers.map((seller) => seller.id))];
    const [organisations, accounts, settings] = await Promise.all([
      this.organisations.findByIds(sellers.filter((s) => s.kind === 'ORGANISATION').map((s) => s.id)),
      this.accounts.findByIds(sellers.filter((s) => s.kind === 'PERSON').map((s) => s.id)),
      ids.length ? this.txHost.tx.getRepository(SellerSetting).findBy({ sellerId: In(ids) }) : Promise.resolve([]),
    ]);
    const vacation = new Map(settings.map((setting) => [setting.sellerId, setting.vacationMode]));
    const byId = new Map<string, SellerProfile>();
    for (const organisation of organisations) {
      byId.set(organisation.id, {
        id: organisation.id,
        kind: 'ORGANISATION',
        name: organisation.name,
        commercial: organisation.kind !== 'NGO',
        isNgo: organisation.kind === 'NGO',
        verified: organisation.verifiedAt !== null,
        missingLegalDetails: missingLegalDetails(organisation),
        vacationMode: vacation.get(organisation.id) ?? false,
      });
    }
    for (const account of accounts) {
      byId.set(account.id, {
        id: account.id,
        kind: 'PERSON',
        name: account.displayName,
        commercial: false,
        isNgo: false,
        verified: false,
        missingLegalDetails: [],
        vacationMode: vacation.get(account.id) ?? false,
      });
    }
    return sellers.map((seller) => {
      const profile = byId.get(seller.id);
      if (!profile) throw new DomainError('SELLER_NOT_FOUND', `Seller ${seller.id} does not exist`);
      return profile;
    });
  }

  async profile(id: string, kind: SellerKind): Promise<SellerProfile> {
    const [profile] = await this.profiles([{ id, kind }]);
    return profile;
  }

  async setVacationMode(viewer: Viewer, organisationId: string | null, on: boolean): Promise<SellerProfile> {
    const { sellerId, sellerKind } = await this.sellerFor(viewer, organisationId);
    await this.txHost.tx.getRepository(SellerSetting).upsert({ sellerId, vacationMode: on }, ['sellerId']);
    return this.profile(sellerId, sellerKind);
  }
}
