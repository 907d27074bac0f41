import { createTestApp, registerAccount, registerStaff, TestApp } from '@allmende/testing';
import {
  backdateDeliberation,
  CAST,
  closeVote,
  CREATE_PROPOSAL,
  joinAsMember,
  OPEN_VOTING,
  POST,
  proposalReadyToVote,
  PUBLISH,
  TestMember,
} from './governance-helpers';

const RESULT = `query($id: ID!) {
  proposal(id: $id) {
    state outcome myReceipt
    participation { electorate ballotsCast byClass { memberClass electors ballotsCast } }
    result {
      outcome reason electorate ballotsCast abstentions quorumNeeded winner share blocks blockReasons
      weights { memberClass voters classWeight ballotWeight }
      totals { key label ballots weight percent }
      rounds { totals { key weight } exhausted eliminated tieBreak }
    }
  }
}`;

interface Result {
  proposal: {
    state: string;
    outcome: string | null;
    myReceipt: string | null;
    participation: { electorate: number; ballotsCast: number } | null;
    result: {
      outcome: string;
      reason: string;
      ballotsCast: number;
      abstentions: number;
      winner: string | null;
      share: string;
      blockReasons: string[];
      weights: { memberClass: string; voters: number; ballotWeight: string }[];
      totals: { key: string; ballots: number; weight: string }[];
      rounds: { totals: { key: string; weight: string }[]; eliminated: string | null; tieBreak: string | null }[];
    } | null;
  };
}

describe('governance: deliberation, ballots, tallies', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());

  async function members(...classes: TestMember['memberClass'][]): Promise<TestMember[]> {
    const all: TestMember[] = [];
    for (const [index, memberClass] of classes.entries())
      all.push(await joinAsMember(app, memberClass, `${memberClass} ${index + 1}`));
    return all;
  }

  it('opens the vote only after the minimum days and participants from two classes, saying what is missing', async () => {
    const [author, second, third] = await members('CONSUMER', 'CONSUMER', 'PRODUCER');
    const { createProposal } = await author.gql.ok<{ createProposal: { id: string } }>(CREATE_PROPOSAL, {
      input: {
        kind: 'GENERAL',
        title: 'Longer opening hours',
        problemStatement: 'Members who work shifts cannot reach the shop desk.',
        body: 'Open the desk until 20:00 on Thursdays.',
        pollType: 'CONSENT',
      },
    });
    const id = createProposal.id;
    expect(await author.gql.errorCode(OPEN_VOTING, { id })).toBe('ILLEGAL_TRANSITION');
    await author.gql.ok(PUBLISH, { id });
    const missing = async () => (await author.gql.request(OPEN_VOTING, { id })).errors?.[0].extensions;
    expect(await missing()).toMatchObject({
      code: 'VOTING_CONDITIONS_NOT_MET',
      missing: ['MIN_DAYS', 'MIN_PARTICIPANTS', 'TWO_CLASSES'],
    });
    await author.gql.ok(POST, { input: { proposalId: id, body: 'Here is why.' } });
    await second.gql.ok(POST, { input: { proposalId: id, body: 'I agree with the problem.' } });
    await backdateDeliberation(app, id, 8);
    // Two consumers: enough days, but two participants of one class.
    expect(await missing()).toMatchObject({ missing: ['MIN_PARTICIPANTS', 'TWO_CLASSES'] });
    const { postInThread } = await third.gql.ok<{ postInThread: { id: string } }>(POST, {
      input: { proposalId: id, body: 'Producers too.' },
    });
    // A reply to a reply is attached to its top-level post.
    const reply = await author.gql.ok<{ postInThread: { id: string } }>(POST, {
      input: { proposalId: id, body: 'Thanks', parentId: postInThread.id },
    });
    const nested = await second.gql.ok<{ postInThread: { parentId: string } }>(POST, {
      input: { proposalId: id, body: 'Me too', parentId: reply.postInThread.id },
    });
    expect(nested.postInThread.parentId).toBe(postInThread.id);
    await backdateDeliberation(app, id, -2); // 6 days: three participants, two classes, too early
    expect(await missing()).toMatchObject({ missing: ['MIN_DAYS'] });
    await backdateDeliberation(app, id, 2);
    expect(await second.gql.errorCode(OPEN_VOTING, { id })).toBe('FORBIDDEN');
    const opened = await author.gql.ok<{ openVoting: { state: string; electorateSize: number } }>(OPEN_VOTING, { id });
    expect(opened.openVoting).toMatchObject({ state: 'VOTING', electorateSize: 3 });
  });

  it('keeps one ballot per member, also under 20 concurrent attempts, counting the last choice', async () => {
    const voters = await members('CONSUMER', 'CONSUMER', 'PRODUCER', 'WORKER');
    const [author] = voters;
    const { id } = await proposalReadyToVote(app, author, voters.slice(0, 3));
    await author.gql.ok(OPEN_VOTING, { id });
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        author.gql.request<{ castBallot: { receipt: string } }>(CAST, {
          input: { proposalId: id, consent: i % 2 ? 'AGREE' : 'DISAGREE' },
        }),
      ),
    );
    expect(attempts.every((attempt) => !attempt.errors)).toBe(true);
    expect(new Set(attempts.map((attempt) => attempt.data!.castBallot.receipt)).size).toBe(1);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM ballot`)).toEqual([{ n: 1 }]);
    // Changed before close: the last choice counts, once.
    await author.gql.ok(CAST, { input: { proposalId: id, consent: 'DISAGREE' } });
    await author.gql.ok(CAST, { input: { proposalId: id, consent: 'AGREE' } });
    await voters[1].gql.ok(CAST, { input: { proposalId: id, consent: 'ABSTAIN' } });
    const live = await voters[3].gql.ok<Result>(RESULT, { id });
    expect(live.proposal.participation).toMatchObject({ electorate: 4, ballotsCast: 2 });
    expect(live.proposal.result).toBeNull();
    await closeVote(app, id);
    const { proposal } = await author.gql.ok<Result>(RESULT, { id });
    expect(proposal.result).toMatchObject({ outcome: 'PASSED', ballotsCast: 2, abstentions: 1, winner: 'AGREE', share: '1' });
    expect(proposal.result!.totals.find((total) => total.key === 'AGREE')!.ballots).toBe(1);
    expect(await author.gql.errorCode(CAST, { input: { proposalId: id, consent: 'DISAGREE' } })).toBe('VOTING_CLOSED');
  });

  it('refuses a non-member, a suspended member and a member who joined after voting opened', async () => {
    const staff = await registerStaff(app.gql, app.dataSource);
    const voters = await members('CONSUMER', 'PRODUCER', 'WORKER');
    const { id } = await proposalReadyToVote(app, voters[0], voters);
    await voters[0].gql.ok(OPEN_VOTING, { id });
    const outsider = await registerAccount(app.gql, 'Outsider');
    expect(await outsider.gql.errorCode(CAST, { input: { proposalId: id, consent: 'AGREE' } })).toBe('NOT_A_MEMBER');
    await staff.gql.ok(`mutation($id: ID!) { suspendMember(memberId: $id, reason: "Unpaid fees") { status } }`, {
      id: voters[1].memberId,
    });
    expect(await voters[1].gql.errorCode(CAST, { input: { proposalId: id, consent: 'AGREE' } })).toBe(
      'MEMBER_NOT_IN_GOOD_STANDING',
    );
    const late = await joinAsMember(app, 'CONSUMER', 'Latecomer');
    expect(await late.gql.errorCode(CAST, { input: { proposalId: id, consent: 'AGREE' } })).toBe('NOT_IN_ELECTORATE');
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM ballot`)).toEqual([{ n: 0 }]);
  });

  it('refuses bad ballots with clear codes and writes nothing', async () => {
    const voters = await members('CONSUMER', 'PRODUCER', 'WORKER');
    const ranked = await proposalReadyToVote(app, voters[0], voters, {
      pollType: 'RANKED_CHOICE',
      options: ['Berlin', 'Hamburg', 'Leipzig'],
    });
    const scored = await proposalReadyToVote(app, voters[0], voters, { pollType: 'SCORE', options: ['Tea', 'Coffee'] });
    await voters[0].gql.ok(OPEN_VOTING, { id: ranked.id });
    const [berlin, hamburg] = ranked.options.map((option) => option.id);
    const cast = (input: Record<string, unknown>) => voters[1].gql.errorCode(CAST, { input });
    expect(await cast({ proposalId: ranked.id, ranking: [berlin, hamburg, berlin] })).toBe('BALLOT_RANKING_DUPLICATE');
    expect(await cast({ proposalId: ranked.id, ranking: [berlin, 'option-99'] })).toBe('BALLOT_UNKNOWN_OPTION');
    expect(await cast({ proposalId: ranked.id, consent: 'AGREE' })).toBe('BALLOT_DOES_NOT_FIT_POLL');
    expect(await cast({ proposalId: scored.id, scores: [{ option: scored.options[0].id, score: 6 }] })).toBe('VOTING_NOT_OPEN');
    await voters[0].gql.ok(OPEN_VOTING, { id: scored.id });
    expect(
      await cast({
        proposalId: scored.id,
        scores: [
          { option: scored.options[0].id, score: 6 },
          { option: scored.options[1].id, score: 0 },
        ],
      }),
    ).toBe('BALLOT_SCORE_OUT_OF_RANGE');
    expect(
      await cast({
        proposalId: scored.id,
        scores: [
          { option: scored.options[0].id, score: -1 },
          { option: scored.options[1].id, score: 0 },
        ],
      }),
    ).toBe('BALLOT_SCORE_OUT_OF_RANGE');
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM ballot`)).toEqual([{ n: 0 }]);
  });

  it('weights classes (w = W_k / n_k) so three producers outweigh five consumers, with the rounds of a ranked poll', async () => {
    // Five consumers rank A first, three producers B first, one worker ranks C then B.
    const voters = await members(
      'CONSUMER',
      'CONSUMER',
      'CONSUMER',
      'CONSUMER',
      'CONSUMER',
      'PRODUCER',
      'PRODUCER',
      'PRODUCER',
      'WORKER',
    );
    const { id, options } = await proposalReadyToVote(app, voters[0], voters.slice(4, 7), {
      pollType: 'RANKED_CHOICE',
      options: ['A', 'B', 'C'],
    });
    await voters[0].gql.ok(OPEN_VOTING, { id });
    const [a, b, c] = options.map((option) => option.id);
    for (const voter of voters.slice(0, 5)) await voter.gql.ok(CAST, { input: { proposalId: id, ranking: [a] } });
    for (const voter of voters.slice(5, 8)) await voter.gql.ok(CAST, { input: { proposalId: id, ranking: [b] } });
    await voters[8].gql.ok(CAST, { input: { proposalId: id, ranking: [c, b] } });
    await closeVote(app, id);
    const { proposal } = await voters[0].gql.ok<Result>(RESULT, { id });
    // Consumers 3000 over 5 = 600 each; producers 3000 over 3 = 1000; the worker 2500.
    // Round 1: A 3000, B 3000, C 2500 of 8500: no majority; C goes, its ballot to B.
    // Round 2: A 3000, B 5500: B wins with 11/17. One member one vote would have given A 5 of 9.
    expect(proposal.result!.weights.map((w) => [w.memberClass, w.voters, w.ballotWeight])).toEqual([
      ['CONSUMER', 5, '600'],
      ['PRODUCER', 3, '1000'],
      ['WORKER', 1, '2500'],
      ['INVESTOR', 0, '0'],
    ]);
    expect(
      proposal.result!.rounds.map((round) => [Object.fromEntries(round.totals.map((t) => [t.key, t.weight])), round.eliminated]),
    ).toEqual([
      [{ [a]: '3000', [b]: '3000', [c]: '2500' }, c],
      [{ [a]: '3000', [b]: '5500' }, null],
    ]);
    expect(proposal.result).toMatchObject({ outcome: 'PASSED', winner: b, share: '11/17' });
  });

  it('ends NO_QUORUM when too few ballots are cast, abstentions included', async () => {
    // Ten members at 20 %: two ballots needed; one abstains only.
    const voters = await members(
      'CONSUMER',
      'PRODUCER',
      'WORKER',
      'CONSUMER',
      'CONSUMER',
      'CONSUMER',
      'CONSUMER',
      'CONSUMER',
      'CONSUMER',
      'CONSUMER',
    );
    const { id } = await proposalReadyToVote(app, voters[0], voters.slice(0, 3));
    await voters[0].gql.ok(OPEN_VOTING, { id });
    await voters[1].gql.ok(CAST, { input: { proposalId: id, consent: 'ABSTAIN' } });
    await closeVote(app, id);
    expect((await voters[0].gql.ok<Result>(RESULT, { id })).proposal).toMatchObject({ state: 'CLOSED', outcome: 'NO_QUORUM' });
    const again = await proposalReadyToVote(app, voters[0], voters.slice(0, 3));
    await voters[0].gql.ok(OPEN_VOTING, { id: again.id });
    await voters[1].gql.ok(CAST, { input: { proposalId: again.id, consent: 'ABSTAIN' } });
    await voters[2].gql.ok(CAST, {
      input: { proposalId: again.id, consent: 'BLOCK', reason: 'The room has no step-free access' },
    });
    await closeVote(app, again.id);
    const blocked = (await voters[0].gql.ok<Result>(RESULT, { id: again.id })).proposal.result!;
    expect(blocked).toMatchObject({
      outcome: 'REJECTED',
      reason: 'BLOCKED',
      ballotsCast: 2,
      abstentions: 1,
      blockReasons: ['The room has no step-free access'],
    });
  });
});
