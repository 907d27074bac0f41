import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Money, MoneyType, RequestContext, requestLoader } from '@allmende/core';
import { Organisation } from '@allmende/identity';
import { LedgerAccounts } from '../services/ledger-accounts';
import { LedgerService } from '../services/ledger.service';

const NGO_DONATION_ACCOUNTS = 'ngo:';

/**
 * The NGO's public page shows what sellers' friendly percent has brought it: a read model of the
 * ledger's NGO donation accounts, kept here because only the ledger reads ledger entries.
 */
@Resolver(() => Organisation)
export class OrganisationDonationsResolver {
  constructor(private readonly ledger: LedgerService) {}

  @ResolveField(() => [MoneyType], {
    description: 'What an NGO has received from sellers’ friendly percent, per currency, net of refunds; empty for others',
  })
  async donationsReceived(@Parent() organisation: Organisation, @Context() context: RequestContext): Promise<Money[]> {
    if (organisation.kind !== 'NGO') return [];
    // One read of every NGO's donation account per request, however many NGOs the query lists.
    const all = await requestLoader<'all', Map<string, Money[]>>(context, 'ledger.ngoDonations', async (keys) => {
      const received = new Map<string, Money[]>();
      for (const { account, currency, amount } of await this.ledger.balances(NGO_DONATION_ACCOUNTS)) {
        // Donation accounts carry credit balances: what the platform holds for the NGO.
        received.set(account, [...(received.get(account) ?? []), { amount: -amount, currency }]);
      }
      return keys.map(() => received);
    }).load('all');
    return all.get(LedgerAccounts.ngoDonations(organisation.id)) ?? [];
  }
}
