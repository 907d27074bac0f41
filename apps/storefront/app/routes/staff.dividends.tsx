import { Form, Link } from 'react-router';
import type { Route } from './+types/staff.dividends';
import { CoopAlert, formatDate } from '../components/coop';
import { graphql } from '../graphql';
import { fill, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { requireToken } from '../lib/session.server';

const Board = graphql(`
  query DividendBoard($locale: String!) {
    fiscalYears {
      id
      label
      state
      startsAt
      endsAt
      figures {
        revenue {
          formatted(locale: $locale)
        }
        costs {
          formatted(locale: $locale)
        }
        surplus {
          formatted(locale: $locale)
        }
      }
      costs {
        id
        description
        documentReference
        amount {
          formatted(locale: $locale)
        }
      }
      allocation {
        id
        state
        digest
        runs
        nothingToAllocate
        proposalId
        sepaExecutedAt
        surplus {
          formatted(locale: $locale)
        }
        reserve {
          formatted(locale: $locale)
        }
        investorPool {
          formatted(locale: $locale)
        }
        patronagePool {
          formatted(locale: $locale)
        }
        classes {
          memberClass
          tier
          members
          totalWeight
          pool {
            formatted(locale: $locale)
          }
          allocated {
            formatted(locale: $locale)
          }
        }
      }
    }
  }
`);

const CreateYear = graphql(`
  mutation CreateFiscalYear($input: CreateFiscalYearInput!) {
    createFiscalYear(input: $input) {
      id
    }
  }
`);
const AddCost = graphql(`
  mutation AddFiscalCost($input: AddFiscalCostInput!) {
    addFiscalCost(input: $input) {
      id
    }
  }
`);
const CloseYear = graphql(`
  mutation CloseFiscalYear($id: ID!) {
    closeFiscalYear(id: $id) {
      id
    }
  }
`);
const Run = graphql(`
  mutation RunDividendAllocation($id: ID!) {
    runDividendAllocation(fiscalYearId: $id) {
      id
    }
  }
`);
const Propose = graphql(`
  mutation ProposeDividendAllocation($id: ID!) {
    proposeDividendAllocation(allocationId: $id) {
      id
    }
  }
`);
const PayOut = graphql(`
  mutation PayOutDividends($id: ID!) {
    payOutDividends(allocationId: $id) {
      id
    }
  }
`);
const SepaExecuted = graphql(`
  mutation MarkDividendSepaExecuted($id: ID!) {
    markDividendSepaExecuted(allocationId: $id) {
      id
    }
  }
`);

export const meta = pageTitle('board.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { locale } = await detectLocale(request);
  const token = await requireToken(request);
  return { locale, years: (await api.request(Board, { locale }, { token })).fiscalYears };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const id = text(form, 'id');
  try {
    switch (text(form, 'intent')) {
      case 'create':
        await api.request(
          CreateYear,
          {
            input: {
              label: text(form, 'label'),
              startsAt: `${text(form, 'startsAt')}T00:00:00Z`,
              endsAt: `${text(form, 'endsAt')}T00:00:00Z`,
            },
          },
          { token },
        );
        break;
      case 'cost':
        await api.request(
          AddCost,
          {
            input: {
              fiscalYearId: id,
              amountCents: Number(text(form, 'amountCents')),
              description: text(form, 'description'),
              documentReference: text(form, 'documentReference'),
            },
          },
          { token },
        );
        break;
      case 'close':
        await api.request(CloseYear, { id }, { token });
        break;
      case 'run':
        await api.request(Run, { id }, { token });
        break;
      case 'propose':
        await api.request(Propose, { id }, { token });
        break;
      case 'pay':
        await api.request(PayOut, { id }, { token });
        break;
      case 'sepa-executed':
        await api.request(SepaExecuted, { id }, { token });
        break;
    }
    return null;
  } catch (error) {
    return formFailure(error, form);
  }
}

function Button({ intent, id, label }: { intent: string; id: string; label: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      <button type="submit">{label}</button>
    </Form>
  );
}

export default function DividendBoardPage({ loaderData: { locale, years }, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('board.title')}</h1>
      <CoopAlert state={actionData ?? undefined} />
      {years.map((year) => {
        const allocation = year.allocation;
        return (
          <article key={year.id} className="card" data-testid={`fiscal-year-${year.label}`}>
            <h2>
              {fill(t('board.year'), { label: year.label })} ·{' '}
              <span data-testid="year-state">{t(`board.state.${year.state}`)}</span>
            </h2>
            <dl>
              <dt>{t('board.revenue')}</dt>
              <dd data-testid="year-revenue">{year.figures.revenue.formatted}</dd>
              <dt>{t('board.costs')}</dt>
              <dd data-testid="year-costs">{year.figures.costs.formatted}</dd>
              <dt>{t('board.surplus')}</dt>
              <dd data-testid="year-surplus">{year.figures.surplus.formatted}</dd>
            </dl>
            {year.costs.length > 0 && (
              <ul>
                {year.costs.map((cost) => (
                  <li key={cost.id}>
                    {cost.description} ({cost.documentReference}): {cost.amount.formatted}
                  </li>
                ))}
              </ul>
            )}
            {year.state === 'OPEN' && (
              <>
                <Form method="post" className="stack">
                  <h3>{t('board.addCost')}</h3>
                  <input type="hidden" name="intent" value="cost" />
                  <input type="hidden" name="id" value={year.id} />
                  <label>
                    {t('board.costAmount')}
                    <input name="amountCents" type="number" min={1} required />
                  </label>
                  <label>
                    {t('board.costDescription')}
                    <input name="description" required />
                  </label>
                  <label>
                    {t('board.costDocument')}
                    <input name="documentReference" required />
                  </label>
                  <button type="submit">{t('board.saveCost')}</button>
                </Form>
                <Button intent="close" id={year.id} label={t('board.close')} />
              </>
            )}
            {year.state === 'CLOSED' && (!allocation || allocation.state === 'DRAFT') && (
              <Button intent="run" id={year.id} label={allocation ? t('board.rerun') : t('board.run')} />
            )}
            {allocation && (
              <div data-testid="allocation">
                <h3>
                  <span data-testid="allocation-state">{t(`allocationState.${allocation.state}`)}</span>
                </h3>
                {allocation.nothingToAllocate ? (
                  <p>{t('board.nothing')}</p>
                ) : (
                  <>
                    <dl>
                      <dt>{t('board.reserve')}</dt>
                      <dd data-testid="allocation-reserve">{allocation.reserve.formatted}</dd>
                      <dt>{t('board.investorPool')}</dt>
                      <dd>{allocation.investorPool.formatted}</dd>
                      <dt>{t('board.patronagePool')}</dt>
                      <dd data-testid="allocation-patronage">{allocation.patronagePool.formatted}</dd>
                      <dt>{t('board.digest')}</dt>
                      <dd>
                        <code>{allocation.digest.slice(0, 16)}</code>
                      </dd>
                    </dl>
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">{t('board.class')}</th>
                          <th scope="col">{t('board.members')}</th>
                          <th scope="col">{t('board.pool')}</th>
                          <th scope="col">{t('board.allocated')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {allocation.classes.map((row) => (
                          <tr key={row.memberClass} data-testid={`class-${row.memberClass}`}>
                            <th scope="row">{t(`memberClass.${row.memberClass}`)}</th>
                            <td>{row.members}</td>
                            <td>{row.pool.formatted}</td>
                            <td>{row.allocated.formatted}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </>
                )}
                {allocation.state === 'DRAFT' && !allocation.nothingToAllocate && (
                  <Button intent="propose" id={allocation.id} label={t('board.propose')} />
                )}
                {allocation.proposalId && (
                  <p>
                    <Link to={`/proposals/${allocation.proposalId}`} data-testid="allocation-proposal">
                      {t('board.proposal')}
                    </Link>
                  </p>
                )}
                {(allocation.state === 'APPROVED' || allocation.state === 'PROPOSED') && (
                  <Button intent="pay" id={allocation.id} label={t('board.payOut')} />
                )}
                {allocation.state === 'PAID' && (
                  <p>
                    <a href={`/staff/dividends/${allocation.id}/sepa.xml`} download data-testid="sepa-link">
                      {t('board.sepa')}
                    </a>
                  </p>
                )}
                {allocation.state === 'PAID' &&
                  (allocation.sepaExecutedAt ? (
                    <p>{fill(t('board.sepaDone'), { date: formatDate(locale, allocation.sepaExecutedAt) })}</p>
                  ) : (
                    <Button intent="sepa-executed" id={allocation.id} label={t('board.sepaExecuted')} />
                  ))}
                <p>
                  <a href={`/staff/dividends/${allocation.id}/report.csv`} download>
                    {t('board.csv')}
                  </a>
                </p>
              </div>
            )}
          </article>
        );
      })}
      <Form method="post" className="stack card">
        <h2>{t('board.newYear')}</h2>
        <input type="hidden" name="intent" value="create" />
        <label>
          {t('board.label')}
          <input name="label" required />
        </label>
        <label>
          {t('board.startsAt')}
          <input name="startsAt" type="date" required />
        </label>
        <label>
          {t('board.endsAt')}
          <input name="endsAt" type="date" required />
        </label>
        <button type="submit">{t('board.create')}</button>
      </Form>
    </section>
  );
}
