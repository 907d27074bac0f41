import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, OptionalViewer, RateLimited, RequestContext, Viewer } from '@allmende/core';
import { Account } from '../entities/account.entity';
import { OrganisationMember } from '../entities/organisation-member.entity';
import { AccountService } from '../services/account.service';
import { AuthPayload, LoginInput, RegisterInput } from './dto/auth.inputs';
import { IdentityLoaders } from './identity.loaders';
import { LoginThrottleGuard } from './login-throttle.guard';

@Resolver(() => Account)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Create an account and log in; rate-limited per address' })
  @RateLimited('registration')
  register(@Args('input') input: RegisterInput): Promise<AuthPayload> {
    return this.accounts.register(input);
  }

  @Mutation(() => AuthPayload, { description: 'Log in; rate-limited per address and email' })
  @UseGuards(LoginThrottleGuard)
  login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.accounts.login(input.email, input.password);
  }

  @Mutation(() => Boolean, { description: 'End this session: its token stops working at once' })
  @Authenticated()
  async logout(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.accounts.logout(viewer);
    return true;
  }

  @Query(() => Account, { nullable: true, description: 'The logged-in account, or null for a guest' })
  async me(@OptionalViewer() viewer: Viewer | null): Promise<Account | null> {
    return viewer ? this.accounts.findById(viewer.accountId) : null;
  }

  @ResolveField(() => [OrganisationMember], { description: 'The organisations this account acts for, with its role' })
  memberships(
    @Parent() account: Account,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<OrganisationMember[]> {
    if (viewer.accountId !== account.id && viewer.platformRole !== 'STAFF') return Promise.resolve([]);
    return this.loaders.membershipsByAccount(context).load(account.id);
  }
}
