import { Injectable } from '@nestjs/common';
import { groupByKey, indexByKey, RequestContext, requestLoader } from '@allmende/core';
import { Organisation } from '../entities/organisation.entity';
import { OrganisationMember } from '../entities/organisation-member.entity';
import { OrganisationService } from '../services/organisation.service';

/**
 * The identity context's request loaders, in one place: every resolver of any context that
 * needs an organisation by id asks here, so one request batches them into one query.
 */
@Injectable()
export class IdentityLoaders {
  constructor(private readonly organisations: OrganisationService) {}

  organisationById(context: RequestContext) {
    return requestLoader<string, Organisation | null>(context, 'identity.organisationById', async (ids) =>
      indexByKey(ids, await this.organisations.findByIds(ids), (organisation) => organisation.id),
    );
  }

  membershipsByAccount(context: RequestContext) {
    return requestLoader<string, OrganisationMember[]>(context, 'identity.membershipsByAccount', async (ids) =>
      groupByKey(ids, await this.organisations.membershipsOfAccounts(ids), (member) => member.accountId),
    );
  }

  staffByOrganisation(context: RequestContext) {
    return requestLoader<string, OrganisationMember[]>(context, 'identity.staffByOrganisation', async (ids) =>
      groupByKey(ids, await this.organisations.staffOfOrganisations(ids), (member) => member.organisationId),
    );
  }
}
