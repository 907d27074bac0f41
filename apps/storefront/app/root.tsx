import {
  data,
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from 'react-router';
import type { ReactNode } from 'react';
import type { Route } from './+types/root';
import { graphql } from './graphql';
import { DEFAULT_LOCALE, LOCALES, useT } from './i18n';
import * as api from './lib/api.server';
import { detectLocale } from './lib/locale.server';
import { getCartToken } from './lib/cart.server';
import { clearSession, getToken } from './lib/session.server';
import './app.css';

const CartCount = graphql(`
  query CartCount($cartToken: String) {
    cart(cartToken: $cartToken) {
      itemCount
    }
  }
`);

const Viewer = graphql(`
  query Viewer {
    me {
      id
      displayName
      platformRole
      emailConfirmedAt
      locale
    }
    unreadNotificationCount
  }
`);

const SetMailLanguage = graphql(`
  mutation SetMailLanguage($locale: String!) {
    setMailLanguage(input: { locale: $locale }) {
      id
    }
  }
`);

const DevMailboxEnabled = graphql(`
  query DevMailboxEnabled {
    devMailboxEnabled
  }
`);

/** Whether mail goes to the development mailbox; the API's setting cannot change while it runs, so it is asked once. */
let devMailboxEnabled: Promise<boolean> | null = null;
function hasDevMailbox(): Promise<boolean> {
  devMailboxEnabled ??= api.request(DevMailboxEnabled, {}).then(
    (answer) => answer.devMailboxEnabled,
    (error: unknown) => {
      devMailboxEnabled = null;
      throw error;
    },
  );
  return devMailboxEnabled;
}

/** The page's language and the logged-in account (null for a guest); a refused session cookie is dropped. */
export async function loader({ request }: Route.LoaderArgs) {
  const { locale, setCookie } = await detectLocale(request);
  const headers = new Headers();
  if (setCookie) headers.append('Set-Cookie', setCookie);
  const token = await getToken(request);
  let account = null;
  let unreadNotifications = 0;
  if (token) {
    try {
      const viewer = await api.request(Viewer, {}, { token });
      account = viewer.me;
      unreadNotifications = viewer.unreadNotificationCount;
      // Choosing the shop's language (the language links) also chooses the language of one's mail.
      if (setCookie && account && account.locale !== locale) {
        await api.request(SetMailLanguage, { locale }, { token });
        account = { ...account, locale };
      }
    } catch (error) {
      if (!(error instanceof api.ApiError && error.code === 'UNAUTHENTICATED')) throw error;
      headers.append('Set-Cookie', await clearSession(request));
    }
  }
  const cartToken = account ? null : await getCartToken(request);
  const cartCount =
    account || cartToken ? (await api.request(CartCount, { cartToken }, { token: account ? token : null })).cart.itemCount : 0;
  return data({ locale, account, cartCount, unreadNotifications, devMailbox: await hasDevMailbox() }, { headers });
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>('root');
  const t = useT();
  return (
    <html lang={root?.locale ?? DEFAULT_LOCALE}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('site.skip')}
        </a>
        <Header />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>{t('footer.text')}</p>
          <nav aria-label={t('footer.legalNav')}>
            <ul className="footer-links">
              <li>
                <Link to="/legal/terms">{t('footer.terms')}</Link>
              </li>
              <li>
                <Link to="/legal/privacy">{t('footer.privacy')}</Link>
              </li>
              <li>
                <Link to="/legal/imprint">{t('footer.imprint')}</Link>
              </li>
              {root?.devMailbox && (
                <li>
                  <Link to="/dev/mail">{t('footer.devMail')}</Link>
                </li>
              )}
            </ul>
          </nav>
          <p>
            {t('footer.language')}:{' '}
            {LOCALES.map((locale) => (
              <a
                key={locale}
                href={`?lang=${locale}`}
                hrefLang={locale}
                lang={locale}
                aria-current={locale === root?.locale ? 'true' : undefined}
              >
                {locale.toUpperCase()}
              </a>
            ))}
          </p>
        </footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function Header() {
  const root = useRouteLoaderData<typeof loader>('root');
  const account = root?.account;
  const t = useT();
  return (
    <header className="site-header">
      <Link to="/" className="site-name">
        {t('site.name')}
      </Link>
      <nav aria-label={t('nav.label')}>
        <ul>
          <li>
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/search">{t('nav.search')}</NavLink>
          </li>
          {account && (
            <li>
              <NavLink to="/dashboard">{t('nav.dashboard')}</NavLink>
            </li>
          )}
          <li>
            <NavLink to="/organisations/new">{t('nav.newOrganisation')}</NavLink>
          </li>
          <li>
            <NavLink to="/coop">{t('nav.coop')}</NavLink>
          </li>
          <li>
            <NavLink to="/proposals">{t('nav.proposals')}</NavLink>
          </li>
          {account?.platformRole === 'STAFF' && (
            <li>
              <NavLink to="/staff">{t('nav.staff')}</NavLink>
            </li>
          )}
          {account && (
            <li>
              <NavLink to="/dividends">{t('nav.dividends')}</NavLink>
            </li>
          )}
          {account && (
            <li>
              <NavLink to="/trade">{t('nav.trade')}</NavLink>
            </li>
          )}
          <li>
            <NavLink to="/statistics/trade">{t('nav.tradeStatistics')}</NavLink>
          </li>
        </ul>
      </nav>
      <div className="account">
        <NavLink to="/cart" className="cart-link" data-testid="cart-link">
          {t('nav.cart')}{' '}
          <span className="cart-count" data-testid="cart-count">
            {root?.cartCount ?? 0}
          </span>
        </NavLink>
        {account && <NavLink to="/orders">{t('nav.orders')}</NavLink>}
        {account && <NavLink to="/account/addresses">{t('nav.addresses')}</NavLink>}
        {account && (
          <NavLink to="/coop#notifications" data-testid="notifications-link">
            {t('nav.notifications')}{' '}
            <span className="cart-count" data-testid="notification-count">
              {root?.unreadNotifications ?? 0}
            </span>
          </NavLink>
        )}
        {account ? (
          <>
            <span>
              <span className="visually-hidden">{t('nav.account')} </span>
              <strong data-testid="account-name">{account.displayName}</strong>
            </span>
            <Form method="post" action="/logout">
              <button type="submit" className="link-button">
                {t('nav.logout')}
              </button>
            </Form>
          </>
        ) : (
          <>
            <NavLink to="/login">{t('nav.login')}</NavLink>
            <NavLink to="/register">{t('nav.register')}</NavLink>
          </>
        )}
      </div>
    </header>
  );
}

export default function App() {
  return <Outlet />;
}

export function meta() {
  return [{ title: 'Allmende' }];
}

export function links() {
  return [{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }];
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return (
    <section className="page">
      <h1>{t('error.title')}</h1>
      <p>{t(status === 404 ? 'error.notFound' : status === 403 ? 'error.forbidden' : 'error.generic')}</p>
    </section>
  );
}
