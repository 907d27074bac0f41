import { graphql } from '../graphql';
import type { ProvenanceTimelineFragment } from '../graphql/graphql';
import { fill, useT } from '../i18n';

// Pages spread `...ProvenanceTimeline`; codegen appends this definition to their documents.
graphql(`
  fragment ProvenanceTimeline on ProvenanceSummary {
    traceable
    stepCount
    lotCount
    transportKm
    completeness
    attestedSteps
    certifiedSteps
    lot {
      code
      custodyModel
    }
    origin {
      occurredAt
      place {
        name
        country
      }
      actor {
        name
      }
    }
    certificates {
      recordId
      certifier
      standard
      certificateId
      validTo
      status
    }
    steps {
      id
      kind
      occurredAt
      description
      correctedByRecordId
      place {
        name
        country
        latitude
        longitude
      }
      actor {
        name
      }
      transport {
        mode
        distanceKm
        from {
          name
          latitude
          longitude
        }
      }
      certificates {
        recordId
        standard
        status
      }
      attestations {
        id
        valid
        statement
        organisation {
          name
        }
      }
    }
  }
`);

/** A place on the route map; without coordinates it is left out. */
export interface Stop {
  name: string;
  latitude: number | null;
  longitude: number | null;
}

/** The route drawn as SVG paths (see lib/route-map.server.ts). */
export interface RouteMap {
  width: number;
  height: number;
  land: string;
  route: string;
  stops: { x: number; y: number; name: string }[];
}

/** The places the goods passed through, in order: where each transport left from, then each step's place. */
export function routeStops(provenance: ProvenanceTimelineFragment): Stop[] {
  return provenance.steps.flatMap((step) => (step.transport ? [step.transport.from, step.place] : [step.place]));
}

function RouteMapSvg({ map, label }: { map: RouteMap; label: string }) {
  return (
    <svg className="route-map" viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={label} data-testid="route-map">
      <rect width={map.width} height={map.height} className="sea" />
      <path d={map.land} className="land" />
      <path d={map.route} className="route" />
      {map.stops.map((stop, index) => (
        <g key={`${stop.name}-${index}`} className="stop">
          <circle cx={stop.x} cy={stop.y} r={4} />
          <title>{stop.name}</title>
        </g>
      ))}
    </svg>
  );
}

/** A product's provenance for buyers: summary, map of the route and the timeline of steps. */
export function ProvenanceSection({
  provenance,
  map,
  locale,
}: {
  provenance: ProvenanceTimelineFragment;
  map: RouteMap | null;
  locale: string;
}) {
  const t = useT();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const country = new Intl.DisplayNames([locale], { type: 'region' });
  const where = (place: { name: string; country: string }) => `${place.name}, ${country.of(place.country) ?? place.country}`;
  return (
    <section aria-labelledby="provenance-title" className="provenance" data-testid="provenance">
      <h2 id="provenance-title">{t('provenance.title')}</h2>
      <dl className="details provenance-summary">
        {provenance.origin && (
          <div>
            <dt>{t('provenance.origin')}</dt>
            <dd data-testid="provenance-origin">
              {where(provenance.origin.place)} · {provenance.origin.actor.name}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('provenance.steps')}</dt>
          <dd>
            {provenance.stepCount}
            {provenance.lotCount > 1 && ` · ${provenance.lotCount} ${t('provenance.lots')}`}
          </dd>
        </div>
        <div>
          <dt>{t('provenance.distance')}</dt>
          <dd data-testid="provenance-distance">{number.format(provenance.transportKm)} km</dd>
        </div>
        <div>
          <dt>{t('provenance.completeness')}</dt>
          <dd>
            <meter min={0} max={100} value={provenance.completeness} aria-label={t('provenance.completeness')} />{' '}
            <span data-testid="provenance-completeness">{provenance.completeness} / 100</span>
          </dd>
        </div>
        <div>
          <dt>{t('provenance.traceability')}</dt>
          <dd data-testid="provenance-traceable">
            {provenance.traceable
              ? t('provenance.traceable')
              : t(`provenance.notTraceable.${provenance.lot.custodyModel === 'MASS_BALANCE' ? 'massBalance' : 'other'}`)}
          </dd>
        </div>
      </dl>
      {provenance.certificates.length > 0 && (
        <ul className="certificates" aria-label={t('provenance.certificates')}>
          {provenance.certificates.map((certificate) => (
            <li key={certificate.recordId} className={`badge certificate ${certificate.status.toLowerCase()}`}>
              {certificate.standard} · {certificate.certifier} {certificate.certificateId} ·{' '}
              {t(`certificate.${certificate.status}`)} ({t('provenance.until')} {certificate.validTo})
            </li>
          ))}
        </ul>
      )}
      {map && <RouteMapSvg map={map} label={t('provenance.map')} />}
      <ol className="timeline" data-testid="timeline">
        {provenance.steps.map((step) => (
          <li key={step.id} className={`step ${step.kind.toLowerCase()}`} data-kind={step.kind}>
            <p className="step-head">
              <strong>{t(`recordKind.${step.kind}`)}</strong> ·{' '}
              <time dateTime={step.occurredAt}>{date.format(new Date(step.occurredAt))}</time>
            </p>
            <p className="step-place">
              {step.transport && `${step.transport.from.name} → `}
              {where(step.place)}
              {step.transport?.distanceKm != null &&
                ` (${number.format(step.transport.distanceKm)} km, ${t(`transportMode.${step.transport.mode}`)})`}
            </p>
            <p className="step-actor">{step.actor.name}</p>
            {step.description && <p>{step.description}</p>}
            <ul className="step-proofs">
              {step.certificates.map((certificate) => (
                <li key={certificate.recordId} className={`certificate ${certificate.status.toLowerCase()}`}>
                  {certificate.standard}: {t(`certificate.${certificate.status}`)}
                </li>
              ))}
              {step.attestations.length === 0 ? (
                <li className="attestation none">{t('provenance.notAttested')}</li>
              ) : (
                step.attestations.map((attestation) => (
                  <li key={attestation.id} className={`attestation ${attestation.valid ? 'valid' : 'invalid'}`}>
                    {t(attestation.valid ? 'provenance.attestedBy' : 'provenance.attestationBroken')}{' '}
                    {attestation.organisation.name}
                    <AttestationStatement statement={attestation.statement} />
                  </li>
                ))
              )}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What an attesting organisation wrote, after its name: `: “Visited the farm”` (German quotes in German). */
export function AttestationStatement({ statement }: { statement: string }) {
  const t = useT();
  if (!statement) return null;
  return <span className="attestation-statement">{fill(t('provenance.statement'), { statement })}</span>;
}
