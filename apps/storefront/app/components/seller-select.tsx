import { useT } from '../i18n';

/** The `?org=` value (and select option) for a producer's own listings, as a private person. */
export const PRIVATE = 'private';

interface SellerSelectProps {
  id: string;
  name: string;
  organisations: { id: string; name: string }[];
  selected: string | null;
}

/** Whom a producer acts for: one of their organisations, or themselves. */
export function SellerSelect({ id, name, organisations, selected }: SellerSelectProps) {
  const t = useT();
  return (
    <select id={id} name={name} defaultValue={selected ?? PRIVATE}>
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
      <option value={PRIVATE}>{t('dashboard.private')}</option>
    </select>
  );
}
