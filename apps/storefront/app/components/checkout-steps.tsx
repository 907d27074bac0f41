import { Link } from 'react-router';
import { useT } from '../i18n';

const STEPS = [
  ['cart', '/cart'],
  ['address', '/checkout/address'],
  ['shipping', '/checkout/shipping'],
  ['review', '/checkout/review'],
  ['pay', null],
] as const;

export type CheckoutStep = (typeof STEPS)[number][0];

/** Where the buyer is in cart -> address -> shipping -> review -> pay; earlier steps link back. */
export function CheckoutSteps({ current }: { current: CheckoutStep }) {
  const t = useT();
  const at = STEPS.findIndex(([step]) => step === current);
  return (
    <nav aria-label={t('steps.label')} className="checkout-steps">
      <ol>
        {STEPS.map(([step, href], i) => (
          <li key={step} aria-current={i === at ? 'step' : undefined} className={i < at ? 'done' : undefined}>
            {i < at && href ? <Link to={href}>{t(`steps.${step}`)}</Link> : <span>{t(`steps.${step}`)}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A cart that cannot be paid for as it stands: a line problem, or a seller that can neither deliver nor hand over. */
export function cartBlocked(cart: { groups: { shippingMethod: string | null; lines: { problem: string | null }[] }[] }) {
  return cart.groups.some((group) => !group.shippingMethod || group.lines.some((line) => line.problem));
}
