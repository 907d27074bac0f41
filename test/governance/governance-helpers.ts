import { ClsService } from 'nestjs-cls';
import { GovernanceTimersService } from '@allmende/governance';
import { registerAccount, TestAccount, TestApp } from '@allmende/testing';

export type MemberClassName = 'CONSUMER' | 'PRODUCER' | 'WORKER' | 'INVESTOR';

export interface TestMember extends TestAccount {
  memberId: string;
  memberClass: MemberClassName;
}

export const JOIN = `mutation($input: JoinCoopInput!) {
  joinCoop(input: $input) { paymentId testMode member { id status memberClass } purchase { id shares amount { amount } status } }
}`;
export const PAY_OFFLINE = `mutation($id: ID!) { paySharesOffline(purchaseId: $id) { member { id status joinedAt } purchase { status } } }`;

/** A new account that joins the co-op in a class with `shares` and pays offline: a member in good standing. */
export async function joinAsMember(
  app: TestApp,
  memberClass: MemberClassName,
  name?: string,
  shares?: number,
): Promise<TestMember> {
  const account = await registerAccount(app.gql, name ?? `${memberClass.toLowerCase()} member`);
  const minimum = { CONSUMER: 1, PRODUCER: 5, WORKER: 1, INVESTOR: 10 }[memberClass];
  const { joinCoop } = await account.gql.ok<{ joinCoop: { member: { id: string }; purchase: { id: string } } }>(JOIN, {
    input: { memberClass, shares: shares ?? minimum },
  });
  await account.gql.ok(PAY_OFFLINE, { id: joinCoop.purchase.id });
  return { ...account, memberId: joinCoop.member.id, memberClass };
}

export const CREATE_PROPOSAL = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id state options { id label } } }`;
export const PUBLISH = `mutation($id: ID!) { publishProposal(id: $id) { id state } }`;
export const POST = `mutation($input: PostInThreadInput!) { postInThread(input: $input) { id parentId authorName memberClass } }`;
export const OPEN_VOTING = `mutation($id: ID!) { openVoting(id: $id) { id state electorateSize votingClosesAt } }`;
export const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`;

export interface ProposalSetup {
  kind?: string;
  pollType?: string;
  options?: string[];
  policyChanges?: { key: string; value: string }[];
}

/** A published proposal by `author`, with its thread taken part in by `participants` and its deliberation backdated past the minimum. */
export async function proposalReadyToVote(
  app: TestApp,
  author: TestMember,
  participants: TestMember[],
  setup: ProposalSetup = {},
): Promise<{ id: string; options: { id: string; label: string }[] }> {
  const { createProposal } = await author.gql.ok<{ createProposal: { id: string; options: { id: string; label: string }[] } }>(
    CREATE_PROPOSAL,
    {
      input: {
        kind: setup.kind ?? 'GENERAL',
        title: 'Open a repair café',
        problemStatement: 'Broken goods are thrown away because nobody repairs them.',
        body: 'We rent a room once a month and invite members to repair together.',
        pollType: setup.pollType ?? 'CONSENT',
        options: setup.options ?? [],
        policyChanges: setup.policyChanges ?? [],
      },
    },
  );
  await author.gql.ok(PUBLISH, { id: createProposal.id });
  for (const participant of participants) {
    await participant.gql.ok(POST, {
      input: { proposalId: createProposal.id, body: `${participant.displayName} thinks this through.` },
    });
  }
  await backdateDeliberation(app, createProposal.id, 8);
  return createProposal;
}

/** Moves the start of a proposal's deliberation back by `days` (instead of waiting a week). */
export async function backdateDeliberation(app: TestApp, proposalId: string, days: number): Promise<void> {
  await app.dataSource.query(
    `UPDATE proposal SET deliberation_started_at = deliberation_started_at - make_interval(days => $2) WHERE id = $1`,
    [proposalId, days],
  );
}

/** Runs governance's clock at `at`, as the scheduled job does, and waits for the subscribers of what it published. */
export async function runGovernanceClock(app: TestApp, at: Date) {
  const cls = app.server.app.get(ClsService);
  const ran = await cls.run(() => app.server.app.get(GovernanceTimersService).run(at));
  await app.settle();
  return ran;
}

/** Runs the clock just after the vote's deadline. */
export async function closeVote(app: TestApp, proposalId: string): Promise<void> {
  const [row] = await app.dataSource.query(`SELECT voting_closes_at FROM proposal WHERE id = $1`, [proposalId]);
  await runGovernanceClock(app, new Date(new Date(row.voting_closes_at).getTime() + 1000));
}
