import { Args, ArgsType, Context, Field, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import {
  Authenticated,
  IdArg,
  ConnectionType,
  CurrentViewer,
  OptionalViewer,
  PageArgs,
  RequestContext,
  RequirePlatformRole,
  Viewer,
} from '@allmende/core';
import {
  missingLegalDetails,
  Organisation,
  ORGANISATION_KINDS,
  OrganisationKind,
  OrganisationKindEnum,
} from '../entities/organisation.entity';
import { OrganisationMember } from '../entities/organisation-member.entity';
import { OrganisationService } from '../services/organisation.service';
import { AddOrganisationStaffInput, CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { IdentityLoaders } from './identity.loaders';

const OrganisationConnection = ConnectionType(Organisation, 'Organisation');

@ArgsType()
class OrganisationListArgs extends PageArgs {
  @Field(() => OrganisationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  verified?: boolean | null;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly organisationService: OrganisationService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Query(() => Organisation)
  organisation(@IdArg('id') id: string): Promise<Organisation> {
    return this.organisationService.get(id);
  }

  @Query(() => OrganisationConnection)
  organisations(@Args() args: OrganisationListArgs) {
    return this.organisationService.list({ kind: args.kind, verified: args.verified }, args.first, args.after);
  }

  @Mutation(() => Organisation, { description: 'Create an organisation; you become its owner' })
  @Authenticated()
  createOrganisation(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateOrganisationInput): Promise<Organisation> {
    return this.organisationService.create(viewer, input);
  }

  @Mutation(() => Organisation, { description: 'Change the name or legal details; owners only' })
  @Authenticated()
  updateOrganisation(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return this.organisationService.update(viewer, id, input);
  }

  @Mutation(() => OrganisationMember, { description: 'Let another account act for the organisation; owners only' })
  @Authenticated()
  addOrganisationStaff(
    @CurrentViewer() viewer: Viewer,
    @IdArg('organisationId') organisationId: string,
    @Args('input') input: AddOrganisationStaffInput,
  ): Promise<OrganisationMember> {
    return this.organisationService.addStaff(viewer, organisationId, input.email, input.role);
  }

  @Mutation(() => Organisation, {
    description: 'Mark a co-operative or NGO as verified (its owners are told by mail); platform staff only',
  })
  @RequirePlatformRole('STAFF')
  verifyOrganisation(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Organisation> {
    return this.organisationService.verify(viewer, id);
  }

  @ResolveField(() => Boolean)
  isVerified(@Parent() organisation: Organisation): boolean {
    return organisation.verifiedAt !== null;
  }

  @ResolveField(() => [String], { description: 'Legal details still needed before its listings can go live' })
  missingLegalDetails(@Parent() organisation: Organisation): string[] {
    return missingLegalDetails(organisation);
  }

  @ResolveField(() => Boolean)
  legalDetailsComplete(@Parent() organisation: Organisation): boolean {
    return missingLegalDetails(organisation).length === 0;
  }

  @ResolveField(() => String, { nullable: true, description: 'Shown only to those who act for the organisation' })
  async payoutAccount(
    @Parent() organisation: Organisation,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    return (await this.visibleStaff(organisation, viewer, context)).length ? organisation.payoutAccount : null;
  }

  @ResolveField(() => [OrganisationMember], { description: 'Who acts for it; shown only to its own staff and platform staff' })
  staff(
    @Parent() organisation: Organisation,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<OrganisationMember[]> {
    return this.visibleStaff(organisation, viewer, context);
  }

  private async visibleStaff(organisation: Organisation, viewer: Viewer | null, context: RequestContext) {
    if (!viewer) return [];
    const staff = await this.loaders.staffByOrganisation(context).load(organisation.id);
    const insider = viewer.platformRole === 'STAFF' || staff.some((member) => member.accountId === viewer.accountId);
    return insider ? staff : [];
  }
}

@Resolver(() => OrganisationMember)
export class OrganisationMemberResolver {
  constructor(private readonly loaders: IdentityLoaders) {}

  @ResolveField(() => Organisation)
  async organisation(@Parent() member: OrganisationMember, @Context() context: RequestContext): Promise<Organisation> {
    if (member.organisation) return member.organisation;
    return (await this.loaders.organisationById(context).load(member.organisationId))!;
  }
}
