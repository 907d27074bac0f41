import { Injectable } from '@nestjs/common';
import { AuditLog, DomainError, ForbiddenError, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { Member, MembershipService, GOOD_STANDING } from '@allmende/membership';
import { checkParameterChanges, parseParameterText, PolicyService } from '@allmende/policy';
import { ProposalAmendment, ProposalPost } from '../entities/deliberation.entity';
import { ParameterChange, PollOption, Proposal } from '../entities/proposal.entity';
import { ProposalKind, proposalMachine, ProposalState } from '../state/proposal-state';
import { PollType, TallyRules } from '../tally/tally';
import { NotificationService } from './notification.service';

const DAY_MS = 86_400_000;
/** Kinds that ask one yes-or-no question: they are decided by a consent poll. */
const CONSENT_KINDS: readonly ProposalKind[] = ['POLICY_CHANGE', 'BYLAW_CHANGE', 'DIVIDEND_ALLOCATION'];

export interface ProposalDraft {
  kind: ProposalKind;
  title: string;
  problemStatement: string;
  body: string;
  pollType: PollType;
  /** Option labels, for polls other than consent. */
  options: string[];
  /** POLICY_CHANGE: parameters and their new values as text. */
  policyChanges: { key: string; value: string }[];
  allocationId?: string | null;
}

export interface TextChanges {
  summary: string;
  title?: string | null;
  problemStatement?: string | null;
  body?: string | null;
  options?: string[] | null;
  policyChanges?: { key: string; value: string }[] | null;
}

/** What voting still waits for; empty when it may open. */
export type MissingCondition = 'MIN_DAYS' | 'MIN_PARTICIPANTS' | 'TWO_CLASSES';

export interface Participation {
  participants: number;
  classes: string[];
}

/** Writing, publishing, amending and opening proposals for a vote. */
@Injectable()
export class ProposalService {
  constructor(
    private readonly txHost: TxHost,
    private readonly membership: MembershipService,
    private readonly policy: PolicyService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditLog,
  ) {}

  private get proposals() {
    return this.txHost.tx.getRepository(Proposal);
  }

  async get(id: string): Promise<Proposal> {
    const proposal = await this.proposals.findOneBy({ id });
    if (!proposal) throw new NotFoundError('Proposal', id);
    return proposal;
  }

  /** Proposals by state (all but drafts, plus the viewer's own drafts), newest first. */
  list(filter: { states: ProposalState[] | null; viewerAccountId: string | null }, limit: number): Promise<Proposal[]> {
    const query = this.proposals.createQueryBuilder('p').orderBy('p.number', 'DESC').limit(limit);
    query.where(`(p.state <> 'DRAFT' OR p.author_account_id = :viewer)`, { viewer: filter.viewerAccountId });
    if (filter.states?.length) query.andWhere('p.state IN (:...states)', { states: filter.states });
    return query.getMany();
  }

  /** A draft is seen only by its author. */
  async visibleTo(id: string, viewer: Viewer | null): Promise<Proposal> {
    const proposal = await this.get(id);
    if (proposal.state === 'DRAFT' && proposal.authorAccountId !== viewer?.accountId) throw new NotFoundError('Proposal', id);
    return proposal;
  }

  /** A member in good standing, acting as the member given (or their own). */
  async memberInGoodStanding(viewer: Viewer, memberId?: string | null): Promise<Member> {
    const member = await this.membership.actingAs(viewer, memberId);
    if (!member) throw new DomainError('NOT_A_MEMBER', 'Only members of the co-operative can do this');
    if (!GOOD_STANDING.includes(member.status)) {
      throw new DomainError('MEMBER_NOT_IN_GOOD_STANDING', `Your membership is ${member.status.toLowerCase()}`);
    }
    return member;
  }

  /** Writes a draft; a policy change is checked against each parameter's type and range now, not when it passes. */
  @Transactional()
  async create(viewer: Viewer, draft: ProposalDraft, memberId?: string | null): Promise<Proposal> {
    const member = await this.memberInGoodStanding(viewer, memberId);
    const content = this.checkContent(draft.kind, draft.pollType, draft.options, draft.policyChanges, draft.allocationId ?? null);
    const saved = await this.proposals.save(
      this.proposals.create({
        authorMemberId: member.id,
        authorAccountId: viewer.accountId,
        kind: draft.kind,
        title: draft.title.trim(),
        problemStatement: draft.problemStatement.trim(),
        body: draft.body,
        pollType: draft.pollType,
        ...content,
      }),
    );
    return this.get(saved.id);
  }

  private checkContent(
    kind: ProposalKind,
    pollType: PollType,
    optionLabels: string[],
    policyChanges: { key: string; value: string }[],
    allocationId: string | null,
  ): { options: PollOption[]; policyChanges: ParameterChange[]; allocationId: string | null } {
    if (CONSENT_KINDS.includes(kind) && pollType !== 'CONSENT') {
      throw new DomainError(
        'PROPOSAL_NEEDS_CONSENT_POLL',
        `A ${kind.toLowerCase().replace('_', ' ')} is decided by a consent poll`,
      );
    }
    const labels = optionLabels.map((label) => label.trim());
    if (pollType === 'CONSENT' && labels.length > 0) {
      throw new DomainError('POLL_OPTIONS_INVALID', 'A consent poll has its own answers (agree, abstain, disagree, block)');
    }
    if (
      pollType !== 'CONSENT' &&
      (labels.length < 2 || new Set(labels).size !== labels.length || labels.some((label) => !label))
    ) {
      throw new DomainError('POLL_OPTIONS_INVALID', 'A poll needs two or more different, non-empty options');
    }
    if ((kind === 'POLICY_CHANGE') !== policyChanges.length > 0) {
      throw new DomainError('POLICY_CHANGES_INVALID', 'A policy change names the parameters it changes; other kinds change none');
    }
    if ((kind === 'DIVIDEND_ALLOCATION') !== (allocationId !== null)) {
      throw new DomainError('ALLOCATION_ID_INVALID', 'A dividend allocation proposal names its allocation; other kinds none');
    }
    const changes =
      kind === 'POLICY_CHANGE'
        ? checkParameterChanges(policyChanges.map(({ key, value }) => ({ key, value: parseParameterText(key, value) })))
        : [];
    return {
      options: labels.map((label, index) => ({ id: `option-${index + 1}`, label })),
      policyChanges: changes,
      allocationId,
    };
  }

  /** The author edits a draft freely. */
  @Transactional()
  async updateDraft(viewer: Viewer, id: string, changes: Omit<TextChanges, 'summary'>): Promise<Proposal> {
    const proposal = await this.lockForAuthor(viewer, id);
    if (proposal.state !== 'DRAFT')
      throw new DomainError('PROPOSAL_NOT_DRAFT', 'Only a draft can be edited; during deliberation, amend it');
    await this.applyText(proposal, changes);
    return this.get(id);
  }

  /** DRAFT -> DELIBERATION: the thread opens and members are told. Version 0 is kept for the diffs. */
  @Transactional()
  async publish(viewer: Viewer, id: string): Promise<Proposal> {
    const proposal = await this.lockForAuthor(viewer, id);
    proposalMachine.assert(proposal.state, 'DELIBERATION');
    await this.proposals.update(id, { state: 'DELIBERATION', deliberationStartedAt: new Date() });
    await this.keepVersion(proposal, 'First published');
    await this.notifications.announce('PROPOSAL_PUBLISHED', id);
    return this.get(id);
  }

  /** During deliberation the author may amend text, options and changes; each amendment is kept. */
  @Transactional()
  async amend(viewer: Viewer, id: string, changes: TextChanges): Promise<Proposal> {
    const proposal = await this.lockForAuthor(viewer, id);
    if (proposal.state !== 'DELIBERATION') {
      throw new DomainError(
        'PROPOSAL_NOT_IN_DELIBERATION',
        'Amendments are made during deliberation; the options froze when voting opened',
      );
    }
    await this.applyText(proposal, changes);
    const amended = await this.get(id);
    amended.version = proposal.version + 1;
    await this.proposals.update(id, { version: amended.version });
    await this.keepVersion(amended, changes.summary);
    return amended;
  }

  private async applyText(proposal: Proposal, changes: Omit<TextChanges, 'summary'>): Promise<void> {
    const content = this.checkContent(
      proposal.kind,
      proposal.pollType,
      changes.options ?? proposal.options.map((option) => option.label),
      changes.policyChanges ?? proposal.policyChanges.map(({ key, value }) => ({ key, value: String(value) })),
      proposal.allocationId,
    );
    await this.proposals.update(proposal.id, {
      title: changes.title?.trim() ?? proposal.title,
      problemStatement: changes.problemStatement?.trim() ?? proposal.problemStatement,
      body: changes.body ?? proposal.body,
      options: content.options,
      policyChanges: content.policyChanges,
    });
  }

  private async keepVersion(proposal: Proposal, summary: string): Promise<void> {
    await this.txHost.tx.getRepository(ProposalAmendment).insert({
      proposalId: proposal.id,
      version: proposal.version,
      summary,
      title: proposal.title,
      problemStatement: proposal.problemStatement,
      body: proposal.body,
      options: proposal.options,
      policyChanges: proposal.policyChanges,
    });
  }

  amendments(proposalId: string): Promise<ProposalAmendment[]> {
    return this.txHost.tx.getRepository(ProposalAmendment).find({ where: { proposalId }, order: { version: 'ASC' } });
  }

  /** Distinct members who posted in the thread, and their classes. */
  async participation(proposalId: string): Promise<Participation> {
    const rows = await this.txHost.tx
      .getRepository(ProposalPost)
      .createQueryBuilder('p')
      .select('count(DISTINCT p.member_id)::int', 'participants')
      .addSelect('coalesce(array_agg(DISTINCT p.member_class), ARRAY[]::text[])', 'classes')
      .where('p.proposal_id = :proposalId', { proposalId })
      .getRawOne<{ participants: number; classes: string[] }>();
    return { participants: rows?.participants ?? 0, classes: (rows?.classes ?? []).sort() };
  }

  /** What voting still waits for at `now`: the minimum days, the minimum participants, and two classes among them. */
  async missingConditions(proposal: Proposal, now: Date): Promise<MissingCondition[]> {
    const policy = await this.policy.current('governance');
    const { participants, classes } = await this.participation(proposal.id);
    const missing: MissingCondition[] = [];
    const started = proposal.deliberationStartedAt?.getTime() ?? now.getTime();
    if (now.getTime() - started < policy.deliberationMinDays * DAY_MS) missing.push('MIN_DAYS');
    if (participants < policy.deliberationMinParticipants) missing.push('MIN_PARTICIPANTS');
    if (classes.length < 2) missing.push('TWO_CLASSES');
    return missing;
  }

  /**
   * DELIBERATION -> VOTING, when the deliberation minimum has passed and enough members from at
   * least two classes have taken part; otherwise VOTING_CONDITIONS_NOT_MET names what is
   * missing. Freezes the options, the electorate (members in good standing now) and the rules.
   */
  @Transactional()
  async openVoting(viewer: Viewer, id: string, now = new Date()): Promise<Proposal> {
    const proposal = await this.lockForAuthor(viewer, id);
    proposalMachine.assert(proposal.state, 'VOTING');
    const missing = await this.missingConditions(proposal, now);
    if (missing.length) {
      const policy = await this.policy.current('governance');
      const reasons = {
        MIN_DAYS: `deliberation lasts at least ${policy.deliberationMinDays} days`,
        MIN_PARTICIPANTS: `at least ${policy.deliberationMinParticipants} members take part in the thread`,
        TWO_CLASSES: 'the participants come from at least two member classes',
      };
      throw new DomainError(
        'VOTING_CONDITIONS_NOT_MET',
        `Voting can open once ${missing.map((m) => reasons[m]).join(', and ')}`,
        {
          missing,
        },
      );
    }
    const policy = await this.policy.current('governance');
    const threshold = proposal.kind === 'BYLAW_CHANGE' ? policy.bylawThreshold : policy.threshold;
    const rules: Omit<TallyRules, 'threshold'> & { threshold: string } = {
      weighting: policy.weighting,
      classWeight: policy.classWeight,
      investorCapBp: policy.investorCapBp,
      dualMajority: policy.dualMajority,
      quorumBp: policy.quorumBp,
      threshold,
      blockStops: policy.blockStops,
    };
    const electorate = await this.membership.inGoodStanding();
    // One statement (unnest), so an electorate of any size fits.
    await this.txHost.tx.query(
      `INSERT INTO proposal_elector (proposal_id, member_id, member_class, account_id)
       SELECT $1, unnest($2::uuid[]), unnest($3::text[]), unnest($4::uuid[])`,
      [id, electorate.map((m) => m.memberId), electorate.map((m) => m.memberClass), electorate.map((m) => m.accountId)],
    );
    await this.proposals.update(id, {
      state: 'VOTING',
      votingOpenedAt: now,
      votingClosesAt: new Date(now.getTime() + policy.votingDays * DAY_MS),
      electorateSize: electorate.length,
      rules,
    });
    await this.notifications.announce('VOTING_OPENED', id);
    await this.audit.record({
      action: 'proposal.voting_opened',
      actorAccountId: viewer.accountId,
      subject: { type: 'proposal', id },
      details: { electorate: electorate.length },
    });
    return this.get(id);
  }

  private async lockForAuthor(viewer: Viewer, id: string): Promise<Proposal> {
    const proposal = await this.proposals.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal || (proposal.state === 'DRAFT' && proposal.authorAccountId !== viewer.accountId))
      throw new NotFoundError('Proposal', id);
    if (proposal.authorAccountId !== viewer.accountId) throw new ForbiddenError('Only the proposal’s author can do this');
    return proposal;
  }
}
