import { redirect } from 'react-router';
import { graphql } from '../graphql';
import * as api from './api.server';
import { getCartToken } from './cart.server';
import { detectLocale } from './locale.server';
import { getToken } from './session.server';

const CheckoutCart = graphql(`
  query CheckoutCart($cartToken: String, $locale: String!) {
    countries {
      code
    }
    me {
      id
      email
      displayName
    }
    cart(cartToken: $cartToken) {
      itemCount
      destinationCountry
      contactEmail
      deliveryAddress {
        name
        street
        postalCode
        city
        country
        phone
      }
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
        deliveryZone
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
          problem
          lineTotal {
            formatted(locale: $locale)
          }
          product {
            id
            title
          }
        }
      }
    }
  }
`);

/** Who checks out (a session token, or a guest's cart token) and the cart as it stands; an empty cart goes back to /cart. */
export async function checkoutState(request: Request) {
  const { locale } = await detectLocale(request);
  const token = await getToken(request);
  const cartToken = token ? null : await getCartToken(request);
  const { cart, me, countries } = await api.request(CheckoutCart, { cartToken, locale }, { token });
  if (!cart.itemCount) throw redirect('/cart');
  return { token, cartToken, cart, me, locale, countries: countries.map((c) => c.code) };
}
