import { Link } from 'react-router';
import { graphql } from '../graphql';
import type { ProductCardFragment } from '../graphql/graphql';
import { useT } from '../i18n';

// Product lists spread `...ProductCard`; codegen appends this definition to each of their documents.
graphql(`
  fragment ProductCard on Product {
    id
    title
    fair
    fairSeal
    ecological
    ecologicalSeal
    smallAndPrecious
    price {
      formatted(locale: $locale)
    }
    unitPrice {
      per
      price {
        formatted(locale: $locale)
      }
    }
    images {
      url
      srcset
    }
  }
`);

type Claims = Pick<ProductCardFragment, 'fair' | 'fairSeal' | 'ecological' | 'ecologicalSeal' | 'smallAndPrecious'>;

/** The fair claims of a listing, each with the seal that backs it. */
export function Badges({ product }: { product: Claims }) {
  const t = useT();
  const badges = [
    product.fair && { key: 'fair', label: t('badge.fair'), seal: product.fairSeal },
    product.ecological && { key: 'ecological', label: t('badge.ecological'), seal: product.ecologicalSeal },
    product.smallAndPrecious && { key: 'small', label: t('badge.smallAndPrecious'), seal: null },
  ].filter((badge) => !!badge);
  if (badges.length === 0) return null;
  return (
    <ul className="badges" aria-label={t('badge.label')}>
      {badges.map((badge) => (
        <li key={badge.key} className={`badge ${badge.key}`}>
          {badge.label}
          {badge.seal && <span className="seal"> · {badge.seal}</span>}
        </li>
      ))}
    </ul>
  );
}

/** "€12.00 / kg": the price per base unit that commercial sellers must show beside the price. */
export function UnitPrice({ unitPrice }: { unitPrice: ProductCardFragment['unitPrice'] }) {
  const t = useT();
  if (!unitPrice) return null;
  return (
    <span className="unit-price">
      {unitPrice.price.formatted} / {t(`per.${unitPrice.per}`)}
    </span>
  );
}

export function ProductCard({ product }: { product: ProductCardFragment }) {
  const image = product.images[0];
  return (
    <article className="card" data-testid="product-card">
      {/* The title below names the product, so the picture adds nothing for a screen reader. */}
      {image ? (
        <img src={image.url} srcSet={image.srcset ?? undefined} sizes="(max-width: 30rem) 100vw, 14rem" alt="" loading="lazy" />
      ) : (
        <div className="no-image" />
      )}
      <h3>
        <Link to={`/products/${product.id}`}>{product.title}</Link>
      </h3>
      <p className="price">
        <strong>{product.price.formatted}</strong> <UnitPrice unitPrice={product.unitPrice} />
      </p>
      <Badges product={product} />
    </article>
  );
}

export function ProductGrid({ products }: { products: ProductCardFragment[] }) {
  return (
    <ul className="grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}
