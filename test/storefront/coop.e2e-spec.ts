import { Browser, Page } from 'playwright-core';
import { launchBrowser, registerAccount, startTestServer, TEST_PASSWORD, TestApp } from '@allmende/testing';
import { CAST, closeVote, joinAsMember, OPEN_VOTING, proposalReadyToVote } from '../governance/governance-helpers';

const LANGUAGES = [
  {
    locale: 'en-GB',
    email: 'Email',
    password: 'Password',
    login: 'Log in',
    memberClass: 'I join as',
    shares: 'Shares',
    join: 'Apply and pay',
    pay: /^Pay .* \(test mode\)$/,
    active: 'Active',
    yourPost: 'Your contribution',
    post: 'Post',
    agree: 'Agree',
    castVote: 'Cast my vote',
    passed: 'Passed',
    counted: 'was counted',
    transferTo: 'Member number of the recipient',
    transferShares: 'Shares to transfer',
    transfer: 'Transfer shares',
    transferred: /^Member no\. \d+ received 1 of your shares \(€10\.00\)\.$/,
    registerLine: /Transfer out -1 \(to member no\. \d+\)/,
  },
  {
    locale: 'de-DE',
    email: 'E-Mail',
    password: 'Passwort',
    login: 'Anmelden',
    memberClass: 'Ich werde Mitglied als',
    shares: 'Anteile',
    join: 'Beantragen und bezahlen',
    pay: /bezahlen \(Testmodus\)$/,
    active: 'Aktiv',
    yourPost: 'Dein Beitrag',
    post: 'Beitrag senden',
    agree: 'Zustimmen',
    castVote: 'Stimme abgeben',
    passed: 'Angenommen',
    counted: 'wurde gezählt',
    transferTo: 'Mitgliedsnummer der Empfänger*in',
    transferShares: 'Anzahl Anteile',
    transfer: 'Anteile übertragen',
    transferred: /^Mitglied Nr\. \d+ hat 1 deiner Anteile erhalten \(10,00\s€\)\.$/,
    registerLine: /Übertragung \(abgegeben\) -1 \(an Mitglied Nr\. \d+\)/,
  },
];

describe('storefront: the member area (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(() => app.reset());
  afterEach(() => page?.close());

  it.each(LANGUAGES)(
    'a member joins, takes part in the thread, votes by consent and sees the result and receipt ($locale)',
    async (words) => {
      page = await browser.newPage({ locale: words.locale });
      const author = await joinAsMember(app, 'PRODUCER', 'Paula Producer');
      const worker = await joinAsMember(app, 'WORKER', 'Willi Worker');
      const mila = await registerAccount(app.gql, 'Mila Member');

      await page.goto(`${app.baseUrl}/login?next=/coop`);
      await page.getByLabel(words.email, { exact: true }).fill(mila.email);
      await page.getByLabel(words.password, { exact: true }).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: words.login }).click();
      await page.waitForURL(/\/coop$/);
      await page.getByLabel(words.memberClass).selectOption('CONSUMER');
      await page.getByLabel(words.shares, { exact: true }).fill('2');
      await page.getByRole('button', { name: words.join }).click();
      await page.getByRole('button', { name: words.pay }).click();
      await page.getByTestId('member-status').filter({ hasText: words.active }).waitFor();
      await page.getByTestId('member-shares').filter({ hasText: /^2$/ }).waitFor();

      // Paula's proposal is being deliberated; Mila takes part in the thread.
      const { id } = await proposalReadyToVote(app, author, [author, worker]);
      await page.goto(`${app.baseUrl}/proposals/${id}`);
      await page.getByLabel(words.yourPost).fill('A good idea for our street.');
      await page.getByRole('button', { name: words.post, exact: true }).click();
      await page.getByTestId('thread').getByText('A good idea for our street.').waitFor();
      await author.gql.ok(OPEN_VOTING, { id });

      await page.goto(`${app.baseUrl}/proposals/${id}`);
      await page.getByLabel(words.agree, { exact: true }).check();
      await page.getByRole('button', { name: words.castVote }).click();
      const receipt = (await page.getByTestId('my-receipt').textContent())!.trim();
      expect(receipt).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
      await author.gql.ok(CAST, { input: { proposalId: id, consent: 'AGREE' } });
      await closeVote(app, id);

      await page.goto(`${app.baseUrl}/proposals/${id}`);
      await page.getByTestId('proposal-outcome').filter({ hasText: words.passed }).waitFor();
      const counted = page.getByTestId('receipt-after-close');
      await counted.filter({ hasText: words.counted }).waitFor();
      expect(await counted.textContent()).toContain(receipt);
    },
  );

  it.each(LANGUAGES)('a member transfers a share to another member and sees it in the register ($locale)', async (words) => {
    page = await browser.newPage({ locale: words.locale });
    const giver = await joinAsMember(app, 'CONSUMER', 'Greta Giver', 3);
    const taker = await joinAsMember(app, 'CONSUMER', 'Tom Taker', 1);
    const [{ number }] = await app.dataSource.query(`SELECT number FROM member WHERE id = $1`, [taker.memberId]);

    await page.goto(`${app.baseUrl}/login?next=/coop`);
    await page.getByLabel(words.email, { exact: true }).fill(giver.email);
    await page.getByLabel(words.password, { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: words.login }).click();
    await page.waitForURL(/\/coop$/);
    await page.getByLabel(words.transferTo).fill(String(number));
    await page.getByLabel(words.transferShares).fill('1');
    await page.getByRole('button', { name: words.transfer, exact: true }).click();
    await page.getByTestId('transfer-done').filter({ hasText: words.transferred }).waitFor();
    await page.getByTestId('member-shares').filter({ hasText: /^2$/ }).waitFor();
    await page.getByText(words.registerLine).waitFor();
    expect(
      await app.dataSource.query(`SELECT sum(shares)::int AS shares FROM share_register_entry WHERE member_id = $1`, [
        taker.memberId,
      ]),
    ).toEqual([{ shares: 2 }]);
  });
});
