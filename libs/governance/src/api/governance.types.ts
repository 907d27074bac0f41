import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { stringEnum } from '@allmende/core';
import { MemberClassEnum } from '@allmende/membership';
import { PolicyParameterChangeInput } from '@allmende/policy';
import { CONSENT_CHOICES, POLL_TYPES, PollType } from '../tally/tally';
import {
  PROPOSAL_KINDS,
  ProposalKind,
  ProposalKindEnum,
  ProposalOutcomeEnum,
  ProposalState,
  ProposalStateEnum,
} from '../state/proposal-state';

export const PollTypeEnum = stringEnum(
  'PollType',
  POLL_TYPES,
  'CONSENT, SINGLE_CHOICE, RANKED_CHOICE (instant runoff) or SCORE (0–5 per option)',
);
export const ConsentChoiceEnum = stringEnum(
  'ConsentChoice',
  CONSENT_CHOICES,
  'A consent poll’s answers; a block carries its reason',
);
export const DiffOpEnum = stringEnum('DiffOp', ['SAME', 'ADDED', 'REMOVED'] as const, 'A line of a diff');
export const MissingConditionEnum = stringEnum(
  'VotingCondition',
  ['MIN_DAYS', 'MIN_PARTICIPANTS', 'TWO_CLASSES'] as const,
  'What voting waits for: the minimum days of deliberation, the minimum participants, participants from two classes',
);
export const NotificationKindEnum = stringEnum(
  'NotificationKind',
  ['PROPOSAL_PUBLISHED', 'VOTING_OPENED', 'VOTING_CLOSES_SOON', 'RESULT'] as const,
  'What a notification is about',
);

@ObjectType('PollOption')
export class PollOptionType {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;
}

@ObjectType('PolicyChange', { description: 'A parameter a POLICY_CHANGE sets, and its new value as text' })
export class PolicyChangeType {
  @Field()
  key: string;

  @Field()
  value: string;
}

@ObjectType('ProposalAuthor')
export class ProposalAuthorType {
  @Field(() => ID)
  memberId: string;

  @Field()
  name: string;
}

@ObjectType('ProposalPost', { description: 'A post in a proposal’s thread' })
export class ProposalPostType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'The top-level post this replies to' })
  parentId: string | null;

  @Field()
  authorName: string;

  @Field(() => MemberClassEnum)
  memberClass: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;
}

@ObjectType('DiffLine')
export class DiffLineType {
  @Field(() => DiffOpEnum)
  op: string;

  @Field()
  text: string;
}

@ObjectType('FieldDiff', { description: 'How one field changed in an amendment' })
export class FieldDiffType {
  @Field()
  field: string;

  @Field(() => [DiffLineType])
  lines: DiffLineType[];
}

@ObjectType('ProposalAmendment', { description: 'The proposal after an amendment, and what changed from the version before' })
export class ProposalAmendmentType {
  @Field(() => Int)
  version: number;

  @Field()
  summary: string;

  @Field()
  createdAt: Date;

  @Field(() => [FieldDiffType], { description: 'Only the fields that changed; empty for version 0' })
  changes: FieldDiffType[];
}

@ObjectType('Deliberation', { description: 'Who took part in the thread, and what voting still waits for' })
export class DeliberationType {
  @Field(() => Int)
  participants: number;

  @Field(() => [MemberClassEnum])
  classes: string[];

  @Field(() => [MissingConditionEnum], { description: 'Empty once voting may open' })
  missing: string[];

  @Field(() => Int)
  minParticipants: number;

  @Field(() => Int)
  minDays: number;
}

@ObjectType('ClassParticipation')
export class ClassParticipationType {
  @Field(() => MemberClassEnum)
  memberClass: string;

  @Field(() => Int)
  electors: number;

  @Field(() => Int)
  ballotsCast: number;
}

@ObjectType('VoteParticipation', { description: 'How many voted, live: counts only, never choices' })
export class VoteParticipationType {
  @Field(() => Int)
  electorate: number;

  @Field(() => Int)
  ballotsCast: number;

  @Field(() => [ClassParticipationType])
  byClass: ClassParticipationType[];
}

@ObjectType('ClassWeightResult', { description: 'w = W_k / n_k, exact' })
export class ClassWeightResultType {
  @Field(() => MemberClassEnum)
  memberClass: string;

  @Field(() => Int)
  voters: number;

  @Field({ description: 'W_k after the investor cap, "n/d"' })
  classWeight: string;

  @Field({ description: 'One ballot’s weight, "n/d"' })
  ballotWeight: string;
}

@ObjectType('OptionTotal')
export class OptionTotalType {
  @Field({ description: 'An option id or a consent answer' })
  key: string;

  @Field()
  label: string;

  @Field(() => Int)
  ballots: number;

  @Field({ description: 'Exact weight, "n/d"' })
  weight: string;

  @Field({ description: 'Share of the round’s deciding weight, in per cent, rounded for reading' })
  percent: string;
}

@ObjectType('RankedRound')
export class RankedRoundType {
  @Field(() => [OptionTotalType])
  totals: OptionTotalType[];

  @Field()
  exhausted: string;

  @Field(() => String, { nullable: true })
  eliminated: string | null;

  @Field(() => String, { nullable: true, description: 'EARLIER_ROUND or LOT when a tie for last was broken' })
  tieBreak: string | null;
}

@ObjectType('ProposalResult', { description: 'The published tally of a closed vote' })
export class ProposalResultType {
  @Field(() => ProposalOutcomeEnum)
  outcome: string;

  @Field({ description: 'PASSED, NO_QUORUM, BELOW_THRESHOLD, BLOCKED, NO_DECIDING_VOTES, TIE or DUAL_MAJORITY_FAILED' })
  reason: string;

  @Field(() => Int)
  electorate: number;

  @Field(() => Int)
  ballotsCast: number;

  @Field(() => Int)
  abstentions: number;

  @Field(() => Int)
  quorumNeeded: number;

  @Field(() => String, { nullable: true })
  winner: string | null;

  @Field({ description: 'The winner’s share of the deciding weight, exact "n/d"' })
  share: string;

  @Field(() => Int)
  blocks: number;

  @Field(() => [String], { description: 'The reasons given with blocks' })
  blockReasons: string[];

  @Field(() => String, { nullable: true })
  patronOutcome: string | null;

  @Field(() => [ClassWeightResultType])
  weights: ClassWeightResultType[];

  @Field(() => [OptionTotalType])
  totals: OptionTotalType[];

  @Field(() => [RankedRoundType], { description: 'Ranked choice: the rounds of the instant runoff' })
  rounds: RankedRoundType[];
}

@ObjectType('ScoreEntry')
export class ScoreEntryType {
  @Field(() => ID)
  option: string;

  @Field(() => Int)
  score: number;
}

@ObjectType('PublishedBallot', { description: 'A counted ballot: receipt, class and choice; never who cast it' })
export class PublishedBallotType {
  @Field()
  receipt: string;

  @Field(() => MemberClassEnum)
  memberClass: string;

  @Field({ defaultValue: false })
  abstain: boolean;

  @Field(() => ConsentChoiceEnum, { nullable: true })
  consent: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ID, { nullable: true })
  option: string | null;

  @Field(() => [ID], { nullable: true })
  ranking: string[] | null;

  @Field(() => [ScoreEntryType], { nullable: true })
  scores: ScoreEntryType[] | null;
}

@ObjectType('ReceiptCheck')
export class ReceiptCheckType {
  @Field({ description: 'Whether a ballot with this receipt is in the published list' })
  counted: boolean;

  @Field(() => PublishedBallotType, { nullable: true })
  ballot: PublishedBallotType | null;
}

@ObjectType('CastBallotResult')
export class CastBallotResultType {
  @Field(() => ID)
  proposalId: string;

  @Field({ description: 'Keep it: after close, find your ballot in the published list with it' })
  receipt: string;
}

@ObjectType('ImplementationTask')
export class ImplementationTaskType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ID)
  ownerMemberId: string;

  @Field()
  dueOn: string;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;
}

@ObjectType('ProposalReview')
export class ProposalReviewType {
  @Field(() => ID)
  id: string;

  @Field()
  whatWorked: string;

  @Field()
  whatDidNot: string;

  @Field()
  createdAt: Date;
}

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: string;

  @Field(() => ID)
  proposalId: string;

  @Field()
  proposalTitle: string;

  @Field()
  read: boolean;

  @Field()
  createdAt: Date;
}

@InputType()
export class CreateProposalInput {
  @Field(() => ProposalKindEnum)
  @IsIn(PROPOSAL_KINDS)
  kind: ProposalKind;

  @Field()
  @IsString()
  @Length(3, 200)
  title: string;

  @Field({ description: 'The problem it answers, before any solution' })
  @IsString()
  @Length(10, 10_000)
  problemStatement: string;

  @Field()
  @IsString()
  @MaxLength(50_000)
  body: string;

  @Field(() => PollTypeEnum)
  @IsIn(POLL_TYPES)
  pollType: PollType;

  @Field(() => [String], { defaultValue: [], description: 'Option labels (not for consent polls)' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  options: string[] = [];

  @Field(() => [PolicyParameterChangeInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => PolicyParameterChangeInput)
  @ArrayMaxSize(50)
  policyChanges: PolicyParameterChangeInput[] = [];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  allocationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Act as this membership (an organisation you own); your own when absent' })
  @IsOptional()
  @IsUUID('all')
  memberId?: string | null;
}

@InputType()
export class AmendProposalInput {
  @Field(() => ID)
  @IsUUID('all')
  proposalId: string;

  @Field({ description: 'What the amendment changes and why' })
  @IsString()
  @Length(3, 500)
  summary: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(10, 10_000)
  problemStatement?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  body?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  options?: string[] | null;

  @Field(() => [PolicyParameterChangeInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PolicyParameterChangeInput)
  @ArrayMaxSize(50)
  policyChanges?: PolicyParameterChangeInput[] | null;
}

@InputType()
export class PostInThreadInput {
  @Field(() => ID)
  @IsUUID('all')
  proposalId: string;

  @Field()
  @IsString()
  @Length(1, 10_000)
  body: string;

  @Field(() => ID, { nullable: true, description: 'The post this replies to' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  memberId?: string | null;
}

@InputType()
export class ScoreInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(40)
  option: string;

  @Field(() => Int)
  @IsInt()
  score: number;
}

@InputType({ description: 'Exactly one answer, as fits the poll: consent, option, ranking, scores, or abstain' })
export class CastBallotInput {
  @Field(() => ID)
  @IsUUID('all')
  proposalId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  memberId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Abstain (counts for quorum only); a consent poll uses consent: ABSTAIN' })
  @IsOptional()
  @IsBoolean()
  abstain?: boolean | null;

  @Field(() => ConsentChoiceEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONSENT_CHOICES)
  consent?: (typeof CONSENT_CHOICES)[number] | null;

  @Field(() => String, { nullable: true, description: 'Required with a block' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  option?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  ranking?: string[] | null;

  @Field(() => [ScoreInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ScoreInput)
  @ArrayMaxSize(20)
  scores?: ScoreInput[] | null;
}

@InputType()
export class AddTaskInput {
  @Field(() => ID)
  @IsUUID('all')
  proposalId: string;

  @Field()
  @IsString()
  @Length(3, 200)
  title: string;

  @Field(() => ID, { description: 'The member who owns the task' })
  @IsUUID('all')
  ownerMemberId: string;

  @Field({ description: 'Due date, YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  dueOn: string;
}

@InputType()
export class ReviewInput {
  @Field(() => ID)
  @IsUUID('all')
  proposalId: string;

  @Field()
  @IsString()
  @Length(3, 5000)
  whatWorked: string;

  @Field()
  @IsString()
  @Length(3, 5000)
  whatDidNot: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  memberId?: string | null;
}

@ObjectType('Proposal')
export class ProposalType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => ProposalKindEnum)
  kind: ProposalKind;

  @Field(() => ProposalStateEnum)
  state: ProposalState;

  @Field(() => ProposalOutcomeEnum, { nullable: true })
  outcome: string | null;

  @Field()
  title: string;

  @Field()
  problemStatement: string;

  @Field()
  body: string;

  @Field(() => PollTypeEnum)
  pollType: PollType;

  @Field(() => [PollOptionType])
  options: PollOptionType[];

  @Field(() => ID, { nullable: true })
  allocationId: string | null;

  @Field(() => Int, { description: 'Amendments made so far' })
  version: number;

  @Field(() => Date, { nullable: true })
  deliberationStartedAt: Date | null;

  @Field(() => Date, { nullable: true })
  votingOpenedAt: Date | null;

  @Field(() => Date, { nullable: true })
  votingClosesAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Int, { nullable: true })
  electorateSize: number | null;

  @Field()
  createdAt: Date;
}
