import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/trade.negotiations.$id';
import { formatDate } from '../components/coop';
import { Field, FormAlert, TextField } from '../components/form';
import { NotVerified, TradeBack, withOrgLink } from '../components/trade';
import { graphql } from '../graphql';
import { fill, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, invalidForm, text } from '../lib/forms.server';
import { decimalToMinorUnits, minorUnitsToDecimal } from '../lib/money';
import { tradeContext, withOrg } from '../lib/trade.server';

const NegotiationPage = graphql(`
  query NegotiationPage($id: ID!, $locale: String!) {
    wholesaleNegotiation(id: $id) {
      id
      state
      round
      expiresAt
      buyerOrganisationId
      sellerOrganisationId
      buyer {
        name
      }
      seller {
        name
      }
      offer {
        id
        title
        unit
        currency
      }
      onTable {
        id
        side
        round
        quantity
        deliveryDate
        validUntil
        unitPrice {
          amount
          currency
          formatted(locale: $locale)
        }
        total {
          formatted(locale: $locale)
        }
      }
      proposals {
        id
        side
        round
        quantity
        deliveryDate
        createdAt
        unitPrice {
          formatted(locale: $locale)
        }
        total {
          formatted(locale: $locale)
        }
      }
      messages {
        id
        side
        body
        createdAt
      }
      purchaseOrder {
        id
      }
    }
  }
`);

const Propose = graphql(`
  mutation ProposeTerms($id: ID!, $input: ProposalInput!) {
    proposeWholesaleTerms(negotiationId: $id, input: $input) {
      id
    }
  }
`);
const Accept = graphql(`
  mutation AcceptProposal($id: ID!) {
    acceptWholesaleProposal(negotiationId: $id) {
      id
    }
  }
`);
const Decline = graphql(`
  mutation DeclineProposal($id: ID!, $message: String!) {
    declineWholesaleProposal(negotiationId: $id, message: $message) {
      id
    }
  }
`);
const Withdraw = graphql(`
  mutation WithdrawProposal($id: ID!, $message: String!) {
    withdrawWholesaleProposal(negotiationId: $id, message: $message) {
      id
    }
  }
`);
const SendMessage = graphql(`
  mutation SendTradeMessage($id: ID!, $message: String!) {
    sendWholesaleMessage(negotiationId: $id, message: $message) {
      id
    }
  }
`);

export const meta = pageTitle('trade.negotiation.title');

export async function loader({ request, params }: Route.LoaderArgs) {
  const { token, organisationId, locale } = await tradeContext(request);
  try {
    const { wholesaleNegotiation } = await api.requestOr404(NegotiationPage, { id: params.id, locale }, { token });
    return { organisationId, locale, negotiation: wholesaleNegotiation };
  } catch (error) {
    if (error instanceof api.ApiError && error.code === 'FORBIDDEN') return { organisationId, locale, negotiation: null };
    throw error;
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { token, organisationId } = await tradeContext(request);
  const form = await request.formData();
  const id = params.id;
  const here = withOrg(`/trade/negotiations/${id}`, organisationId);
  try {
    switch (text(form, 'intent')) {
      case 'accept': {
        const { acceptWholesaleProposal } = await api.request(Accept, { id }, { token });
        return redirect(withOrg(`/trade/orders/${acceptWholesaleProposal.id}`, organisationId));
      }
      case 'decline':
        await api.request(Decline, { id, message: text(form, 'message') }, { token });
        return redirect(here);
      case 'withdraw':
        await api.request(Withdraw, { id, message: text(form, 'message') }, { token });
        return redirect(here);
      case 'message':
        await api.request(SendMessage, { id, message: text(form, 'body') }, { token });
        return redirect(`${here}#thread`);
      default: {
        const quantity = text(form, 'quantity');
        const unitPrice = decimalToMinorUnits(text(form, 'unitPrice'), text(form, 'currency') || 'EUR');
        if (!/^\d+$/.test(quantity)) return invalidForm(form, { quantity: ['enter a whole quantity'] });
        if (unitPrice === null) return invalidForm(form, { unitPrice: ['enter an amount such as 8.50'] });
        await api.request(
          Propose,
          {
            id,
            input: {
              quantity: Number(quantity),
              unitPrice,
              deliveryDate: text(form, 'deliveryDate'),
              message: text(form, 'message'),
            },
          },
          { token },
        );
        return redirect(here);
      }
    }
  } catch (error) {
    return formFailure(error, form);
  }
}

const OPEN = ['REQUESTED', 'OFFERED', 'COUNTERED'];

export default function NegotiationPageView({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { organisationId, locale, negotiation } = loaderData;
  if (!negotiation) return <NotVerified />;
  const mySide = negotiation.sellerOrganisationId === organisationId ? 'SELLER' : 'BUYER';
  const open = OPEN.includes(negotiation.state);
  const myTurn = open && negotiation.onTable.side !== mySide;
  const table = negotiation.onTable;
  const messages = negotiation.messages.filter((message) => message.body.trim());
  const sideName = (side: string) => (side === 'SELLER' ? negotiation.seller.name : negotiation.buyer.name);
  return (
    <section className="page trade-page">
      <TradeBack organisationId={organisationId} />
      <h1>
        {t('trade.negotiation.title')}: {negotiation.offer.title}
      </h1>
      <p className="hint">
        {t(`trade.side.${mySide}`)} · {t('trade.counterparty')} {sideName(mySide === 'SELLER' ? 'BUYER' : 'SELLER')} ·{' '}
        <span className="badge" data-testid="negotiation-state">
          {t(`trade.negotiationState.${negotiation.state}`)}
        </span>{' '}
        · {fill(t('trade.negotiation.round'), { round: negotiation.round })}
      </p>
      {negotiation.purchaseOrder && (
        <p className="notice">
          <Link to={withOrgLink(`/trade/orders/${negotiation.purchaseOrder.id}`, organisationId)}>
            {t('trade.negotiation.toOrder')}
          </Link>
        </p>
      )}
      <FormAlert state={actionData} />
      <div className="trade-columns">
        <div>
          <h2>{t('trade.negotiation.onTable')}</h2>
          <dl className="totals" data-testid="on-table">
            <div>
              <dt>{t('trade.negotiation.proposedBy')}</dt>
              <dd>{sideName(table.side)}</dd>
            </div>
            <div>
              <dt>{t('trade.quantity')}</dt>
              <dd>
                {table.quantity} {negotiation.offer.unit}
              </dd>
            </div>
            <div>
              <dt>{t('trade.unitPrice')}</dt>
              <dd>{table.unitPrice.formatted}</dd>
            </div>
            <div>
              <dt>{t('trade.total')}</dt>
              <dd data-testid="on-table-total">{table.total.formatted}</dd>
            </div>
            <div>
              <dt>{t('trade.deliveryDate')}</dt>
              <dd>{table.deliveryDate}</dd>
            </div>
            <div>
              <dt>{t('trade.validUntil')}</dt>
              <dd>{formatDate(locale, table.validUntil)}</dd>
            </div>
          </dl>
          {open && <p>{t(myTurn ? 'trade.negotiation.yourTurn' : 'trade.negotiation.theirTurn')}</p>}
          {myTurn && (
            <div className="actions">
              <Form method="post">
                <input type="hidden" name="intent" value="accept" />
                <button type="submit">{t('trade.negotiation.accept')}</button>
              </Form>
              <Form method="post">
                <input type="hidden" name="intent" value="decline" />
                <button type="submit" className="secondary">
                  {t('trade.negotiation.decline')}
                </button>
              </Form>
            </div>
          )}
          {open && !myTurn && (
            <Form method="post" className="actions">
              <input type="hidden" name="intent" value="withdraw" />
              <button type="submit" className="secondary">
                {t('trade.negotiation.withdraw')}
              </button>
            </Form>
          )}
          {myTurn && (
            <>
              <h2>{t('trade.negotiation.counter')}</h2>
              <Form method="post" className="form" data-testid="counter-form" key={table.id}>
                <input type="hidden" name="intent" value="propose" />
                <input type="hidden" name="currency" value={negotiation.offer.currency} />
                <div className="field-row">
                  <Field name="quantity" label={`${t('trade.quantity')} (${negotiation.offer.unit})`} state={actionData}>
                    {(control) => (
                      <input
                        {...control}
                        inputMode="numeric"
                        defaultValue={control.defaultValue ?? String(table.quantity)}
                        required
                      />
                    )}
                  </Field>
                  <Field name="unitPrice" label={t('trade.unitPrice')} state={actionData}>
                    {(control) => (
                      <input
                        {...control}
                        inputMode="decimal"
                        defaultValue={
                          control.defaultValue ?? minorUnitsToDecimal(table.unitPrice.amount, table.unitPrice.currency)
                        }
                        required
                      />
                    )}
                  </Field>
                  <Field name="deliveryDate" label={t('trade.deliveryDate')} state={actionData}>
                    {(control) => (
                      <input {...control} type="date" defaultValue={control.defaultValue ?? table.deliveryDate} required />
                    )}
                  </Field>
                </div>
                <TextField name="message" label={t('trade.message')} state={actionData} multiline optional />
                <button type="submit">{t('trade.negotiation.propose')}</button>
              </Form>
            </>
          )}
        </div>
        <div>
          <h2 id="history">{t('trade.negotiation.history')}</h2>
          <div className="table-scroll" role="region" aria-labelledby="history" tabIndex={0}>
            <table data-testid="proposal-history">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('trade.negotiation.proposedBy')}</th>
                  <th scope="col">{t('trade.quantity')}</th>
                  <th scope="col">{t('trade.unitPrice')}</th>
                  <th scope="col">{t('trade.total')}</th>
                </tr>
              </thead>
              <tbody>
                {negotiation.proposals.map((proposal) => (
                  <tr key={proposal.id}>
                    <td>{proposal.round}</td>
                    <td>{sideName(proposal.side)}</td>
                    <td>{proposal.quantity}</td>
                    <td>{proposal.unitPrice.formatted}</td>
                    <td>{proposal.total.formatted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 id="thread">{t('trade.negotiation.thread')}</h2>
          {messages.length === 0 ? (
            <p>{t('trade.negotiation.noMessages')}</p>
          ) : (
            <ol className="card-list" data-testid="trade-thread">
              {messages.map((message) => (
                <li key={message.id} className="card">
                  <p className="hint">
                    {sideName(message.side)} · {formatDate(locale, message.createdAt)}
                  </p>
                  <p>{message.body}</p>
                </li>
              ))}
            </ol>
          )}
          {open && (
            <Form method="post" className="form" key={messages.length}>
              <input type="hidden" name="intent" value="message" />
              <TextField name="body" label={t('trade.negotiation.write')} state={actionData} multiline />
              <button type="submit">{t('trade.negotiation.send')}</button>
            </Form>
          )}
        </div>
      </div>
    </section>
  );
}
