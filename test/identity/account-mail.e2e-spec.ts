import { createTestApp, readMails, registerAccount, TEST_PASSWORD, TestApp, tokenFromMail, waitForMail } from '@allmende/testing';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token account { id emailConfirmedAt locale } } }`;
const CONFIRM = `mutation($token: String!) { confirmEmail(input: { token: $token }) { id emailConfirmedAt } }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(input: { email: $email }) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }`;
const ME = `{ me { id } }`;

describe('account mail: address confirmation and password reset', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());

  it('refuses a registration without consent to the terms and privacy policy, and creates nothing', async () => {
    const response = await app.gql.request(REGISTER, {
      input: { email: 'no.consent@example.org', password: TEST_PASSWORD, displayName: 'No Consent', acceptTerms: false },
    });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { acceptTerms: ['you need to agree to the terms of use and the privacy policy'] },
    });
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM account`)).toEqual([{ n: 0 }]);
    expect(await readMails(app)).toEqual([]);
  });

  it('mails a German confirmation link at registration, and the link confirms the address once', async () => {
    const registered = await app.gql.ok<{
      register: { account: { id: string; emailConfirmedAt: string | null; locale: string } };
    }>(REGISTER, {
      input: { email: 'jana@example.org', password: TEST_PASSWORD, displayName: 'Jana', acceptTerms: true, locale: 'de' },
    });
    expect(registered.register.account).toMatchObject({ emailConfirmedAt: null, locale: 'de' });

    const mail = await waitForMail(app, 'jana@example.org', 'address-confirmation');
    expect(mail.subject).toBe('Bitte bestätige deine E-Mail-Adresse');
    expect(mail.text).toContain('Hallo Jana,');
    expect(mail.html).toContain('Adresse bestätigen');
    const token = tokenFromMail(mail, '/confirm-email');

    const confirmed = await app.gql.ok<{ confirmEmail: { id: string; emailConfirmedAt: string } }>(CONFIRM, { token });
    expect(confirmed.confirmEmail.id).toBe(registered.register.account.id);
    expect(new Date(confirmed.confirmEmail.emailConfirmedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const again = await app.gql.request(CONFIRM, { token });
    expect(again.errors?.[0].extensions?.code).toBe('TOKEN_USED');
  });

  it('resets a password end to end: mail, new password, old sessions and the old password stop working', async () => {
    const anna = await registerAccount(app.gql, 'Anna Reset');
    expect(await app.gql.ok(REQUEST_RESET, { email: anna.email.toUpperCase() })).toEqual({ requestPasswordReset: true });

    const mail = await waitForMail(app, anna.email, 'password-reset');
    expect(mail.subject).toBe('Your new password for Allmende');
    expect(mail.text).toContain('The link works for 60 minutes and only once.');
    const token = tokenFromMail(mail, '/reset-password');

    await app.gql.ok(RESET, { token, password: 'a brand new password' });

    // The session opened with the old password has ended.
    expect((await anna.gql.request(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const oldLogin = await app.gql.request(LOGIN, { email: anna.email, password: TEST_PASSWORD });
    expect(oldLogin.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    const newLogin = await app.gql.ok<{ login: { token: string } }>(LOGIN, {
      email: anna.email,
      password: 'a brand new password',
    });
    expect(newLogin.login.token).toEqual(expect.any(String));

    // Used once: the same link cannot set a password again.
    const reused = await app.gql.request(RESET, { token, password: 'somebody elses password' });
    expect(reused.errors?.[0]).toMatchObject({
      message: 'This link has been used already; ask for a new one',
      extensions: { code: 'TOKEN_USED' },
    });
    const stillNew = await app.gql.request(LOGIN, { email: anna.email, password: 'a brand new password' });
    expect(stillNew.errors).toBeUndefined();
  });

  it('writes the mail in the language the account chose, and refuses a language it does not speak', async () => {
    const dora = await registerAccount(app.gql, 'Dora Sprache');
    const SET = `mutation($locale: String!) { setMailLanguage(input: { locale: $locale }) { locale } }`;
    expect(await dora.gql.ok(SET, { locale: 'de' })).toEqual({ setMailLanguage: { locale: 'de' } });
    expect(await dora.gql.errorCode(SET, { locale: 'fr' })).toBe('BAD_USER_INPUT');
    await app.gql.ok(REQUEST_RESET, { email: dora.email });
    expect((await waitForMail(app, dora.email, 'password-reset')).subject).toBe('Dein neues Passwort für Allmende');
  });

  it('refuses an expired reset link and leaves the password as it was', async () => {
    const ben = await registerAccount(app.gql, 'Ben Expired');
    await app.gql.ok(REQUEST_RESET, { email: ben.email });
    const token = tokenFromMail(await waitForMail(app, ben.email, 'password-reset'), '/reset-password');
    // An hour and a minute later (moved in the database rather than waiting).
    await app.dataSource.query(
      `UPDATE account_token SET expires_at = now() - interval '1 minute' WHERE purpose = 'RESET_PASSWORD'`,
    );

    const expired = await app.gql.request(RESET, { token, password: 'a brand new password' });
    expect(expired.errors?.[0].extensions?.code).toBe('TOKEN_EXPIRED');
    expect((await app.gql.request(LOGIN, { email: ben.email, password: TEST_PASSWORD })).errors).toBeUndefined();
  });

  it('answers the same for an unknown address and mails nobody; a made-up token is refused', async () => {
    expect(await app.gql.ok(REQUEST_RESET, { email: 'nobody@example.org' })).toEqual({ requestPasswordReset: true });
    expect(await readMails(app)).toEqual([]);
    const madeUp = await app.gql.request(RESET, { token: 'not-a-token-we-gave-out', password: 'a brand new password' });
    expect(madeUp.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
  });

  it('only the newest reset link works when two were asked for', async () => {
    const cleo = await registerAccount(app.gql, 'Cleo Twice');
    await app.gql.ok(REQUEST_RESET, { email: cleo.email });
    const first = tokenFromMail(await waitForMail(app, cleo.email, 'password-reset'), '/reset-password');
    await app.gql.ok(REQUEST_RESET, { email: cleo.email });
    let mails = await readMails(app);
    for (let i = 0; mails.filter((m) => m.kind === 'password-reset').length < 2 && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      mails = await readMails(app);
    }
    const second = tokenFromMail(mails.filter((m) => m.kind === 'password-reset')[0], '/reset-password');
    expect(second).not.toBe(first);
    expect((await app.gql.request(RESET, { token: first, password: 'a brand new password' })).errors?.[0].extensions?.code).toBe(
      'TOKEN_USED',
    );
    await app.gql.ok(RESET, { token: second, password: 'a brand new password' });
  });
});
