import type { TxHost } from './transactions';

/** Thrown when a port to the outside world is called while a database transaction is open. */
export class CallInsideTransactionError extends Error {
  constructor(port: string, method: string) {
    super(`${port}.${method} was called inside a database transaction; call the outside world after commit`);
    this.name = 'CallInsideTransactionError';
  }
}

/**
 * The port, with every method refusing to run while a transaction is open in the request
 * context. A provider's answer can then never be lost to a rollback, and no connection waits on
 * the network (on the embedded database the only one). The app turns it on under test, so the
 * whole suite proves the rule.
 */
export function refusingCallsInTransactions<T extends object>(port: T, portName: string, txHost: TxHost): T {
  return new Proxy(port, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (txHost.isTransactionActive()) throw new CallInsideTransactionError(portName, String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
