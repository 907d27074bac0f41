import { Injectable } from '@nestjs/common';
import { ForbiddenError, Viewer } from '@allmende/core';
import { Organisation, OrganisationService } from '@allmende/identity';
import { DealSide } from '../entities/negotiation.entity';

const REFUSAL = 'Wholesale is open only to staff of verified co-operatives';

/** Parties of a deal: the organisation on each side. */
export interface DealParties {
  buyerOrganisationId: string;
  sellerOrganisationId: string;
}

/**
 * Who may trade wholesale: staff of verified co-operatives, for their own co-op. Everyone else
 * (guests, retail buyers, unverified co-ops, platform staff acting for none) is refused with
 * FORBIDDEN, never shown an empty list, so the refusal is unmistakable.
 */
@Injectable()
export class WholesaleAccess {
  constructor(private readonly organisations: OrganisationService) {}

  /** The verified co-op the viewer acts for. */
  async actingFor(viewer: Viewer | null, organisationId: string): Promise<Organisation> {
    if (!viewer) throw new ForbiddenError(`${REFUSAL}; log in as one`);
    const [organisation] = await this.organisations.findByIds([organisationId]);
    const role = organisation ? await this.organisations.roleOf(viewer.accountId, organisationId) : null;
    if (!organisation || !role || !isVerifiedCoop(organisation)) throw new ForbiddenError(REFUSAL);
    return organisation;
  }

  /** Reads open to every trader: the viewer must act for at least one verified co-op. */
  async assertTrader(viewer: Viewer | null): Promise<void> {
    if (!viewer) throw new ForbiddenError(`${REFUSAL}; log in as one`);
    const memberships = await this.organisations.membershipsOfAccounts([viewer.accountId]);
    if (!memberships.some((member) => member.organisation && isVerifiedCoop(member.organisation))) {
      throw new ForbiddenError(REFUSAL);
    }
  }

  /** The side of the deal the viewer acts for; a person acting for both co-ops may act for neither. */
  async sideOf(viewer: Viewer | null, deal: DealParties): Promise<DealSide> {
    if (!viewer) throw new ForbiddenError(`${REFUSAL}; log in as one`);
    const [buyerRole, sellerRole] = await Promise.all([
      this.organisations.roleOf(viewer.accountId, deal.buyerOrganisationId),
      this.organisations.roleOf(viewer.accountId, deal.sellerOrganisationId),
    ]);
    if (Boolean(buyerRole) === Boolean(sellerRole)) {
      throw new ForbiddenError(buyerRole ? 'You act for both co-operatives of this deal, so you may act for neither' : REFUSAL);
    }
    const side: DealSide = buyerRole ? 'BUYER' : 'SELLER';
    await this.actingFor(viewer, side === 'BUYER' ? deal.buyerOrganisationId : deal.sellerOrganisationId);
    return side;
  }
}

/** The viewer of a wholesale mutation: a guest is refused like every other outsider. */
export function traderViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new ForbiddenError(`${REFUSAL}; log in as one`);
  return viewer;
}

export function isVerifiedCoop(organisation: Organisation): boolean {
  return organisation.kind === 'COOPERATIVE' && organisation.verifiedAt !== null;
}
