import { Args, ArgsType, Context, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  Authenticated,
  CurrentViewer,
  IdArg,
  OptionalViewer,
  RateLimited,
  RequestContext,
  requestLoader,
  Viewer,
} from '@allmende/core';
import { MembershipService } from '@allmende/membership';
import { parameterText, PolicyService } from '@allmende/policy';
import { ProposalAmendment } from '../entities/deliberation.entity';
import { Proposal } from '../entities/proposal.entity';
import { BallotService, PublishedBallot } from '../services/ballot.service';
import { DeliberationService } from '../services/deliberation.service';
import { ImplementationService } from '../services/implementation.service';
import { NotificationService } from '../services/notification.service';
import { ProposalService } from '../services/proposal.service';
import { diffLines } from '../services/text-diff';
import { rational, rationalDecimal } from '../tally/rational';
import { PROPOSAL_STATES, ProposalState, ProposalStateEnum } from '../state/proposal-state';
import { BallotChoice } from '../tally/tally';
import {
  AddTaskInput,
  AmendProposalInput,
  CastBallotInput,
  CastBallotResultType,
  CreateProposalInput,
  DeliberationType,
  ImplementationTaskType,
  NotificationType,
  PolicyChangeType,
  PostInThreadInput,
  ProposalAmendmentType,
  ProposalAuthorType,
  ProposalPostType,
  ProposalResultType,
  ProposalReviewType,
  ProposalType,
  PublishedBallotType,
  ReceiptCheckType,
  ReviewInput,
  VoteParticipationType,
} from './governance.types';

@ArgsType()
class ProposalsArgs {
  @Field(() => [ProposalStateEnum], { nullable: true, description: 'Only these states' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsIn(PROPOSAL_STATES, { each: true })
  states?: ProposalState[] | null;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 50;
}

@ArgsType()
class ReceiptArgs {
  @Field(() => ID)
  @IsUUID('all')
  proposalId: string;

  @Field()
  @IsString()
  @MaxLength(40)
  receipt: string;
}

/** Published ballots show the ballot's own answer and nothing else. */
export function presentBallot(ballot: PublishedBallot): PublishedBallotType {
  const { choice } = ballot;
  return {
    receipt: ballot.receipt,
    memberClass: ballot.memberClass,
    abstain: choice.abstain === true,
    consent: choice.consent ?? null,
    reason: choice.reason ?? null,
    option: choice.option ?? null,
    ranking: choice.ranking ?? null,
    scores: choice.scores ? Object.entries(choice.scores).map(([option, score]) => ({ option, score })) : null,
  };
}

const TEXT_FIELDS = ['title', 'problemStatement', 'body'] as const;

@Resolver(() => ProposalType)
export class ProposalResolver {
  constructor(
    private readonly proposals: ProposalService,
    private readonly deliberation: DeliberationService,
    private readonly ballots: BallotService,
    private readonly implementation: ImplementationService,
    private readonly membership: MembershipService,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => [ProposalType], { name: 'proposals', description: 'Proposals, newest first (drafts only for their author)' })
  listProposals(@OptionalViewer() viewer: Viewer | null, @Args() args: ProposalsArgs): Promise<Proposal[]> {
    return this.proposals.list({ states: args.states ?? null, viewerAccountId: viewer?.accountId ?? null }, args.first);
  }

  @Query(() => ProposalType)
  proposal(@OptionalViewer() viewer: Viewer | null, @IdArg('id') id: string): Promise<Proposal> {
    return this.proposals.visibleTo(id, viewer);
  }

  @Query(() => [PublishedBallotType], { description: 'After close: every counted ballot by receipt, without who cast it' })
  async publishedBallots(@IdArg('proposalId') proposalId: string): Promise<PublishedBallotType[]> {
    const proposal = await this.proposals.visibleTo(proposalId, null);
    if (!proposal.closedAt) return [];
    return (await this.ballots.published(proposalId)).map(presentBallot);
  }

  @Query(() => ReceiptCheckType, { description: 'Whether the ballot with this receipt was counted, and as what' })
  async checkReceipt(@Args() args: ReceiptArgs): Promise<ReceiptCheckType> {
    const proposal = await this.proposals.visibleTo(args.proposalId, null);
    if (!proposal.closedAt) return { counted: false, ballot: null };
    const ballot = (await this.ballots.published(args.proposalId)).find(
      (candidate) => candidate.receipt === args.receipt.trim().toUpperCase(),
    );
    return { counted: Boolean(ballot), ballot: ballot ? presentBallot(ballot) : null };
  }

  @Mutation(() => ProposalType, { description: 'A member writes a draft proposal' })
  @Authenticated()
  createProposal(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateProposalInput): Promise<Proposal> {
    return this.proposals.create(viewer, { ...input, allocationId: input.allocationId ?? null }, input.memberId);
  }

  @Mutation(() => ProposalType, { description: 'The author publishes the draft: deliberation starts' })
  @Authenticated()
  publishProposal(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Proposal> {
    return this.proposals.publish(viewer, id);
  }

  @Mutation(() => ProposalType, { description: 'The author amends text, options or changes during deliberation' })
  @Authenticated()
  amendProposal(@CurrentViewer() viewer: Viewer, @Args('input') input: AmendProposalInput): Promise<Proposal> {
    return this.proposals.amend(viewer, input.proposalId, input);
  }

  @Mutation(() => ProposalPostType, { description: 'A member posts in the thread (or replies to a post)' })
  @Authenticated()
  async postInThread(@CurrentViewer() viewer: Viewer, @Args('input') input: PostInThreadInput): Promise<ProposalPostType> {
    const post = await this.deliberation.post(viewer, input);
    const [authorName] = await this.membership.namesOf([post.memberId]);
    return { ...post, authorName };
  }

  @Mutation(() => ProposalType, { description: 'The author opens the vote, once the deliberation conditions are met' })
  @Authenticated()
  openVoting(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Proposal> {
    return this.proposals.openVoting(viewer, id);
  }

  @Mutation(() => CastBallotResultType, {
    description: 'Cast or change your secret ballot until the vote closes; returns your receipt',
  })
  @Authenticated()
  @RateLimited('vote')
  async castBallot(@CurrentViewer() viewer: Viewer, @Args('input') input: CastBallotInput): Promise<CastBallotResultType> {
    const choice: BallotChoice = {
      abstain: input.abstain ? true : undefined,
      consent: input.consent ?? undefined,
      reason: input.reason ?? undefined,
      option: input.option ?? undefined,
      ranking: input.ranking ?? undefined,
      scores: input.scores ? Object.fromEntries(input.scores.map((entry) => [entry.option, entry.score])) : undefined,
    };
    const receipt = await this.ballots.cast(viewer, { proposalId: input.proposalId, choice, memberId: input.memberId });
    return { proposalId: input.proposalId, receipt };
  }

  @Mutation(() => ImplementationTaskType, { description: 'The author or staff plans a task of a passed proposal' })
  @Authenticated()
  addImplementationTask(@CurrentViewer() viewer: Viewer, @Args('input') input: AddTaskInput): Promise<ImplementationTaskType> {
    return this.implementation.addTask(viewer, input);
  }

  @Mutation(() => ImplementationTaskType, { description: 'The task’s owner, the author or staff marks it done' })
  @Authenticated()
  completeImplementationTask(@CurrentViewer() viewer: Viewer, @IdArg('taskId') taskId: string): Promise<ImplementationTaskType> {
    return this.implementation.completeTask(viewer, taskId);
  }

  @Mutation(() => ProposalReviewType, { description: 'A participant writes what worked and what did not' })
  @Authenticated()
  reviewProposal(@CurrentViewer() viewer: Viewer, @Args('input') input: ReviewInput): Promise<ProposalReviewType> {
    return this.implementation.review(viewer, input);
  }

  @Mutation(() => ProposalType, {
    description: 'The author or staff records the proposal as implemented (tasks done, review written)',
  })
  @Authenticated()
  completeImplementation(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Proposal> {
    return this.implementation.complete(viewer, id);
  }

  @ResolveField(() => ProposalAuthorType)
  async author(@Parent() proposal: Proposal, @Context() context: RequestContext): Promise<ProposalAuthorType> {
    const name = await requestLoader<string, string>(context, 'memberNames', (ids) => this.membership.namesOf(ids)).load(
      proposal.authorMemberId,
    );
    return { memberId: proposal.authorMemberId, name };
  }

  @ResolveField(() => [PolicyChangeType])
  policyChanges(@Parent() proposal: Proposal): PolicyChangeType[] {
    return proposal.policyChanges.map(({ key, value }) => ({ key, value: parameterText(value) }));
  }

  @ResolveField(() => [ProposalPostType], { description: 'The thread, oldest first' })
  async thread(@Parent() proposal: Proposal): Promise<ProposalPostType[]> {
    const posts = await this.deliberation.thread(proposal.id);
    const names = await this.membership.namesOf(posts.map((post) => post.memberId));
    return posts.map((post, index) => ({ ...post, authorName: names[index] }));
  }

  @ResolveField(() => [ProposalAmendmentType], { description: 'Each version with what changed from the one before' })
  async amendments(@Parent() proposal: Proposal): Promise<ProposalAmendmentType[]> {
    const versions = await this.proposals.amendments(proposal.id);
    return versions.map((version, index) => ({
      version: version.version,
      summary: version.summary,
      createdAt: version.createdAt,
      changes: index === 0 ? [] : changesBetween(versions[index - 1], version),
    }));
  }

  @ResolveField(() => DeliberationType)
  async deliberationStatus(@Parent() proposal: Proposal): Promise<DeliberationType> {
    const [participation, policy] = await Promise.all([
      this.proposals.participation(proposal.id),
      this.policy.current('governance'),
    ]);
    const missing = proposal.state === 'DELIBERATION' ? await this.proposals.missingConditions(proposal, new Date()) : [];
    return {
      ...participation,
      missing,
      minParticipants: policy.deliberationMinParticipants,
      minDays: policy.deliberationMinDays,
    };
  }

  @ResolveField(() => VoteParticipationType, { nullable: true, description: 'Live counts once voting opened; never choices' })
  async participation(@Parent() proposal: Proposal): Promise<VoteParticipationType | null> {
    return proposal.votingOpenedAt ? this.ballots.participation(proposal.id) : null;
  }

  @ResolveField(() => ProposalResultType, { nullable: true, description: 'The published tally, after close' })
  async result(@Parent() proposal: Proposal): Promise<ProposalResultType | null> {
    if (!proposal.result) return null;
    const blockReasons = (await this.ballots.published(proposal.id)).flatMap((ballot) =>
      ballot.choice.consent === 'BLOCK' && ballot.choice.reason ? [ballot.choice.reason] : [],
    );
    return presentResult(proposal, blockReasons);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Your ballot’s receipt (only you see it); null if you have not voted',
  })
  async myReceipt(@Parent() proposal: Proposal, @OptionalViewer() viewer: Viewer | null): Promise<string | null> {
    return viewer ? this.ballots.myReceipt(viewer, proposal.id) : null;
  }

  @ResolveField(() => [ImplementationTaskType])
  tasks(@Parent() proposal: Proposal): Promise<ImplementationTaskType[]> {
    return this.implementation.tasksOf(proposal.id);
  }

  @ResolveField(() => [ProposalReviewType])
  reviews(@Parent() proposal: Proposal): Promise<ProposalReviewType[]> {
    return this.implementation.reviewsOf(proposal.id);
  }
}

function changesBetween(before: ProposalAmendment, after: ProposalAmendment) {
  const text = (version: ProposalAmendment) => ({
    title: version.title,
    problemStatement: version.problemStatement,
    body: version.body,
    options: version.options.map((option) => option.label).join('\n'),
    policyChanges: version.policyChanges.map((change) => `${change.key} = ${parameterText(change.value)}`).join('\n'),
  });
  const [a, b] = [text(before), text(after)];
  return ([...TEXT_FIELDS, 'options', 'policyChanges'] as const)
    .filter((field) => a[field] !== b[field])
    .map((field) => ({ field, lines: diffLines(a[field], b[field]) }));
}

interface StoredTotal {
  key: string;
  ballots: number;
  weight: string;
}

const parseRational = (text: string) => {
  const [num, den = '1'] = text.split('/');
  return rational(BigInt(num), BigInt(den));
};

function presentTotals(proposal: Proposal, totals: StoredTotal[]) {
  const labels = new Map(proposal.options.map((option) => [option.id, option.label]));
  const whole = totals.reduce((acc, total) => {
    const weight = parseRational(total.weight);
    return rational(acc.num * weight.den + weight.num * acc.den, acc.den * weight.den);
  }, rational(0));
  return totals.map((total) => {
    const weight = parseRational(total.weight);
    const percent =
      whole.num === 0n ? '0.0' : rationalDecimal(rational(weight.num * whole.den * 100n, weight.den * whole.num), 1);
    return { key: total.key, label: labels.get(total.key) ?? total.key, ballots: total.ballots, weight: total.weight, percent };
  });
}

function presentResult(proposal: Proposal, blockReasons: string[]): ProposalResultType {
  const stored = proposal.result as {
    outcome: string;
    reason: string;
    electorate: number;
    ballotsCast: number;
    abstentions: number;
    quorumNeeded: number;
    winner: string | null;
    share: string;
    blocks: number;
    patronOutcome: string | null;
    weights: { memberClass: string; voters: number; classWeight: string; ballotWeight: string }[];
    totals: StoredTotal[];
    rounds: { totals: StoredTotal[]; exhausted: string; eliminated: string | null; tieBreak: string | null }[];
  };
  return {
    ...stored,
    blockReasons,
    totals: presentTotals(proposal, stored.totals),
    rounds: stored.rounds.map((round) => ({ ...round, totals: presentTotals(proposal, round.totals) })),
  };
}

@Resolver(() => NotificationType)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => [NotificationType], { description: 'Your notifications about proposals, newest first' })
  @Authenticated()
  myNotifications(@CurrentViewer() viewer: Viewer): Promise<NotificationType[]> {
    return this.notifications.list(viewer);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread (the count in the header)' })
  @Authenticated()
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.notifications.unreadCount(viewer);
  }

  @Mutation(() => Boolean, { description: 'Marks all your notifications read' })
  @Authenticated()
  async markNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.notifications.markAllRead(viewer);
    return true;
  }
}
