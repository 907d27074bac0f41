import { graphql } from '../graphql';
import type { SellerRatingsFragment } from '../graphql/graphql';
import { fill, useLocale, useT } from '../i18n';
import { formatDate } from './coop';

// Seller selections spread `...SellerRatings` under `ratings`; codegen appends this definition to their documents.
graphql(`
  fragment SellerRatings on SellerRatingSummary {
    count
    positiveShare
    latestComments {
      rating
      comment
      createdAt
    }
  }
`);

/** A seller's record with buyers, as Fairmondo shows it: the positive share of the last 12 months, the count, the newest comments. */
export function SellerRatings({ ratings }: { ratings: SellerRatingsFragment }) {
  const t = useT();
  const locale = useLocale();
  if (ratings.count === 0) return <p data-testid="seller-ratings">{t('ratings.none')}</p>;
  const share =
    ratings.positiveShare === null
      ? t('ratings.onlyNeutral')
      : fill(t('ratings.positive'), {
          share: new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { style: 'percent' }).format(ratings.positiveShare),
        });
  return (
    <div className="seller-ratings" data-testid="seller-ratings">
      <p>
        <strong>{share}</strong> · {fill(t(ratings.count === 1 ? 'ratings.countOne' : 'ratings.count'), { count: ratings.count })}
      </p>
      {ratings.latestComments.length > 0 && (
        <ul className="rating-comments">
          {ratings.latestComments.map((comment) => (
            <li key={comment.createdAt}>
              <span className={`rating ${comment.rating.toLowerCase()}`}>{t(`order.rating.${comment.rating}`)}</span> „
              {comment.comment}“ <span className="hint">{formatDate(locale, comment.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
