import { NavLink } from 'react-router';
import { useT } from '../i18n';

/** The console's own sections, above each of its pages. */
export function StaffNav() {
  const t = useT();
  return (
    <nav aria-label={t('staff.nav.label')} className="sub-nav">
      <ul>
        <li>
          <NavLink to="/staff/verification">{t('staff.nav.verification')}</NavLink>
        </li>
        <li>
          <NavLink to="/staff/accounts">{t('staff.nav.accounts')}</NavLink>
        </li>
        <li>
          <NavLink to="/staff/categories">{t('staff.nav.categories')}</NavLink>
        </li>
        <li>
          <NavLink to="/staff/audit">{t('staff.nav.audit')}</NavLink>
        </li>
        <li>
          <NavLink to="/staff/members">{t('staff.nav.members')}</NavLink>
        </li>
        <li>
          <NavLink to="/staff/dividends">{t('staff.nav.dividends')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
