import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { CurrentViewer, RequirePlatformRole, Viewer } from '@allmende/core';
import { AccountService } from '@allmende/identity';
import { PolicyVersion } from '../entities/policy-version.entity';
import { parameterText, parseParameterText, POLICY_PARAMETERS } from '../parameters/parameters';
import { PolicyService } from '../services/policy.service';
import { PolicyParameterType, PolicyVersionType, SetPolicyParametersInput } from './policy.types';

@ArgsType()
class PolicyHistoryArgs {
  @Field(() => String, { nullable: true, description: 'One parameter; all when left out' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  key?: string | null;
}

/** The policy is public: anyone may see the values in force and how they came to be. */
@Resolver()
export class PolicyResolver {
  constructor(
    private readonly policy: PolicyService,
    private readonly accounts: AccountService,
  ) {}

  @Query(() => [PolicyParameterType], { description: 'Every marketplace parameter with the value in force' })
  async policyParameters(): Promise<PolicyParameterType[]> {
    const [values, latest] = await Promise.all([this.policy.values(), this.policy.currentVersions()]);
    const versions = await this.present(latest);
    const byKey = new Map(versions.map((version) => [version.key, version]));
    return POLICY_PARAMETERS.map((parameter) => ({
      key: parameter.key,
      type: parameter.type,
      description: parameter.description,
      value: parameterText(values.get(parameter.key) ?? parameter.default),
      defaultValue: parameterText(parameter.default),
      min: parameter.type === 'FRACTION' ? null : (parameter.min ?? null),
      max: parameter.type === 'FRACTION' ? null : (parameter.max ?? null),
      choices: [...(parameter.choices ?? [])],
      current: byKey.get(parameter.key) ?? null,
    }));
  }

  @Query(() => [PolicyVersionType], {
    description: 'How the parameters changed, newest first: who, when, why, through which proposal',
  })
  async policyHistory(@Args() args: PolicyHistoryArgs): Promise<PolicyVersionType[]> {
    return this.present(await this.policy.history(args.key ?? undefined));
  }

  @Mutation(() => [PolicyVersionType], {
    description: 'Staff: set parameters directly (defaults for a new co-op); members change them by proposal',
  })
  @RequirePlatformRole('STAFF')
  async setPolicyParameters(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetPolicyParametersInput,
  ): Promise<PolicyVersionType[]> {
    const changes = input.changes.map((change) => ({ key: change.key, value: parseParameterText(change.key, change.value) }));
    return this.present(await this.policy.change(changes, { reason: input.reason, setBy: viewer.accountId }));
  }

  private async present(versions: PolicyVersion[]): Promise<PolicyVersionType[]> {
    const ids = [...new Set(versions.map((version) => version.setBy).filter((id): id is string => id !== null))];
    const names = new Map((await this.accounts.findByIds(ids)).map((account) => [account.id, account.displayName]));
    return versions.map((version) => ({
      id: version.id,
      key: version.key,
      value: parameterText(version.value),
      validFrom: version.validFrom,
      reason: version.reason,
      setByName: version.setBy ? (names.get(version.setBy) ?? null) : null,
      proposalId: version.proposalId,
    }));
  }
}
