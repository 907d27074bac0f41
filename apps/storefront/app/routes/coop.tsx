import { Form, Link } from 'react-router';
import type { Route } from './+types/coop';
import { CoopAlert, formatDate } from '../components/coop';
import { graphql } from '../graphql';
import type { MemberClass } from '../graphql/graphql';
import { fill, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { getToken, requireToken } from '../lib/session.server';

const Terms = graphql(`
  query MembershipTerms($locale: String!) {
    membershipTerms {
      sharePrice {
        amount
        formatted(locale: $locale)
      }
      minimums {
        memberClass
        shares
      }
      noticeDays
    }
  }
`);

const MyMemberships = graphql(`
  query MyMemberships($locale: String!) {
    myMemberships {
      id
      number
      memberClass
      status
      goodStanding
      shares
      leavesAt
      capital {
        formatted(locale: $locale)
      }
      purchases {
        id
        status
        amount {
          formatted(locale: $locale)
        }
      }
      register {
        id
        movement
        shares
        counterpartyNumber
        recordedAt
      }
      standingHistory {
        toStatus
        reason
        createdAt
      }
    }
    myNotifications {
      id
      kind
      proposalId
      proposalTitle
      read
      createdAt
    }
  }
`);

const JoinCoop = graphql(`
  mutation JoinCoop($input: JoinCoopInput!) {
    joinCoop(input: $input) {
      purchase {
        id
      }
    }
  }
`);

const PayShares = graphql(`
  mutation PaySharesOffline($id: ID!) {
    paySharesOffline(purchaseId: $id) {
      member {
        status
      }
    }
  }
`);

const GiveNotice = graphql(`
  mutation GiveMembershipNotice($id: ID!) {
    giveMembershipNotice(memberId: $id) {
      status
    }
  }
`);

const TransferShares = graphql(`
  mutation TransferShares($input: TransferSharesInput!, $locale: String!) {
    transferShares(input: $input) {
      shares
      toMemberNumber
      capital {
        formatted(locale: $locale)
      }
    }
  }
`);

const MarkRead = graphql(`
  mutation MarkNotificationsRead {
    markNotificationsRead
  }
`);

export const meta = pageTitle('coop.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { locale } = await detectLocale(request);
  const token = await getToken(request);
  const { membershipTerms } = await api.request(Terms, { locale });
  const mine = token ? await api.request(MyMemberships, { locale }, { token }) : null;
  return {
    locale,
    terms: membershipTerms,
    memberships: mine?.myMemberships ?? [],
    notifications: mine?.myNotifications ?? [],
    loggedIn: Boolean(token),
    // One key per rendering of the transfer form: submitting it twice transfers once.
    transferKey: crypto.randomUUID(),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  try {
    switch (text(form, 'intent')) {
      case 'join': {
        const input = { memberClass: text(form, 'memberClass') as MemberClass, shares: Number(text(form, 'shares')) };
        await api.request(JoinCoop, { input }, { token });
        break;
      }
      case 'pay':
        await api.request(PayShares, { id: text(form, 'purchaseId') }, { token });
        break;
      case 'transfer': {
        const { locale } = await detectLocale(request);
        const input = {
          fromMemberId: text(form, 'memberId'),
          toMemberNumber: Number(text(form, 'toMemberNumber')),
          shares: Number(text(form, 'shares')),
          idempotencyKey: text(form, 'idempotencyKey'),
        };
        const { transferShares } = await api.request(TransferShares, { input, locale }, { token });
        return { transferred: transferShares };
      }
      case 'notice':
        await api.request(GiveNotice, { id: text(form, 'memberId') }, { token });
        break;
      case 'read':
        await api.request(MarkRead, {}, { token });
        break;
    }
    return null;
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function CoopPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { locale, terms, memberships, notifications, loggedIn, transferKey } = loaderData;
  const live = memberships.find((member) => member.status !== 'LEFT' && member.status !== 'CANCELLED');
  const failure = actionData && 'code' in actionData ? actionData : undefined;
  const transferred = actionData && 'transferred' in actionData ? actionData.transferred : undefined;
  const minimum = terms.minimums.find((entry) => entry.memberClass === live?.memberClass)?.shares ?? 1;
  return (
    <section className="page">
      <h1>{live ? t('coop.me') : t('coop.title')}</h1>
      <CoopAlert state={failure} />
      {transferred && (
        <p className="notice" role="status" data-testid="transfer-done">
          {fill(t('coop.transfer.done'), {
            shares: transferred.shares,
            capital: transferred.capital.formatted,
            number: transferred.toMemberNumber,
          })}
        </p>
      )}
      {!live && (
        <>
          <p>{t('coop.intro')}</p>
          <p>{fill(t('coop.sharePrice'), { price: terms.sharePrice.formatted })}</p>
          {loggedIn ? (
            <Form method="post" className="form">
              <input type="hidden" name="intent" value="join" />
              <label>
                {t('coop.class')}
                <select name="memberClass" required>
                  {terms.minimums.map((minimum) => (
                    <option key={minimum.memberClass} value={minimum.memberClass}>
                      {t(`memberClass.${minimum.memberClass}`)} ({fill(t('coop.minimum'), { count: minimum.shares })})
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('coop.shares')}
                <input name="shares" type="number" min={1} defaultValue={1} required />
              </label>
              <button type="submit">{t('coop.join')}</button>
            </Form>
          ) : (
            <p>
              <Link to="/login?next=/coop">{t('nav.login')}</Link> · <Link to="/register">{t('nav.register')}</Link>
            </p>
          )}
        </>
      )}
      {live && (
        <div data-testid="membership">
          <p>
            {fill(t('coop.number'), { number: live.number })} · {t(`memberClass.${live.memberClass}`)} ·{' '}
            <strong data-testid="member-status">{t(`memberStatus.${live.status}`)}</strong> ·{' '}
            {live.goodStanding ? t('coop.goodStanding') : t('coop.notGoodStanding')}
          </p>
          <p>
            {t('coop.sharesHeld')}: <strong data-testid="member-shares">{live.shares}</strong> · {t('coop.capital')}:{' '}
            {live.capital.formatted}
          </p>
          {live.purchases
            .filter((purchase) => purchase.status === 'PENDING')
            .map((purchase) => (
              <Form method="post" key={purchase.id}>
                <p>{fill(t('coop.applied'), { amount: purchase.amount.formatted })}</p>
                <p className="hint">{t('coop.testMode')}</p>
                <input type="hidden" name="intent" value="pay" />
                <input type="hidden" name="purchaseId" value={purchase.id} />
                <button type="submit">{fill(t('coop.pay'), { amount: purchase.amount.formatted })}</button>
              </Form>
            ))}
          {live.leavesAt && <p>{fill(t('coop.leavesAt'), { date: formatDate(locale, live.leavesAt) })}</p>}
          <h2>{t('coop.register')}</h2>
          <ul>
            {live.register.map((line) => (
              <li key={line.id}>
                {formatDate(locale, line.recordedAt)}: {t(`movement.${line.movement}`)} {line.shares}
                {line.counterpartyNumber !== null &&
                  ` (${fill(t(line.shares < 0 ? 'coop.register.to' : 'coop.register.from'), { number: line.counterpartyNumber })})`}
              </li>
            ))}
          </ul>
          <h2>{t('coop.history')}</h2>
          <ul>
            {live.standingHistory.map((change) => (
              <li key={change.createdAt}>
                {formatDate(locale, change.createdAt)}: {t(`memberStatus.${change.toStatus}`)} — {change.reason}
              </li>
            ))}
          </ul>
          {live.goodStanding && live.shares > minimum && (
            <section>
              <h2>{t('coop.transfer.title')}</h2>
              <p className="hint">{fill(t('coop.transfer.intro'), { minimum })}</p>
              <Form method="post" className="form" data-testid="transfer-form">
                <input type="hidden" name="intent" value="transfer" />
                <input type="hidden" name="memberId" value={live.id} />
                <input type="hidden" name="idempotencyKey" value={transferKey} />
                <label>
                  {t('coop.transfer.to')}
                  <input name="toMemberNumber" type="number" min={1} required />
                </label>
                <label>
                  {t('coop.transfer.shares')}
                  <input name="shares" type="number" min={1} max={live.shares - minimum} defaultValue={1} required />
                </label>
                <button type="submit">{t('coop.transfer.submit')}</button>
              </Form>
            </section>
          )}
          {live.status === 'ACTIVE' && (
            <Form method="post">
              <input type="hidden" name="intent" value="notice" />
              <input type="hidden" name="memberId" value={live.id} />
              <button type="submit" className="link-button">
                {fill(t('coop.giveNotice'), { days: terms.noticeDays })}
              </button>
            </Form>
          )}
          <p>
            <Link to="/proposals">{t('nav.proposals')}</Link> · <Link to="/policy">{t('policy.title')}</Link>
          </p>
        </div>
      )}
      {loggedIn && (
        <section id="notifications">
          <h2>{t('notifications.title')}</h2>
          {notifications.length === 0 ? (
            <p>{t('notifications.none')}</p>
          ) : (
            <ul>
              {notifications.map((notification) => (
                <li key={notification.id} className={notification.read ? 'read' : 'unread'}>
                  <Link to={`/proposals/${notification.proposalId}`}>
                    {fill(t(`notification.${notification.kind}`), { title: notification.proposalTitle })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Form method="post">
            <input type="hidden" name="intent" value="read" />
            <button type="submit" className="link-button">
              {t('notifications.markRead')}
            </button>
          </Form>
        </section>
      )}
    </section>
  );
}
