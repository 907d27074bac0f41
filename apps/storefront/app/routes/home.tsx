import { Link } from 'react-router';
import { pageTitle, useT } from '../i18n';

export const meta = pageTitle('home.title');

export default function Home() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <p>{t('home.catalog')}</p>
      <p>
        <Link to="/register">{t('nav.register')}</Link> · <Link to="/organisations/new">{t('nav.newOrganisation')}</Link>
      </p>
      <p>{t('home.join')}</p>
    </section>
  );
}
