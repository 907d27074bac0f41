import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';

interface StripeElements {
  create(type: 'payment'): { mount(element: HTMLElement): void; destroy(): void };
}
interface StripeInstance {
  elements(options: { clientSecret: string }): StripeElements;
  confirmPayment(options: {
    elements: StripeElements;
    confirmParams: { return_url: string };
  }): Promise<{ error?: { message?: string } }>;
}
declare global {
  interface Window {
    Stripe?: (publishableKey: string) => StripeInstance;
  }
}

function loadStripeJs(): Promise<NonNullable<Window['Stripe']>> {
  if (window.Stripe) return Promise.resolve(window.Stripe);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'https://js.stripe.com/v3/';
    script.onload = () => (window.Stripe ? resolve(window.Stripe) : reject(new Error('Stripe.js did not load')));
    script.onerror = () => reject(new Error('Stripe.js did not load'));
    document.head.appendChild(script);
  });
}

/** Stripe's Payment Element for the checkout's PaymentIntent; Stripe sends the buyer back to this page when done. */
export function StripePayment({ publishableKey, clientSecret }: { publishableKey: string; clientSecret: string }) {
  const t = useT();
  const mountPoint = useRef<HTMLDivElement>(null);
  const [stripe, setStripe] = useState<{ instance: StripeInstance; elements: StripeElements } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let element: { destroy(): void } | null = null;
    loadStripeJs()
      .then((Stripe) => {
        const instance = Stripe(publishableKey);
        const elements = instance.elements({ clientSecret });
        const payment = elements.create('payment');
        if (mountPoint.current) payment.mount(mountPoint.current);
        element = payment;
        setStripe({ instance, elements });
      })
      .catch((failure: Error) => setError(failure.message));
    return () => element?.destroy();
  }, [publishableKey, clientSecret]);

  async function pay(event: React.FormEvent) {
    event.preventDefault();
    if (!stripe) return;
    const result = await stripe.instance.confirmPayment({
      elements: stripe.elements,
      confirmParams: { return_url: window.location.href },
    });
    if (result.error) setError(result.error.message ?? 'Payment failed');
  }

  return (
    <form onSubmit={pay} className="form" data-testid="stripe-payment">
      <div ref={mountPoint} />
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={!stripe}>
        {t('checkout.payStripe')}
      </button>
    </form>
  );
}
