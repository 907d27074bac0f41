import { Form, Link, useSearchParams } from 'react-router';
import type { Route } from './+types/products.$id';
import { Badges, UnitPrice } from '../components/catalog';
import { SellerRatings } from '../components/ratings';
import { ProvenanceSection, routeStops } from '../components/provenance';
import { graphql } from '../graphql';
import { useT } from '../i18n';
import * as api from '../lib/api.server';
import { detectLocale } from '../lib/locale.server';
import { routeMap } from '../lib/route-map.server';

const ProductPage = graphql(`
  query ProductPage($id: ID!, $locale: String!) {
    product(id: $id) {
      id
      title
      description
      condition
      buyable
      stock
      originCountry
      originRegion
      fair
      fairSeal
      ecological
      ecologicalSeal
      smallAndPrecious
      category {
        slug
        name(locale: $locale)
      }
      images {
        url
        srcset
        alt
      }
      price {
        formatted(locale: $locale)
      }
      unitPrice {
        per
        price {
          formatted(locale: $locale)
        }
      }
      priceBreakdown {
        gross {
          ...BreakdownPart
        }
        producerShare {
          ...BreakdownPart
        }
        fairFund {
          ...BreakdownPart
        }
        platformFee {
          ...BreakdownPart
        }
        donation {
          ...BreakdownPart
        }
        vat {
          ...BreakdownPart
        }
      }
      donationOrganisation {
        name
      }
      seller {
        id
        kind
        name
        verified
        vacationMode
        ratings {
          ...SellerRatings
        }
      }
      provenance {
        ...ProvenanceTimeline
      }
    }
  }
  fragment BreakdownPart on Money {
    amount
    formatted(locale: $locale)
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const { locale } = await detectLocale(request);
  const { product } = await api.requestOr404(ProductPage, { id: params.id, locale });
  // The map is drawn here on the server, so the page ships paths, not the world's outline.
  const map = product.provenance ? routeMap(routeStops(product.provenance)) : null;
  return { locale, product, map };
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.product.title ?? ''} · Allmende` }];
}

/** The picture shown large: `?image=` (from a thumbnail link, so the gallery works without scripts), else the first. */
function Gallery({ images, title }: { images: { url: string; srcset?: string | null; alt: string }[]; title: string }) {
  const t = useT();
  const [params] = useSearchParams();
  if (images.length === 0) return <div className="no-image large" />;
  const shown = Math.min(Math.max(Number(params.get('image')) || 0, 0), images.length - 1);
  return (
    <div className="gallery">
      <img
        src={images[shown].url}
        srcSet={images[shown].srcset ?? undefined}
        sizes="(max-width: 40rem) 100vw, 30rem"
        alt={images[shown].alt || title}
      />
      {images.length > 1 && (
        <ul className="thumbnails" aria-label={t('product.gallery')}>
          {images.map((image, index) => (
            <li key={image.url}>
              <Link
                to={`?image=${index}`}
                replace
                preventScrollReset
                aria-current={index === shown ? 'true' : undefined}
                aria-label={`${t('product.picture')} ${index + 1} / ${images.length}`}
              >
                <img src={image.url} srcSet={image.srcset ?? undefined} sizes="5rem" alt="" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default function Product({ loaderData: { locale, product, map } }: Route.ComponentProps) {
  const t = useT();
  const breakdown = product.priceBreakdown;
  const parts = (['producerShare', 'fairFund', 'platformFee', 'donation', 'vat'] as const)
    .map((part) => ({ part, money: breakdown[part] }))
    .filter(({ part, money }) => part !== 'donation' || money.amount > 0);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const seller = product.seller;
  const origin = [
    product.originRegion,
    product.originCountry && new Intl.DisplayNames([locale], { type: 'region' }).of(product.originCountry),
  ];
  return (
    <article className="page product">
      <div className="product-top">
        <Gallery images={product.images} title={product.title} />
        <div className="product-summary">
          <h1>{product.title}</h1>
          <Badges product={product} />
          <p className="price">
            <strong data-testid="price">{product.price.formatted}</strong> <UnitPrice unitPrice={product.unitPrice} />
          </p>
          {product.buyable && (
            <Form method="post" action="/cart" className="inline-form add-to-cart">
              <input type="hidden" name="intent" value="add" />
              <input type="hidden" name="productId" value={product.id} />
              <label htmlFor="add-quantity">{t('cart.quantity')}</label>
              <input id="add-quantity" name="quantity" type="number" min={1} max={Math.min(product.stock, 99)} defaultValue={1} />
              <button type="submit">{t('cart.add')}</button>
            </Form>
          )}
          {!product.buyable && (
            <p className="notice" data-testid="not-buyable">
              {t(seller.vacationMode ? 'product.onVacation' : 'product.unavailable')}
            </p>
          )}
          <dl className="details">
            {product.category && (
              <div>
                <dt>{t('field.category')}</dt>
                <dd>
                  <Link to={`/search?category=${encodeURIComponent(product.category.slug)}`}>{product.category.name}</Link>
                </dd>
              </div>
            )}
            <div>
              <dt>{t('field.condition')}</dt>
              <dd>{t(`condition.${product.condition}`)}</dd>
            </div>
            {origin.some(Boolean) && (
              <div>
                <dt>{t('field.origin')}</dt>
                <dd>{origin.filter(Boolean).join(', ')}</dd>
              </div>
            )}
          </dl>
          <aside className="seller-card" aria-labelledby="seller-name" data-testid="seller-card">
            <p className="hint">{t('product.soldBy')}</p>
            <p id="seller-name">
              <Link to={`/sellers/${seller.kind.toLowerCase()}/${seller.id}`}>{seller.name}</Link>
            </p>
            {seller.verified && <span className="badge verified">{t('organisation.verified')}</span>}
            <SellerRatings ratings={seller.ratings} />
          </aside>
        </div>
      </div>
      {product.description && <p className="description">{product.description}</p>}
      {product.provenance && <ProvenanceSection provenance={product.provenance} map={map} locale={locale} />}
      <section aria-labelledby="breakdown-title">
        <h2 id="breakdown-title">{t('breakdown.title')}</h2>
        <p>{t('breakdown.intro')}</p>
        <div className="table-scroll" role="region" aria-labelledby="breakdown-title" tabIndex={0}>
          <table className="breakdown" data-testid="breakdown">
            <thead>
              <tr>
                <th scope="col">{t('breakdown.part')}</th>
                <th scope="col">{t('breakdown.amount')}</th>
                <th scope="col">{t('breakdown.share')}</th>
              </tr>
            </thead>
            <tbody>
              {parts.map(({ part, money }) => {
                const share = breakdown.gross.amount ? money.amount / breakdown.gross.amount : 0;
                return (
                  <tr key={part} data-amount={money.amount}>
                    <th scope="row">
                      {t(`breakdown.${part}`)}
                      {part === 'donation' && product.donationOrganisation && ` (${product.donationOrganisation.name})`}
                    </th>
                    <td>{money.formatted}</td>
                    <td>
                      <span className="bar" aria-hidden="true">
                        <span style={{ width: `${share * 100}%` }} />
                      </span>{' '}
                      {percent.format(share)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr data-testid="breakdown-total" data-amount={breakdown.gross.amount}>
                <th scope="row">{t('breakdown.total')}</th>
                <td>{breakdown.gross.formatted}</td>
                <td>{percent.format(1)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
    </article>
  );
}
