import { Module } from '@nestjs/common';
import { CatalogModule } from '@allmende/catalog';
import { LedgerModule } from '@allmende/ledger';
import { ProvenanceModule } from '@allmende/provenance';
import { NegotiationResolver, ProposalResolver } from './api/negotiation.resolver';
import { WholesaleOfferResolver, WholesaleOfferTierResolver } from './api/offer.resolver';
import { DeliveryResolver, InvoiceLineResolver, InvoicePaymentResolver, InvoiceResolver } from './api/invoice.resolver';
import { PurchaseOrderResolver } from './api/purchase-order.resolver';
import { DeliveryService } from './services/delivery.service';
import { InvoiceDocuments } from './services/invoice-documents';
import { InvoiceService } from './services/invoice.service';
import { InvoicePaymentsService } from './services/invoice-payments.service';
import { NegotiationService } from './services/negotiation.service';
import { OfferService } from './services/offer.service';
import { PurchaseOrderService } from './services/purchase-order.service';
import { WholesaleAccess } from './services/wholesale-access.service';
import { WholesaleTimersService } from './services/wholesale-timers.service';
import { TradeStatisticsService } from './services/trade-statistics.service';
import { TradeStatisticsResolver } from './api/trade-statistics.resolver';

/** Co-op-to-co-op wholesale: offers, negotiations, purchase orders. Needs IdentityModule (global) in the app. */
@Module({
  imports: [CatalogModule, ProvenanceModule, LedgerModule],
  providers: [
    WholesaleAccess,
    OfferService,
    NegotiationService,
    PurchaseOrderService,
    DeliveryService,
    InvoiceService,
    InvoicePaymentsService,
    InvoiceDocuments,
    WholesaleTimersService,
    TradeStatisticsService,
    TradeStatisticsResolver,
    WholesaleOfferResolver,
    WholesaleOfferTierResolver,
    NegotiationResolver,
    ProposalResolver,
    PurchaseOrderResolver,
    DeliveryResolver,
    InvoiceResolver,
    InvoiceLineResolver,
    InvoicePaymentResolver,
  ],
  exports: [
    WholesaleTimersService,
    TradeStatisticsService,
    OfferService,
    NegotiationService,
    PurchaseOrderService,
    DeliveryService,
    InvoiceService,
    InvoicePaymentsService,
  ],
})
export class WholesaleModule {}
