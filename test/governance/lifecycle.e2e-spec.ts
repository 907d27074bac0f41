import { createTestApp, registerStaff, TestApp } from '@allmende/testing';
import { CAST, closeVote, joinAsMember, OPEN_VOTING, POST, PUBLISH, runGovernanceClock, TestMember } from './governance-helpers';

const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id state } }`;
const AMEND = `mutation($input: AmendProposalInput!) { amendProposal(input: $input) { version options { label } } }`;
const DETAIL = `query($id: ID!) {
  proposal(id: $id) {
    state outcome version options { id label }
    amendments { version summary changes { field lines { op text } } }
    deliberationStatus { participants classes missing }
    tasks { id title doneAt } reviews { whatWorked whatDidNot }
  }
}`;
const NOTIFICATIONS = `{ unreadNotificationCount myNotifications { kind proposalTitle read } }`;

describe('governance: amendments, notifications, implementation and review', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());

  it('takes a proposal from draft to implemented, with its diffs, notifications, tasks and review', async () => {
    const staff = await registerStaff(app.gql, app.dataSource);
    const voters: TestMember[] = [
      await joinAsMember(app, 'CONSUMER', 'Ada'),
      await joinAsMember(app, 'PRODUCER', 'Bo'),
      await joinAsMember(app, 'WORKER', 'Cy'),
    ];
    const [ada, bo, cy] = voters;
    const { createProposal } = await ada.gql.ok<{ createProposal: { id: string } }>(CREATE, {
      input: {
        kind: 'GENERAL',
        title: 'Choose the next market town',
        problemStatement: 'Our stall reaches too few buyers.',
        body: 'We try one market a month.\nThe co-op pays the pitch.',
        pollType: 'SINGLE_CHOICE',
        options: ['Kassel', 'Göttingen'],
      },
    });
    const id = createProposal.id;
    // A draft is the author's alone.
    expect(await bo.gql.errorCode(DETAIL, { id })).toBe('NOT_FOUND');
    await ada.gql.ok(PUBLISH, { id });
    expect((await bo.gql.ok<{ unreadNotificationCount: number }>(NOTIFICATIONS)).unreadNotificationCount).toBe(1);

    await ada.gql.ok(AMEND, {
      input: {
        proposalId: id,
        summary: 'Add Erfurt; members share the pitch',
        body: 'We try one market a month.\nMembers share the pitch.',
        options: ['Kassel', 'Göttingen', 'Erfurt'],
      },
    });
    expect(await bo.gql.errorCode(AMEND, { input: { proposalId: id, summary: 'Mine now' } })).toBe('FORBIDDEN');
    const { proposal } = await ada.gql.ok<{
      proposal: {
        version: number;
        amendments: { version: number; summary: string; changes: { field: string; lines: { op: string; text: string }[] }[] }[];
      };
    }>(DETAIL, { id });
    expect(proposal.version).toBe(1);
    expect(proposal.amendments.map((amendment) => [amendment.version, amendment.summary])).toEqual([
      [0, 'First published'],
      [1, 'Add Erfurt; members share the pitch'],
    ]);
    expect(proposal.amendments[1].changes).toEqual([
      {
        field: 'body',
        lines: [
          { op: 'SAME', text: 'We try one market a month.' },
          { op: 'REMOVED', text: 'The co-op pays the pitch.' },
          { op: 'ADDED', text: 'Members share the pitch.' },
        ],
      },
      {
        field: 'options',
        lines: [
          { op: 'SAME', text: 'Kassel' },
          { op: 'SAME', text: 'Göttingen' },
          { op: 'ADDED', text: 'Erfurt' },
        ],
      },
    ]);

    for (const voter of voters) await voter.gql.ok(POST, { input: { proposalId: id, body: `${voter.displayName} weighs in.` } });
    await app.dataSource.query(`UPDATE proposal SET deliberation_started_at = now() - interval '8 days' WHERE id = $1`, [id]);
    const opened = await ada.gql.ok<{ openVoting: { votingClosesAt: string } }>(OPEN_VOTING, { id });
    // Options freeze when voting opens.
    expect(await ada.gql.errorCode(AMEND, { input: { proposalId: id, summary: 'Too late', options: ['Kassel', 'Fulda'] } })).toBe(
      'PROPOSAL_NOT_IN_DELIBERATION',
    );
    const options = (await ada.gql.ok<{ proposal: { options: { id: string; label: string }[] } }>(DETAIL, { id })).proposal
      .options;
    const erfurt = options.find((option) => option.label === 'Erfurt')!.id;
    for (const voter of voters) await voter.gql.ok(CAST, { input: { proposalId: id, option: erfurt } });

    // 24 hours before the close, everyone in the electorate hears of it once.
    const closesAt = new Date(opened.openVoting.votingClosesAt).getTime();
    await runGovernanceClock(app, new Date(closesAt - 23 * 3_600_000));
    await runGovernanceClock(app, new Date(closesAt - 22 * 3_600_000));
    await closeVote(app, id);
    const inbox = await cy.gql.ok<{ unreadNotificationCount: number; myNotifications: { kind: string }[] }>(NOTIFICATIONS);
    expect(inbox.myNotifications.map((notification) => notification.kind).sort()).toEqual([
      'PROPOSAL_PUBLISHED',
      'RESULT',
      'VOTING_CLOSES_SOON',
      'VOTING_OPENED',
    ]);
    expect(inbox.unreadNotificationCount).toBe(4);
    await cy.gql.ok(`mutation { markNotificationsRead }`);
    expect((await cy.gql.ok<{ unreadNotificationCount: number }>(NOTIFICATIONS)).unreadNotificationCount).toBe(0);

    const addTask = `mutation($input: AddTaskInput!) { addImplementationTask(input: $input) { id } }`;
    expect(
      await bo.gql.errorCode(addTask, {
        input: { proposalId: id, title: 'Book the pitch', ownerMemberId: bo.memberId, dueOn: '2027-01-15' },
      }),
    ).toBe('FORBIDDEN');
    const task = await ada.gql.ok<{ addImplementationTask: { id: string } }>(addTask, {
      input: { proposalId: id, title: 'Book the pitch', ownerMemberId: bo.memberId, dueOn: '2027-01-15' },
    });
    const complete = `mutation($id: ID!) { completeImplementation(id: $id) { state } }`;
    expect(await ada.gql.errorCode(complete, { id })).toBe('TASKS_NOT_DONE');
    await bo.gql.ok(`mutation($id: ID!) { completeImplementationTask(taskId: $id) { doneAt } }`, {
      id: task.addImplementationTask.id,
    });
    expect(await ada.gql.errorCode(complete, { id })).toBe('REVIEW_MISSING');
    const review = `mutation($input: ReviewInput!) { reviewProposal(input: $input) { whatWorked } }`;
    await cy.gql.ok(review, {
      input: { proposalId: id, whatWorked: 'Many new buyers came.', whatDidNot: 'The pitch was in the shade.' },
    });
    expect(await cy.gql.errorCode(review, { input: { proposalId: id, whatWorked: 'Again', whatDidNot: 'Again' } })).toBe(
      'ALREADY_REVIEWED',
    );
    expect(
      (await staff.gql.ok<{ completeImplementation: { state: string } }>(complete, { id })).completeImplementation.state,
    ).toBe('IMPLEMENTED');
    const done = (await ada.gql.ok<{ proposal: { state: string; outcome: string; reviews: unknown[] } }>(DETAIL, { id }))
      .proposal;
    expect(done).toMatchObject({
      state: 'IMPLEMENTED',
      outcome: 'PASSED',
      reviews: [{ whatWorked: 'Many new buyers came.', whatDidNot: 'The pitch was in the shade.' }],
    });
  });
});
