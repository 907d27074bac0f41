import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, OptionalViewer, RateLimited, RequestContext, Viewer } from '@allmende/core';
import { Account } from '../entities/account.entity';
import { OrganisationMember } from '../entities/organisation-member.entity';
import { AccountService } from '../services/account.service';
import {
  AuthPayload,
  ConfirmEmailInput,
  LoginInput,
  RegisterInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SetMailLanguageInput,
} from './dto/auth.inputs';
import { IdentityLoaders } from './identity.loaders';
import { LoginThrottleGuard } from './login-throttle.guard';

@Resolver(() => Account)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Mutation(() => AuthPayload, {
    description: 'Create an account and log in; a link to confirm the address is mailed; rate-limited per address',
  })
  @RateLimited('registration')
  register(@Args('input') input: RegisterInput): Promise<AuthPayload> {
    return this.accounts.register(input);
  }

  @Mutation(() => Account, { description: 'Confirm the address with the token from the mailed link' })
  confirmEmail(@Args('input') input: ConfirmEmailInput): Promise<Account> {
    return this.accounts.confirmEmail(input.token);
  }

  @Mutation(() => Boolean, { description: 'Mail a new confirmation link; false when the address is confirmed already' })
  @Authenticated()
  resendEmailConfirmation(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.accounts.renewEmailConfirmation(viewer);
  }

  @Mutation(() => Boolean, {
    description: 'Mail a link to set a new password; answers true whether or not the address has an account',
  })
  @UseGuards(LoginThrottleGuard)
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    await this.accounts.requestPasswordReset(input.email);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Set a new password with the token from the mailed link; every session ends' })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.accounts.resetPassword(input.token, input.password);
    return true;
  }

  @Mutation(() => Account, { description: 'The language of your mail (the shop sets it when you choose its language)' })
  @Authenticated()
  setMailLanguage(@CurrentViewer() viewer: Viewer, @Args('input') input: SetMailLanguageInput): Promise<Account> {
    return this.accounts.setLocale(viewer, input.locale);
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
