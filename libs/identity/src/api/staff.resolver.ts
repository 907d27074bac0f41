import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionType, CurrentViewer, IdArg, PageArgs, RequirePlatformRole, Viewer } from '@allmende/core';
import { Account } from '../entities/account.entity';
import { Organisation } from '../entities/organisation.entity';
import { AccountService } from '../services/account.service';
import { OrganisationService } from '../services/organisation.service';
import { StaffReasonInput } from './dto/auth.inputs';

const AccountConnection = ConnectionType(Account, 'Account');
const QueueConnection = ConnectionType(Organisation, 'VerificationQueue');

@ArgsType()
class AccountSearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the address or the name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}

/** What the staff console does: verify organisations, look after accounts. Platform staff only. */
@Resolver()
export class StaffResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly organisations: OrganisationService,
  ) {}

  @Query(() => QueueConnection, { description: 'Co-operatives and NGOs waiting to be verified, oldest first; staff only' })
  @RequirePlatformRole('STAFF')
  verificationQueue(@CurrentViewer() viewer: Viewer, @Args() page: PageArgs) {
    return this.organisations.verificationQueue(viewer, page.first, page.after);
  }

  @Mutation(() => Organisation, { description: 'Decline to verify for now; the owners are told the reason by mail; staff only' })
  @RequirePlatformRole('STAFF')
  refuseVerification(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: StaffReasonInput,
  ): Promise<Organisation> {
    return this.organisations.refuseVerification(viewer, id, input.reason);
  }

  @Query(() => AccountConnection, { description: 'Accounts by address or name; staff only' })
  @RequirePlatformRole('STAFF')
  staffAccounts(@CurrentViewer() viewer: Viewer, @Args() args: AccountSearchArgs) {
    return this.accounts.search(viewer, args.search, args.first, args.after);
  }

  @Mutation(() => Account, { description: 'Shut an account out (it is logged out at once); staff only' })
  @RequirePlatformRole('STAFF')
  suspendAccount(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('input') input: StaffReasonInput) {
    return this.accounts.suspend(viewer, id, input.reason);
  }

  @Mutation(() => Account, { description: 'Let a suspended account log in again; staff only' })
  @RequirePlatformRole('STAFF')
  reinstateAccount(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string) {
    return this.accounts.reinstate(viewer, id);
  }
}
