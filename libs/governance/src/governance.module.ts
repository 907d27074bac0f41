import { DynamicModule, Module } from '@nestjs/common';
import { MembershipModule } from '@allmende/membership';
import { PolicyModule } from '@allmende/policy';
import { BallotsExportController } from './api/ballots-export.controller';
import { NotificationResolver, ProposalResolver } from './api/governance.resolver';
import { BallotService } from './services/ballot.service';
import { ClosingService } from './services/closing.service';
import { DeliberationService } from './services/deliberation.service';
import { GOVERNANCE_TIMER_INTERVAL_MS, GovernanceTimersService } from './services/governance-timers.service';
import { ImplementationService } from './services/implementation.service';
import { NotificationService } from './services/notification.service';
import { PolicyChangeApplier } from './services/policy-change.applier';
import { ProposalService } from './services/proposal.service';

export interface GovernanceOptions {
  /** How often the clock runs (ms); 0 turns it off (tests drive it by hand). */
  timerIntervalMs?: number;
}

/** Needs IdentityModule and PaymentsModule in the app. */
@Module({})
export class GovernanceModule {
  static forRoot(options: GovernanceOptions = {}): DynamicModule {
    return {
      module: GovernanceModule,
      imports: [PolicyModule, MembershipModule],
      controllers: [BallotsExportController],
      providers: [
        { provide: GOVERNANCE_TIMER_INTERVAL_MS, useValue: options.timerIntervalMs ?? 60_000 },
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
