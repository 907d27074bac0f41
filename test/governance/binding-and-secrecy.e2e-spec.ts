import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ClsService } from 'nestjs-cls';
import {
  buildClientSchema,
  getIntrospectionQuery,
  GraphQLObjectType,
  isObjectType,
  getNamedType,
  IntrospectionQuery,
} from 'graphql';
import { JobQueue, TxHost } from '@allmende/core';
import { PolicyChangeApplier, ProposalPassed } from '@allmende/governance';
import { addToCart, checkoutCart, createCategories, createShop, createTestApp, TestApp } from '@allmende/testing';
import {
  CAST,
  closeVote,
  CREATE_PROPOSAL,
  joinAsMember,
  OPEN_VOTING,
  proposalReadyToVote,
  TestMember,
} from './governance-helpers';

describe('governance: binding outcomes, secret ballots, receipts', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());

  async function threeClasses(): Promise<TestMember[]> {
    return [
      await joinAsMember(app, 'CONSUMER', 'Consumer'),
      await joinAsMember(app, 'PRODUCER', 'Producer'),
      await joinAsMember(app, 'WORKER', 'Worker'),
    ];
  }

  it('refuses a policy change with a value out of range when it is written', async () => {
    const [author] = await threeClasses();
    const input = {
      kind: 'POLICY_CHANGE',
      title: 'Cheaper fees',
      problemStatement: 'Small producers find the fee too high.',
      body: 'Lower the fee.',
      pollType: 'CONSENT',
      policyChanges: [{ key: 'fees.fairRateBp', value: '20000' }],
    };
    expect(await author.gql.errorCode(CREATE_PROPOSAL, { input })).toBe('POLICY_VALUE_OUT_OF_RANGE');
    expect(
      await author.gql.errorCode(CREATE_PROPOSAL, { input: { ...input, pollType: 'SINGLE_CHOICE', options: ['a', 'b'] } }),
    ).toBe('PROPOSAL_NEEDS_CONSENT_POLL');
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM proposal`)).toEqual([{ n: 0 }]);
  });

  it('applies a passed fee change once, even when the event is delivered twice, and the next order pays the new fee', async () => {
    const voters = await threeClasses();
    const { food } = await createCategories(app.dataSource, { food: 'Food' });
    const shop = await createShop(app.gql, 'Kaffee eG', food, [{ title: 'Coffee', priceCents: 10_000, fair: true, stock: 10 }]);
    const feeOfNextOrder = async () => {
      await addToCart(voters[0].gql, shop.productIds[0], 1);
      return (await checkoutCart(voters[0])).orders[0].fees.platformFee.amount;
    };
    // 3 % of 100.00.
    expect(await feeOfNextOrder()).toBe(300);
    const { id } = await proposalReadyToVote(app, voters[0], voters, {
      kind: 'POLICY_CHANGE',
      policyChanges: [{ key: 'fees.fairRateBp', value: '200' }],
    });
    await voters[0].gql.ok(OPEN_VOTING, { id });
    for (const voter of voters) await voter.gql.ok(CAST, { input: { proposalId: id, consent: 'AGREE' } });
    await closeVote(app, id);
    const history = await app.gql.ok<{ policyHistory: { value: string; proposalId: string; reason: string }[] }>(
      `{ policyHistory(key: "fees.fairRateBp") { value proposalId reason } }`,
    );
    expect(history.policyHistory).toEqual([{ value: '200', proposalId: id, reason: 'Proposal #1: Open a repair café' }]);
    // The event again, through the outbox twice and to the applier directly, twice at once: nothing more is written.
    const cls = app.server.app.get(ClsService);
    const again = new ProposalPassed({
      proposalId: id,
      kind: 'POLICY_CHANGE',
      policyChanges: [{ key: 'fees.fairRateBp', value: 200 }],
      allocationId: null,
      passedAt: new Date().toISOString(),
    });
    const jobs = app.server.app.get(JobQueue);
    const txHost = app.server.app.get(TxHost);
    for (let delivery = 0; delivery < 2; delivery++) await cls.run(() => txHost.withTransaction(() => jobs.publish(again)));
    await app.settle();
    const applier = app.server.app.get(PolicyChangeApplier);
    expect(await cls.run(() => Promise.all([applier.handle(again), applier.handle(again)]))).toEqual([false, false]);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM policy_version WHERE proposal_id = $1`, [id])).toEqual([
      { n: 1 },
    ]);
    // 2 % of 100.00.
    expect(await feeOfNextOrder()).toBe(200);
  });

  it('never exposes who voted how: no type that carries a choice reaches a member or an account', async () => {
    const { data } = await request(app.server.app.getHttpServer())
      .post('/graphql')
      .send({ query: getIntrospectionQuery() })
      .then((r) => r.body as { data: IntrospectionQuery });
    const schema = buildClientSchema(data);
    const choiceFields = new Set(['consent', 'ranking', 'scores', 'option', 'choice']);
    const identifying = new Set([
      'memberId',
      'accountId',
      'member',
      'account',
      'voter',
      'authorName',
      'name',
      'email',
      'ownerMemberId',
    ]);
    // Every type that holds a ballot's choice, and every type reachable from it: none may hold an identifying field.
    const ballotTypes = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType =>
        isObjectType(type) &&
        !type.name.startsWith('__') &&
        Object.keys(type.getFields()).some((field) => choiceFields.has(field)),
    );
    expect(ballotTypes.map((type) => type.name).sort()).toEqual(['PublishedBallot', 'ScoreEntry']);
    const seen = new Set<string>();
    const walk = (type: GraphQLObjectType) => {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        expect(identifying.has(field.name) ? `${type.name}.${field.name}` : null).toBeNull();
        const named = getNamedType(field.type);
        if (isObjectType(named)) walk(named);
      }
    };
    for (const type of ballotTypes) walk(type);
    // And no query or mutation hands out ballots but the published list and the receipt check.
    const reachesBallot = (type: GraphQLObjectType, path = new Set<string>()): boolean => {
      if (seen.has(type.name)) return true;
      if (path.has(type.name)) return false;
      path.add(type.name);
      return Object.values(type.getFields()).some((field) => {
        const named = getNamedType(field.type);
        return isObjectType(named) && reachesBallot(named, path);
      });
    };
    const fieldsReturning = (root: GraphQLObjectType | null | undefined) =>
      Object.values(root?.getFields() ?? {})
        .filter((field) => {
          const named = getNamedType(field.type);
          return isObjectType(named) && reachesBallot(named);
        })
        .map((field) => field.name)
        .sort();
    expect(fieldsReturning(schema.getQueryType())).toEqual(['checkReceipt', 'publishedBallots']);
    expect(fieldsReturning(schema.getMutationType())).toEqual([]);
  });

  it('gives each voter a receipt to find their ballot in the published list, which the offline script recounts', async () => {
    const voters = [
      ...(await threeClasses()),
      await joinAsMember(app, 'CONSUMER', 'Consumer 2'),
      await joinAsMember(app, 'INVESTOR', 'Investor'),
    ];
    const { id, options } = await proposalReadyToVote(app, voters[0], voters.slice(0, 3), {
      pollType: 'RANKED_CHOICE',
      options: ['North', 'South', 'East'],
    });
    await voters[0].gql.ok(OPEN_VOTING, { id });
    const [north, south, east] = options.map((option) => option.id);
    const rankings = [[north, south], [south], [east, south], [north], [south, east]];
    const receipts: string[] = [];
    for (const [index, voter] of voters.entries()) {
      receipts.push(
        (await voter.gql.ok<{ castBallot: { receipt: string } }>(CAST, { input: { proposalId: id, ranking: rankings[index] } }))
          .castBallot.receipt,
      );
    }
    expect(
      (
        await app.gql.ok<{ publishedBallots: unknown[] }>(`query($id: ID!) { publishedBallots(proposalId: $id) { receipt } }`, {
          id,
        })
      ).publishedBallots,
    ).toEqual([]);
    await closeVote(app, id);
    const check = `query($id: ID!, $receipt: String!) { checkReceipt(proposalId: $id, receipt: $receipt) { counted ballot { ranking memberClass } } }`;
    const mine = await app.gql.ok<{ checkReceipt: { counted: boolean; ballot: { ranking: string[]; memberClass: string } } }>(
      check,
      { id, receipt: receipts[4] },
    );
    expect(mine.checkReceipt).toEqual({ counted: true, ballot: { ranking: [south, east], memberClass: 'INVESTOR' } });
    expect(
      (await app.gql.ok<{ checkReceipt: { counted: boolean } }>(check, { id, receipt: 'NOT-A-RECEIPT' })).checkReceipt.counted,
    ).toBe(false);
    const me = await voters[1].gql.ok<{ proposal: { myReceipt: string } }>(
      `query($id: ID!) { proposal(id: $id) { myReceipt } }`,
      { id },
    );
    expect(me.proposal.myReceipt).toBe(receipts[1]);

    const exported = await request(app.server.app.getHttpServer()).get(`/governance/proposals/${id}/ballots.json`).expect(200);
    expect(exported.body.ballots).toHaveLength(5);
    expect(JSON.stringify(exported.body)).not.toMatch(new RegExp(voters.map((voter) => voter.memberId).join('|')));
    const dir = mkdtempSync(join(tmpdir(), 'recount-'));
    const file = join(dir, 'ballots.json');
    writeFileSync(file, JSON.stringify(exported.body));
    expect(execFileSync(process.execPath, ['scripts/recount-ballots.js', file], { encoding: 'utf8' })).toMatch(
      /^recount agrees: PASSED/,
    );
    // A changed ballot in the file is caught.
    const forged = {
      ...exported.body,
      ballots: exported.body.ballots.map((ballot: { choice: object }) => ({ ...ballot, choice: { ranking: [east] } })),
    };
    writeFileSync(file, JSON.stringify(forged));
    const recount = spawnSync(process.execPath, ['scripts/recount-ballots.js', file], { encoding: 'utf8' });
    expect(recount.status).toBe(1);
    expect(recount.stdout).toMatch(/winner: recount option-3, published option-2/);
  });
});
