import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Connection, InvalidInputError, keysetPage, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import type { NegotiationsArgs, ProposalInput, RequestQuoteInput } from '../api/dto/wholesale.inputs';
import { WholesaleError } from '../api/errors';
import { DealSide, Negotiation, NegotiationMessage, Proposal } from '../entities/negotiation.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { WholesaleOffer } from '../entities/wholesale-offer.entity';
import { negotiationMachine, NegotiationState, OPEN_NEGOTIATION_STATES } from '../state/negotiation-state';
import { OfferService } from './offer.service';
import { PurchaseOrderService } from './purchase-order.service';
import { WholesaleAccess } from './wholesale-access.service';

/** How long a proposal stands when its author gives no date (never past the offer's own validity). */
export const DEFAULT_PROPOSAL_DAYS = 14;
const DAY = 86_400_000;

/**
 * Negotiations between a buyer co-op and a seller co-op over one offer: a request for quote,
 * then offers and counter-offers in turns, until one side accepts the other's proposal (which
 * becomes a purchase order), declines it, withdraws its own, or the clock runs out.
 */
@Injectable()
export class NegotiationService {
  constructor(
    private readonly txHost: TxHost,
    private readonly access: WholesaleAccess,
    private readonly offers: OfferService,
    private readonly purchaseOrders: PurchaseOrderService,
  ) {}

  private get negotiations() {
    return this.txHost.tx.getRepository(Negotiation);
  }

  @Transactional()
  async requestQuote(viewer: Viewer, input: RequestQuoteInput, now = new Date()): Promise<Negotiation> {
    const buyer = await this.access.actingFor(viewer, input.organisationId);
    const offer = await this.offers.find(input.offerId);
    if (offer.sellerOrganisationId === buyer.id) {
      throw new WholesaleError('OWN_OFFER', 'You cannot ask your own co-operative for a quote');
    }
    const negotiation = await this.negotiations.save(
      this.negotiations.create({
        offerId: offer.id,
        buyerOrganisationId: buyer.id,
        sellerOrganisationId: offer.sellerOrganisationId,
        state: 'REQUESTED',
        round: -1,
        expiresAt: offer.validUntil,
      }),
    );
    await this.addProposal(viewer, negotiation, offer, 'BUYER', input, now);
    return negotiation;
  }

  /** The side not on the table answers with a proposal of its own: the seller an offer, the buyer a counter-offer. */
  @Transactional()
  async propose(viewer: Viewer, id: string, input: ProposalInput, now = new Date()): Promise<Negotiation> {
    const { negotiation, side, onTable } = await this.lockForAction(viewer, id, now);
    negotiationMachine.assert(negotiation.state, side === 'SELLER' ? 'OFFERED' : 'COUNTERED');
    if (onTable.side === side) {
      throw new WholesaleError('NOT_YOUR_TURN', 'Your proposal is on the table; wait for the other side’s answer');
    }
    await this.addProposal(viewer, negotiation, await this.offers.find(negotiation.offerId), side, input, now);
    return negotiation;
  }

  /** The other side's proposal becomes a purchase order; its quantity is reserved from the offer. */
  @Transactional()
  async accept(viewer: Viewer, id: string, now = new Date()): Promise<PurchaseOrder> {
    const { negotiation, side, onTable } = await this.lockForAction(viewer, id, now);
    negotiationMachine.assert(negotiation.state, 'ACCEPTED');
    if (onTable.side === side) {
      throw new WholesaleError('OWN_PROPOSAL', 'You cannot accept your own proposal; the other side must');
    }
    const offer = await this.offers.find(negotiation.offerId);
    await this.offers.reserve(offer, onTable.quantity, now);
    await this.close(negotiation, 'ACCEPTED', now);
    return this.purchaseOrders.open(negotiation, onTable, offer);
  }

  /** The side the proposal on the table was made to refuses it; the negotiation ends. */
  @Transactional()
  async decline(viewer: Viewer, id: string, message: string, now = new Date()): Promise<Negotiation> {
    const { negotiation, side, onTable } = await this.lockForAction(viewer, id, now);
    negotiationMachine.assert(negotiation.state, 'DECLINED');
    if (onTable.side === side) {
      throw new WholesaleError('OWN_PROPOSAL', 'This is your own proposal; withdraw it instead');
    }
    await this.post(viewer, negotiation, side, message, null);
    return this.close(negotiation, 'DECLINED', now);
  }

  /** The side whose proposal is on the table takes it back; the negotiation ends. */
  @Transactional()
  async withdraw(viewer: Viewer, id: string, message: string, now = new Date()): Promise<Negotiation> {
    const { negotiation, side, onTable } = await this.lockForAction(viewer, id, now);
    negotiationMachine.assert(negotiation.state, 'WITHDRAWN');
    if (onTable.side !== side) {
      throw new WholesaleError('NOT_YOUR_TURN', 'The proposal on the table is the other side’s; decline it instead');
    }
    await this.post(viewer, negotiation, side, message, null);
    return this.close(negotiation, 'WITHDRAWN', now);
  }

  /** A message in the thread, from either side, at any time. */
  @Transactional()
  async sendMessage(viewer: Viewer, id: string, body: string): Promise<NegotiationMessage> {
    const negotiation = await this.find(id);
    const side = await this.access.sideOf(viewer, negotiation);
    if (!body.trim()) throw new InvalidInputError('Write a message', { body: ['must not be empty'] });
    return (await this.post(viewer, negotiation, side, body, null))!;
  }

  async get(viewer: Viewer | null, id: string): Promise<Negotiation> {
    const negotiation = await this.find(id);
    await this.access.sideOf(viewer, negotiation);
    return negotiation;
  }

  /** The co-op's negotiations as buyer or seller, most recently active first. */
  async listFor(viewer: Viewer | null, args: NegotiationsArgs): Promise<Connection<Negotiation>> {
    await this.access.actingFor(viewer, args.organisationId);
    const query = this.negotiations
      .createQueryBuilder('n')
      .where('(n.buyer_organisation_id = :org OR n.seller_organisation_id = :org)', { org: args.organisationId });
    if (args.state) query.andWhere('n.state = :state', { state: args.state });
    return keysetPage(query, args.first, args.after, {
      sortColumn: 'n.updated_at',
      idColumn: 'n.id',
      direction: 'DESC',
      sortPart: 'timestamp',
      cursorOf: (negotiation) => [negotiation.updatedAt.toISOString(), negotiation.id],
    });
  }

  async proposalsOf(negotiationIds: readonly string[]): Promise<Proposal[]> {
    return negotiationIds.length
      ? this.txHost.tx
          .getRepository(Proposal)
          .find({ where: { negotiationId: In([...negotiationIds]) }, order: { round: 'ASC' } })
      : [];
  }

  async messagesOf(negotiationIds: readonly string[]): Promise<NegotiationMessage[]> {
    return negotiationIds.length
      ? this.txHost.tx
          .getRepository(NegotiationMessage)
          .find({ where: { negotiationId: In([...negotiationIds]) }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
  }

  /** Negotiations whose proposal (or offer) ran out by `now` end EXPIRED; returns how many. */
  async expire(now: Date): Promise<number> {
    const result = await this.negotiations
      .createQueryBuilder()
      .update()
      .set({ state: 'EXPIRED', closedAt: now })
      .where('state IN (:...open) AND expires_at <= :now', { open: OPEN_NEGOTIATION_STATES, now })
      .execute();
    return result.affected ?? 0;
  }

  private async find(id: string): Promise<Negotiation> {
    const negotiation = await this.negotiations.findOneBy({ id });
    if (!negotiation) throw new NotFoundError('Negotiation', id);
    return negotiation;
  }

  /**
   * Locks the negotiation, so the two sides acting at once take turns, and checks that the viewer
   * is on one side and that the proposal on the table still stands.
   */
  private async lockForAction(viewer: Viewer, id: string, now: Date) {
    await this.find(id);
    const negotiation = await this.negotiations.findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const side = await this.access.sideOf(viewer, negotiation);
    if (negotiation.expiresAt <= now && OPEN_NEGOTIATION_STATES.includes(negotiation.state)) {
      throw new WholesaleError('PROPOSAL_EXPIRED', 'The proposal on the table has expired');
    }
    const onTable = await this.txHost.tx.getRepository(Proposal).findOneByOrFail({ negotiationId: id, round: negotiation.round });
    return { negotiation, side, onTable };
  }

  private async addProposal(
    viewer: Viewer,
    negotiation: Negotiation,
    offer: WholesaleOffer,
    side: DealSide,
    input: ProposalInput,
    now: Date,
  ): Promise<void> {
    const tierPrice = await this.offers.checkProposal(offer, input.quantity, input.unitPrice ?? null, now);
    if (input.deliveryDate < now.toISOString().slice(0, 10)) {
      throw new WholesaleError('DELIVERY_DATE_PAST', 'The delivery date has passed', {
        fields: { deliveryDate: ['must not be in the past'] },
      });
    }
    const standsUntil = input.validUntil ?? new Date(now.getTime() + DEFAULT_PROPOSAL_DAYS * DAY);
    if (standsUntil <= now) {
      throw new InvalidInputError('A proposal must stand for some time', { validUntil: ['must be in the future'] });
    }
    const validUntil = standsUntil < offer.validUntil ? standsUntil : offer.validUntil;
    const proposal = await this.txHost.tx.getRepository(Proposal).save(
      this.txHost.tx.getRepository(Proposal).create({
        negotiationId: negotiation.id,
        round: negotiation.round + 1,
        side,
        proposedBy: viewer.accountId,
        quantity: input.quantity,
        unitPrice: input.unitPrice ?? tierPrice,
        currency: offer.currency,
        deliveryDate: input.deliveryDate,
        validUntil,
      }),
    );
    negotiation.round = proposal.round;
    negotiation.expiresAt = validUntil;
    negotiation.state = proposal.round === 0 ? 'REQUESTED' : side === 'SELLER' ? 'OFFERED' : 'COUNTERED';
    await this.negotiations.save(negotiation);
    await this.post(viewer, negotiation, side, input.message ?? '', proposal.id);
  }

  private async post(
    viewer: Viewer,
    negotiation: Negotiation,
    side: DealSide,
    body: string,
    proposalId: string | null,
  ): Promise<NegotiationMessage | null> {
    if (!body.trim() && !proposalId) return null;
    const messages = this.txHost.tx.getRepository(NegotiationMessage);
    return messages.save(
      messages.create({ negotiationId: negotiation.id, side, authorId: viewer.accountId, proposalId, body: body.trim() }),
    );
  }

  private async close(negotiation: Negotiation, to: NegotiationState, now: Date): Promise<Negotiation> {
    negotiationMachine.assert(negotiation.state, to);
    negotiation.state = to;
    negotiation.closedAt = now;
    return this.negotiations.save(negotiation);
  }
}
