import { Form } from 'react-router';
import type { Route } from './+types/dividends';
import { CoopAlert } from '../components/coop';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { requireToken } from '../lib/session.server';

const Mine = graphql(`
  query MyMembershipIds {
    myMemberships {
      id
      number
      status
      memberClass
    }
  }
`);

const MemberDividends = graphql(`
  query MemberDividends($memberId: ID!, $locale: String!) {
    dividendPayoutChoice(memberId: $memberId) {
      method
      iban
      accountHolder
      chosen
    }
    dividendStatements(memberId: $memberId) {
      allocationId
      fiscalYear
      state
      line {
        weight
        classWeight
        rounding
        classPool {
          formatted(locale: $locale)
        }
        amount {
          formatted(locale: $locale)
        }
        payoutMethod
      }
    }
  }
`);

const Choose = graphql(`
  mutation SetDividendPayoutChoice($input: SetPayoutChoiceInput!) {
    setDividendPayoutChoice(input: $input) {
      method
    }
  }
`);

export const meta = pageTitle('dividends.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { locale } = await detectLocale(request);
  const token = await requireToken(request);
  const { myMemberships } = await api.request(Mine, {}, { token });
  const live = myMemberships.filter((member) => member.status !== 'CANCELLED' && member.status !== 'APPLIED');
  const members = await Promise.all(
    live.map(async (member) => ({ member, ...(await api.request(MemberDividends, { memberId: member.id, locale }, { token })) })),
  );
  return { members };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  try {
    const iban = text(form, 'iban');
    await api.request(
      Choose,
      {
        input: {
          memberId: text(form, 'memberId'),
          method: text(form, 'method') === 'SHARES' ? 'SHARES' : 'MONEY',
          iban: iban || null,
          accountHolder: text(form, 'accountHolder') || null,
        },
      },
      { token },
    );
    return { saved: true as const };
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function DividendsPage({ loaderData: { members }, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData && 'code' in actionData ? actionData : undefined;
  return (
    <section className="page">
      <h1>{t('dividends.title')}</h1>
      <CoopAlert state={failure} />
      {actionData && 'saved' in actionData && (
        <p role="status" data-testid="choice-saved">
          {t('dividends.saved')}
        </p>
      )}
      {members.length === 0 && <p>{t('dividends.none')}</p>}
      {members.map(({ member, dividendPayoutChoice: choice, dividendStatements: statements }) => (
        <article key={member.id} className="card">
          <h2>
            #{member.number} · {t(`memberClass.${member.memberClass}`)}
          </h2>
          <Form method="post" className="stack">
            <h3>{t('dividends.choice')}</h3>
            <input type="hidden" name="memberId" value={member.id} />
            <label>
              <input type="radio" name="method" value="MONEY" defaultChecked={choice.method === 'MONEY'} />
              {t('dividends.method.MONEY')}
            </label>
            <label>
              <input type="radio" name="method" value="SHARES" defaultChecked={choice.method === 'SHARES'} />
              {t('dividends.method.SHARES')}
            </label>
            <label>
              {t('dividends.iban')}
              <input name="iban" defaultValue={choice.iban ?? ''} autoComplete="off" />
            </label>
            <label>
              {t('dividends.holder')}
              <input name="accountHolder" defaultValue={choice.accountHolder ?? ''} />
            </label>
            <button type="submit">{t('dividends.saveChoice')}</button>
          </Form>
          <h3>{t('dividends.statements')}</h3>
          {statements.length === 0 && <p>{t('dividends.noStatements')}</p>}
          <ul>
            {statements.map((statement) => (
              <li key={statement.allocationId} data-testid={`statement-${statement.fiscalYear}`}>
                <strong>{statement.fiscalYear}</strong> · {t(`allocationState.${statement.state}`)}
                {statement.line ? (
                  <dl>
                    <dt>{t('dividends.patronage')}</dt>
                    <dd>{statement.line.weight}</dd>
                    <dt>{t('dividends.classPool')}</dt>
                    <dd>{statement.line.classPool.formatted}</dd>
                    <dt>{t('dividends.classTotal')}</dt>
                    <dd>{statement.line.classWeight}</dd>
                    <dt>{t('dividends.rounding')}</dt>
                    <dd>{statement.line.rounding}</dd>
                    <dt>{t('dividends.amount')}</dt>
                    <dd data-testid="statement-amount">{statement.line.amount.formatted}</dd>
                  </dl>
                ) : (
                  <p>{t('dividends.noPatronage')}</p>
                )}
                <a href={`/dividends/${statement.allocationId}/${member.id}/statement.pdf`} download data-testid="statement-pdf">
                  {t('dividends.download')}
                </a>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
