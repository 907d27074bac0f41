import { data } from 'react-router';
import type { Route } from './+types/legal.$page';
import { type MessageKey, pageTitle, useT } from '../i18n';

const PAGES = ['terms', 'privacy', 'imprint'] as const;
type LegalPage = (typeof PAGES)[number];

export function loader({ params }: Route.LoaderArgs) {
  if (!(PAGES as readonly string[]).includes(params.page)) throw data(null, { status: 404 });
  return { page: params.page as LegalPage };
}

export function meta(args: Route.MetaArgs) {
  return pageTitle(`legal.${args.data?.page ?? 'terms'}.title` as MessageKey)(args);
}

/** The co-operative's own terms of use, privacy policy and imprint, in the page's language. */
export default function LegalPageView({ loaderData: { page } }: Route.ComponentProps) {
  const t = useT();
  return (
    <article className="page narrow legal">
      <h1>{t(`legal.${page}.title`)}</h1>
      {t(`legal.${page}.body`)
        .split('\n\n')
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </article>
  );
}
