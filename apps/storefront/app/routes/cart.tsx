import { data, Form, Link, redirect, useRouteLoaderData, useSearchParams } from 'react-router';
import type { Route } from './+types/cart';
import { CountryOptions } from '../components/address';
import { DoneNotice } from '../components/confirm';
import { FormAlert } from '../components/form';
import { graphql } from '../graphql';
import { errorMessageKey, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { commitCartToken, getCartToken } from '../lib/cart.server';
import { formFailure, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { getToken } from '../lib/session.server';
import type { loader as rootLoader } from '../root';

const CartPage = graphql(`
  query CartPage($cartToken: String, $locale: String!) {
    countries {
      code
    }
    cart(cartToken: $cartToken) {
      itemCount
      destinationCountry
      itemsTotal {
        formatted(locale: $locale)
      }
      shippingTotal {
        formatted(locale: $locale)
      }
      total {
        formatted(locale: $locale)
      }
      groups {
        sellerId
        sellerName
        shippingMethod
        delivery {
          amount {
            formatted(locale: $locale)
          }
        }
        pickup {
          amount {
            formatted(locale: $locale)
          }
        }
        shipping {
          formatted(locale: $locale)
        }
        itemsTotal {
          formatted(locale: $locale)
        }
        total {
          formatted(locale: $locale)
        }
        lines {
          quantity
          shipsToDestination
          problem
          lineTotal {
            formatted(locale: $locale)
          }
          product {
            id
            title
            stock
            price {
              formatted(locale: $locale)
            }
          }
        }
      }
    }
  }
`);

const AddToCart = graphql(`
  mutation AddToCart($productId: ID!, $quantity: Int!, $cartToken: String) {
    addToCart(productId: $productId, quantity: $quantity, cartToken: $cartToken) {
      token
      itemCount
    }
  }
`);

const SetQuantity = graphql(`
  mutation SetCartQuantity($productId: ID!, $quantity: Int!, $cartToken: String) {
    setCartItemQuantity(productId: $productId, quantity: $quantity, cartToken: $cartToken) {
      itemCount
    }
  }
`);

const SetDestination = graphql(`
  mutation SetCartDestination($country: String!, $cartToken: String) {
    setCartDestination(country: $country, cartToken: $cartToken) {
      itemCount
    }
  }
`);

const ChooseShipping = graphql(`
  mutation ChooseShipping($sellerId: ID!, $method: ShippingMethod!, $cartToken: String) {
    chooseShipping(sellerId: $sellerId, method: $method, cartToken: $cartToken) {
      itemCount
    }
  }
`);

export const meta = pageTitle('cart.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { locale } = await detectLocale(request);
  const token = await getToken(request);
  const cartToken = token ? null : await getCartToken(request);
  const { cart, countries } = await api.request(CartPage, { cartToken, locale }, { token });
  return { cart, countries: countries.map((c) => c.code) };
}

/** Adds (from a product page), changes quantities and chooses shipping; a guest's first add sets the cart cookie. */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const token = await getToken(request);
  const cartToken = token ? null : await getCartToken(request);
  const quantity = Math.max(0, Math.min(99, Math.trunc(Number(text(form, 'quantity') || '1')) || 0));
  try {
    switch (text(form, 'intent')) {
      case 'add': {
        const { addToCart } = await api.request(
          AddToCart,
          { productId: text(form, 'productId'), quantity: Math.max(quantity, 1), cartToken },
          { token },
        );
        const headers = new Headers();
        if (addToCart.token && addToCart.token !== cartToken)
          headers.append('Set-Cookie', await commitCartToken(request, addToCart.token));
        return redirect('/cart?added=1', { headers });
      }
      case 'quantity':
        await api.request(SetQuantity, { productId: text(form, 'productId'), quantity, cartToken }, { token });
        return redirect('/cart');
      case 'remove':
        await api.request(SetQuantity, { productId: text(form, 'productId'), quantity: 0, cartToken }, { token });
        return redirect('/cart');
      case 'destination':
        await api.request(SetDestination, { country: text(form, 'country'), cartToken }, { token });
        return redirect('/cart?done=destinationSet');
      case 'shipping': {
        const method = text(form, 'method') === 'PICKUP' ? 'PICKUP' : 'DELIVERY';
        await api.request(ChooseShipping, { sellerId: text(form, 'sellerId'), method, cartToken }, { token });
        return redirect('/cart');
      }
      default:
        return data(null, { status: 400 });
    }
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function CartView({ loaderData: { cart, countries }, actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const account = useRouteLoaderData<typeof rootLoader>('root')?.account;
  const blocked = cart.groups.some((group) => !group.shippingMethod || group.lines.some((line) => line.problem));
  return (
    <section className="page cart">
      <h1>{t('cart.title')}</h1>
      {params.has('added') && (
        <p className="notice" role="status">
          {t('cart.added')}
        </p>
      )}
      <DoneNotice />
      <FormAlert state={actionData ?? undefined} />
      {params.get('error') && (
        <p className="form-alert" role="alert">
          {t(errorMessageKey(params.get('error')!))}
        </p>
      )}
      {cart.groups.length === 0 ? (
        <p data-testid="cart-empty">{t('cart.empty')}</p>
      ) : (
        <>
          <Form method="post" className="inline-form destination-form">
            <input type="hidden" name="intent" value="destination" />
            <label htmlFor="cart-destination">{t('cart.deliverTo')}</label>
            <select id="cart-destination" name="country" defaultValue={cart.destinationCountry ?? ''} required>
              {!cart.destinationCountry && <option value="">{t('cart.chooseCountry')}</option>}
              <CountryOptions codes={countries} />
            </select>
            <button type="submit" className="secondary">
              {t('cart.update')}
            </button>
          </Form>
          {!cart.destinationCountry && <p className="hint">{t('cart.destinationHint')}</p>}
          {cart.groups.map((group) => (
            <section
              key={group.sellerId}
              className="cart-seller"
              aria-labelledby={`seller-${group.sellerId}`}
              data-testid="cart-seller"
            >
              <h2 id={`seller-${group.sellerId}`}>
                <span className="hint">{t('cart.soldBy')}</span> {group.sellerName}
              </h2>
              <ul className="cart-lines">
                {group.lines.map((line) => (
                  <li key={line.product.id} className="cart-line">
                    <Link to={`/products/${line.product.id}`}>{line.product.title}</Link>
                    <span>{line.product.price.formatted}</span>
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="quantity" />
                      <input type="hidden" name="productId" value={line.product.id} />
                      <label htmlFor={`qty-${line.product.id}`} className="visually-hidden">
                        {t('cart.quantity')} {line.product.title}
                      </label>
                      <input
                        id={`qty-${line.product.id}`}
                        name="quantity"
                        type="number"
                        min={0}
                        max={99}
                        defaultValue={line.quantity}
                      />
                      <button type="submit" className="secondary">
                        {t('cart.update')}
                      </button>
                    </Form>
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="productId" value={line.product.id} />
                      <button type="submit" className="link-button">
                        {t('cart.remove')}
                        <span className="visually-hidden"> {line.product.title}</span>
                      </button>
                    </Form>
                    <strong>{line.lineTotal.formatted}</strong>
                    {line.problem && <span className="form-alert">{t(errorMessageKey(line.problem))}</span>}
                  </li>
                ))}
              </ul>
              <Form method="post" className="inline-form shipping-choice">
                <input type="hidden" name="intent" value="shipping" />
                <input type="hidden" name="sellerId" value={group.sellerId} />
                <fieldset>
                  <legend>{t('cart.chooseShipping')}</legend>
                  {(['DELIVERY', 'PICKUP'] as const).map((method) => {
                    const quote = method === 'DELIVERY' ? group.delivery : group.pickup;
                    if (!quote) return null;
                    return (
                      <label key={method}>
                        <input type="radio" name="method" value={method} defaultChecked={group.shippingMethod === method} />{' '}
                        {t(`cart.method.${method}`)} ({quote.amount.formatted})
                      </label>
                    );
                  })}
                  {group.delivery && group.pickup && (
                    <button type="submit" className="secondary">
                      {t('cart.update')}
                    </button>
                  )}
                </fieldset>
                {!group.shippingMethod && <p className="form-alert">{t('cart.noShipping')}</p>}
              </Form>
              <dl className="totals">
                <div>
                  <dt>{t('cart.items')}</dt>
                  <dd>{group.itemsTotal.formatted}</dd>
                </div>
                <div>
                  <dt>{t('cart.shipping')}</dt>
                  <dd>{group.shipping?.formatted ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('cart.subtotal')}</dt>
                  <dd data-testid="seller-subtotal">{group.total.formatted}</dd>
                </div>
              </dl>
            </section>
          ))}
          <dl className="totals grand-total">
            <div>
              <dt>{t('cart.shipping')}</dt>
              <dd>{cart.shippingTotal?.formatted}</dd>
            </div>
            <div>
              <dt>{t('cart.total')}</dt>
              <dd data-testid="cart-total">{cart.total?.formatted}</dd>
            </div>
          </dl>
          <div className="actions">
            {blocked ? (
              <p className="form-alert">{t('cart.blocked')}</p>
            ) : (
              <Link className="button" to="/checkout/address">
                {t('cart.checkout')}
              </Link>
            )}
            {!account && <Link to="/login?next=/checkout/address">{t('cart.loginToCheckout')}</Link>}
          </div>
        </>
      )}
    </section>
  );
}
