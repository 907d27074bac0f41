import type { Route } from './+types/statistics.trade';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { detectLocale } from '../lib/locale.server';

const TradeStatistics = graphql(`
  query TradeStatisticsPage($locale: String!) {
    coopTradeStatistics {
      currency
      coopShare
      total {
        trades
        volume {
          formatted(locale: $locale)
        }
      }
      byMonth {
        key
        trades
        volume {
          amount
          formatted(locale: $locale)
        }
      }
      byCategory {
        key
        trades
        volume {
          amount
          formatted(locale: $locale)
        }
      }
      byCountryPair {
        key
        trades
        volume {
          amount
          formatted(locale: $locale)
        }
      }
    }
    categories {
      id
      name(locale: $locale)
    }
  }
`);

export const meta = pageTitle('stats.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { locale } = await detectLocale(request);
  const { coopTradeStatistics, categories } = await api.request(TradeStatistics, { locale });
  return { locale, stats: coopTradeStatistics, categories: Object.fromEntries(categories.map((c) => [c.id, c.name])) };
}

interface Bar {
  key: string;
  label: string;
  trades: number;
  volume: { amount: number; formatted: string } | null;
}

const ROW = 44;
const CHART_WIDTH = 400;

/**
 * A horizontal bar chart drawn on the server as SVG (no script, no outside service), one row a
 * label over its bar: bar length is the volume where the aggregate covers at least three trades,
 * else the number of trades, drawn hatched, so a row with its amount hidden still shows that trade
 * happened. Its text stays readable from a phone to a desktop (the figure is at most 30rem wide).
 */
function BarChart({ title, bars, id }: { title: string; bars: Bar[]; id: string }) {
  const t = useT();
  const maxVolume = Math.max(1, ...bars.map((bar) => bar.volume?.amount ?? 0));
  const maxTrades = Math.max(1, ...bars.map((bar) => bar.trades));
  const room = CHART_WIDTH - 4;
  const height = bars.length * ROW + 4;
  return (
    <figure className="trade-chart" data-testid={`chart-${id}`}>
      <figcaption>
        <h2 id={`chart-${id}-title`}>{title}</h2>
      </figcaption>
      <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-labelledby={`chart-${id}-title chart-${id}-desc`}>
        <desc id={`chart-${id}-desc`}>
          {bars
            .map(
              (bar) =>
                `${bar.label}: ${t('stats.trades')} ${bar.trades}, ${t('stats.volume')} ${bar.volume?.formatted ?? t('stats.hidden')}`,
            )
            .join('; ')}
        </desc>
        <defs>
          <pattern id={`hatch-${id}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#e8efe6" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#5b7f52" strokeWidth="2" />
          </pattern>
        </defs>
        {bars.map((bar, index) => {
          const share = bar.volume ? bar.volume.amount / maxVolume : (bar.trades / maxTrades) * 0.4;
          const y = 2 + index * ROW;
          return (
            <g key={bar.key}>
              <text x="0" y={y + 14} fontSize="13" fontWeight="600">
                {bar.label}
              </text>
              <text x={CHART_WIDTH} y={y + 14} fontSize="12" textAnchor="end">
                {bar.volume ? bar.volume.formatted : t('stats.hidden')} · {t('stats.trades')}: {bar.trades}
              </text>
              <rect
                x="0"
                y={y + 20}
                width={Math.max(3, share * room)}
                height="16"
                rx="3"
                fill={bar.volume ? '#3f6b35' : `url(#hatch-${id})`}
              />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export default function TradeStatisticsPage({ loaderData: { locale, stats, categories } }: Route.ComponentProps) {
  const t = useT();
  const monthName = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const bars = (rows: typeof stats.byMonth, label: (key: string) => string): Bar[] =>
    rows.map((row) => ({ key: row.key, label: label(row.key), trades: row.trades, volume: row.volume ?? null }));
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <section className="page trade-statistics">
      <h1>{t('stats.title')}</h1>
      <p>{t('stats.intro')}</p>
      {stats.total.trades === 0 ? (
        <p>{t('stats.none')}</p>
      ) : (
        <>
          <dl className="totals" data-testid="trade-totals">
            <div>
              <dt>{t('stats.trades')}</dt>
              <dd data-testid="total-trades">{stats.total.trades}</dd>
            </div>
            <div>
              <dt>{t('stats.volume')}</dt>
              <dd>{stats.total.volume?.formatted ?? t('stats.hidden')}</dd>
            </div>
            {stats.coopShare !== null && (
              <div>
                <dt>{t('stats.share')}</dt>
                <dd>{percent.format(stats.coopShare)}</dd>
              </div>
            )}
          </dl>
          <BarChart
            id="month"
            title={t('stats.byMonth')}
            bars={bars(stats.byMonth, (key) => monthName.format(new Date(`${key}-01T00:00:00Z`)))}
          />
          <BarChart
            id="category"
            title={t('stats.byCategory')}
            bars={bars(stats.byCategory, (key) => categories[key] ?? t('stats.uncategorised'))}
          />
          <BarChart
            id="pair"
            title={t('stats.byCountryPair')}
            bars={bars(stats.byCountryPair, (key) => t(`stats.pair.${key}`))}
          />
        </>
      )}
    </section>
  );
}
