import { DynamicModule, Module } from '@nestjs/common';
import { MembershipModule } from '@allmende/membership';
import { PolicyModule } from '@allmende/policy';
import { BallotsExportController } from './api/ballots-export.controller';
import { NotificationResolver, ProposalResolver } from './api/governance.resolver';
import { BallotService } from './services/ballot.service';
import { ClosingService } from './services/closing.service';
import { DeliberationService } from './services/deliberation.service';
import { GOVERNANCE_CLOCK_ENABLED, GovernanceTimersService } from './services/governance-timers.service';
import { ImplementationService } from './services/implementation.service';
import { NotificationService } from './services/notification.service';
import { PolicyChangeApplier } from './services/policy-change.applier';
import { ProposalService } from './services/proposal.service';

export interface GovernanceOptions {
  /** Whether the scheduled clock acts on its minute ticks; false in tests, which drive it by hand. Default true. */
  clock?: boolean;
}

/** Needs IdentityModule and PaymentsModule in the app. */
@Module({})
export class GovernanceModule {
  static forRoot(options: GovernanceOptions = {}): DynamicModule {
    return {
      module: GovernanceModule,
      // Global, as payments is: dividends (the one library above) uses ProposalService without a second instance.
      global: true,
      imports: [PolicyModule, MembershipModule],
      controllers: [BallotsExportController],
      providers: [
        { provide: GOVERNANCE_CLOCK_ENABLED, useValue: options.clock ?? true },
        ProposalService,
        DeliberationService,
        BallotService,
        ClosingService,
        ImplementationService,
        NotificationService,
        PolicyChangeApplier,
        GovernanceTimersService,
        ProposalResolver,
        NotificationResolver,
      ],
      exports: [ProposalService, ClosingService, PolicyChangeApplier, GovernanceTimersService, BallotService],
    };
  }
}
