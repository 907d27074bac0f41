import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Authenticated, CurrentViewer, IdArg, PageArgs, RequestContext, Viewer } from '@allmende/core';
import { IdentityLoaders, Organisation, OrganisationService } from '@allmende/identity';
import { ProvenanceLot } from '../entities/provenance-lot.entity';
import { ProvenanceQueryService } from '../services/provenance-query.service';
import { ProvenanceService } from '../services/provenance.service';
import { AppendRecordInput, CreateLotInput } from './dto/provenance.inputs';
import {
  ProvenanceAttestation,
  ProvenanceLotConnection,
  ProvenanceRecord,
  ProvenanceRecordConnection,
  ProvenanceSummary,
  ProvenanceVerification,
} from './provenance.types';

@ArgsType()
class OrganisationLotsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all')
  organisationId: string;
}

@ArgsType()
class AttestArgs {
  @Field(() => ID)
  @IsUUID('all')
  recordId: string;

  @Field(() => ID, { description: 'The organisation you attest for' })
  @IsUUID('all')
  organisationId: string;

  @Field({ defaultValue: '', description: 'What you checked, e.g. "Goods received as described"' })
  @IsString()
  @MaxLength(2000)
  statement: string = '';
}

@Resolver(() => ProvenanceLot)
export class ProvenanceLotResolver {
  constructor(
    private readonly provenance: ProvenanceService,
    private readonly query: ProvenanceQueryService,
    private readonly organisations: OrganisationService,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Query(() => ProvenanceLot)
  provenanceLot(@IdArg('id') id: string): Promise<ProvenanceLot> {
    return this.query.getLot(id);
  }

  @Query(() => ProvenanceLotConnection, { description: 'Lots an organisation you act for holds or has recorded steps of' })
  @Authenticated()
  async provenanceLots(@CurrentViewer() viewer: Viewer, @Args() args: OrganisationLotsArgs) {
    await this.organisations.assertActsFor(viewer, args.organisationId);
    return this.query.lotsOfOrganisation(args.organisationId, args.first, args.after);
  }

  @Query(() => ProvenanceSummary, { description: 'A lot’s provenance as buyers see it, input lots included' })
  async provenanceSummary(@IdArg('lotId') lotId: string): Promise<ProvenanceSummary> {
    await this.query.getLot(lotId);
    return (await this.query.summaries([lotId])).get(lotId)!;
  }

  @Query(() => ProvenanceVerification, { description: 'Recomputes every hash of the lot’s chain and its input lots’ chains' })
  verifyProvenance(@IdArg('lotId') lotId: string): Promise<ProvenanceVerification> {
    return this.query.verify(lotId);
  }

  @Query(() => GraphQLJSONObject, {
    description: 'The lot’s chains with every hash, for offline verification (scripts/verify-provenance.js)',
  })
  provenanceExport(@IdArg('lotId') lotId: string) {
    return this.query.exportChain(lotId);
  }

  @Query(() => GraphQLJSONObject, { description: 'The lot’s provenance as a GS1 EPCIS 2.0 JSON document' })
  provenanceEpcis(@IdArg('lotId') lotId: string) {
    return this.query.epcis(lotId);
  }

  @Mutation(() => ProvenanceLot, { description: 'A new lot, held by the organisation that creates it' })
  @Authenticated()
  createProvenanceLot(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateLotInput): Promise<ProvenanceLot> {
    return this.provenance.createLot(viewer, input);
  }

  @Mutation(() => ProvenanceLot, { description: 'Show a lot’s provenance on a product your organisation sells' })
  @Authenticated()
  linkLotToProduct(
    @CurrentViewer() viewer: Viewer,
    @IdArg('lotId') lotId: string,
    @IdArg('productId') productId: string,
  ): Promise<ProvenanceLot> {
    return this.provenance.linkProduct(viewer, lotId, productId);
  }

  @Mutation(() => ProvenanceRecord, { description: 'Append a record to a lot you hold; records are never changed' })
  @Authenticated()
  async appendProvenanceRecord(
    @CurrentViewer() viewer: Viewer,
    @IdArg('lotId') lotId: string,
    @Args('input') input: AppendRecordInput,
  ): Promise<ProvenanceRecord> {
    const record = await this.provenance.append(viewer, lotId, input);
    return this.query.recordView(record.id);
  }

  @Mutation(() => ProvenanceAttestation, { description: 'Sign off another organisation’s record' })
  @Authenticated()
  async attestProvenanceRecord(@CurrentViewer() viewer: Viewer, @Args() args: AttestArgs): Promise<ProvenanceAttestation> {
    const attestation = await this.provenance.attest(viewer, args.recordId, args.organisationId, args.statement);
    return { ...attestation, attestedAt: new Date(attestation.attestedAt), valid: true };
  }

  @ResolveField(() => Organisation)
  async creator(@Parent() lot: ProvenanceLot, @Context() context: RequestContext): Promise<Organisation | null> {
    return this.identityLoaders.organisationById(context).load(lot.creatorOrganisationId);
  }

  @ResolveField(() => Organisation)
  async custodian(@Parent() lot: ProvenanceLot, @Context() context: RequestContext): Promise<Organisation | null> {
    return this.identityLoaders.organisationById(context).load(lot.custodianOrganisationId);
  }

  @ResolveField(() => ProvenanceRecordConnection, { description: 'The chain in order, from position 0' })
  records(@Parent() lot: ProvenanceLot, @Args() args: PageArgs) {
    return this.query.recordPage(lot.id, args.first, args.after);
  }
}

@Resolver(() => ProvenanceRecord)
export class ProvenanceRecordResolver {
  constructor(private readonly identityLoaders: IdentityLoaders) {}

  @ResolveField(() => Organisation, { description: 'Who did or recorded the step' })
  actor(@Parent() record: ProvenanceRecord, @Context() context: RequestContext): Promise<Organisation | null> {
    return this.identityLoaders.organisationById(context).load(record.actorOrganisationId);
  }
}

@Resolver(() => ProvenanceAttestation)
export class ProvenanceAttestationResolver {
  constructor(private readonly identityLoaders: IdentityLoaders) {}

  @ResolveField(() => Organisation)
  organisation(@Parent() attestation: ProvenanceAttestation, @Context() context: RequestContext): Promise<Organisation | null> {
    return this.identityLoaders.organisationById(context).load(attestation.organisationId);
  }
}
