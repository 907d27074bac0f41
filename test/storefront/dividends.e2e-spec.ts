import { Browser, Page } from 'playwright-core';
import { launchBrowser, registerStaff, startTestServer, TEST_PASSWORD, TestApp } from '@allmende/testing';
import { backdateDeliberation, CAST, closeVote, OPEN_VOTING, POST } from '../governance/governance-helpers';
import { CREATE_YEAR, feesPosted, FixtureMember, memberSince, paidOrder, pdfText } from '../dividends/dividends-helpers';

const LANGUAGES = [
  {
    locale: 'en-GB',
    email: 'Email',
    password: 'Password',
    login: 'Log in',
    costAmount: 'Amount in cents',
    costDescription: 'Description',
    costDocument: 'Document reference',
    saveCost: 'Book the cost',
    close: 'Close the year',
    closed: 'Closed',
    run: 'Run the allocation',
    draft: 'Draft',
    propose: 'Put it to the members’ vote',
    proposed: 'Put to the vote',
    agree: 'Agree',
    castVote: 'Cast my vote',
    approved: 'Approved by the members',
    payOut: 'Pay out',
    paid: 'Paid out',
    surplus: '€8,000.00',
    reserve: '€2,400.00',
  },
  {
    locale: 'de-DE',
    email: 'E-Mail',
    password: 'Passwort',
    login: 'Anmelden',
    costAmount: 'Betrag in Cent',
    costDescription: 'Beschreibung',
    costDocument: 'Belegnummer',
    saveCost: 'Kosten buchen',
    close: 'Jahr abschließen',
    closed: 'Abgeschlossen',
    run: 'Verteilung berechnen',
    draft: 'Entwurf',
    propose: 'Den Mitgliedern zur Abstimmung vorlegen',
    proposed: 'Zur Abstimmung gestellt',
    agree: 'Zustimmen',
    castVote: 'Stimme abgeben',
    approved: 'Von den Mitgliedern beschlossen',
    payOut: 'Auszahlen',
    paid: 'Ausgezahlt',
    surplus: /^8\.000,00\s€$/,
    reserve: /^2\.400,00\s€$/,
  },
];

describe('storefront: dividends (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let pages: Page[] = [];

  beforeAll(async () => {
    app = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(() => app.reset());
  afterEach(async () => {
    for (const page of pages) await page.close();
    pages = [];
  });

  async function logIn(words: (typeof LANGUAGES)[number], who: { email: string }, next: string): Promise<Page> {
    const context = await browser.newContext({ locale: words.locale, acceptDownloads: true });
    const page = await context.newPage();
    pages.push(page);
    await page.goto(`${app.baseUrl}/login?next=${next}`);
    await page.getByLabel(words.email, { exact: true }).fill(who.email);
    await page.getByLabel(words.password, { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: words.login }).click();
    await page.waitForURL((url) => url.pathname === next);
    return page;
  }

  it.each(LANGUAGES)(
    'the board runs a draft, members approve it by vote, a member downloads the statement ($locale)',
    async (words) => {
      // The board member (platform staff, a consumer member), two consumers and a worker; 2023's fees are 10,000.00.
      const staff = await registerStaff(app.gql, app.dataSource);
      const since = '2022-12-01T00:00:00Z';
      const [row] = await app.dataSource.query(
        `INSERT INTO member (account_id, applied_by, member_class, status, joined_at) VALUES ($1, $1, 'CONSUMER', 'ACTIVE', $2) RETURNING id`,
        [staff.id, since],
      );
      const board: FixtureMember = { ...staff, memberId: row.id, memberClass: 'CONSUMER' };
      const mila = await memberSince(app, 'CONSUMER', 'Mila Member', since);
      const otto = await memberSince(app, 'CONSUMER', 'Otto Other', since);
      const wanda = await memberSince(app, 'WORKER', 'Wanda Worker', since);
      const seller = { id: staff.id, displayName: 'Board shop' };
      await paidOrder(app.dataSource, mila, seller, 30_000, '2023-03-01T10:00:00Z');
      await paidOrder(app.dataSource, otto, seller, 10_000, '2023-04-01T10:00:00Z');
      await feesPosted(app.dataSource, 1_000_000, '2023-06-01T10:00:00Z', 'fees-2023');
      await staff.gql.ok(CREATE_YEAR, {
        input: { label: '2023', startsAt: '2023-01-01T00:00:00Z', endsAt: '2024-01-01T00:00:00Z' },
      });

      // The board enters a cost of 2,000.00, closes the year and runs the draft: surplus 8,000.00, reserve 30 % = 2,400.00.
      const boardPage = await logIn(words, staff, '/staff/dividends');
      const year = boardPage.getByTestId('fiscal-year-2023');
      await year.getByLabel(words.costAmount).fill('200000');
      await year.getByLabel(words.costDescription).fill('Hosting');
      await year.getByLabel(words.costDocument).fill('INV-2023-1');
      await year.getByRole('button', { name: words.saveCost }).click();
      await year.getByTestId('year-surplus').filter({ hasText: words.surplus }).waitFor();
      await year.getByRole('button', { name: words.close }).click();
      await year.getByTestId('year-state').filter({ hasText: words.closed }).waitFor();
      await year.getByRole('button', { name: words.run }).click();
      await year.getByTestId('allocation-state').filter({ hasText: words.draft }).waitFor();
      await year.getByTestId('allocation-reserve').filter({ hasText: words.reserve }).waitFor();
      await year.getByRole('button', { name: words.propose }).click();
      await year.getByTestId('allocation-state').filter({ hasText: words.proposed }).waitFor();
      const proposalHref = (await year.getByTestId('allocation-proposal').getAttribute('href'))!;
      const proposalId = proposalHref.split('/').pop()!;

      // Deliberation by three members of two classes, then the vote: Mila votes in the browser, the others by API.
      for (const member of [mila, otto, wanda]) {
        await member.gql.ok(POST, { input: { proposalId, body: `${member.displayName} checked the figures.` } });
      }
      await backdateDeliberation(app, proposalId, 8);
      await board.gql.ok(OPEN_VOTING, { id: proposalId });
      const milaPage = await logIn(words, mila, '/dividends');
      await milaPage.goto(`${app.baseUrl}${proposalHref}`);
      await milaPage.getByLabel(words.agree, { exact: true }).check();
      await milaPage.getByRole('button', { name: words.castVote }).click();
      await milaPage.getByTestId('my-receipt').waitFor();
      for (const voter of [board, otto, wanda]) await voter.gql.ok(CAST, { input: { proposalId, consent: 'AGREE' } });
      await closeVote(app, proposalId);
      await app.settle();

      await boardPage.reload();
      await year.getByTestId('allocation-state').filter({ hasText: words.approved }).waitFor();
      await year.getByRole('button', { name: words.payOut }).click();
      await year.getByTestId('allocation-state').filter({ hasText: words.paid }).waitFor();

      // Mila's statement: only consumers have patronage (Wanda recorded no hours), so they take the whole pool; Mila has 3/4 of it.
      const [line] = await app.dataSource.query(
        `SELECT amount::int AS amount FROM dividend_allocation_line WHERE member_id = $1`,
        [mila.memberId],
      );
      await milaPage.goto(`${app.baseUrl}/dividends`);
      const statement = milaPage.getByTestId('statement-2023');
      await statement.getByTestId('statement-amount').waitFor();
      const [download] = await Promise.all([milaPage.waitForEvent('download'), statement.getByTestId('statement-pdf').click()]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      const text = pdfText(readFileSync(path!));
      expect(text).toContain('Dividend statement 2023');
      expect(text).toContain('Member: Mila Member');
      expect(text).toContain('Your patronage: 30000');
      expect(text).toContain(`Your dividend: ${(line.amount / 100).toFixed(2)} EUR`);
    },
  );
});
