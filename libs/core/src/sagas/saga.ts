import { DomainError } from '../errors/domain-error';

/**
 * One step of work that crosses the outside world. `action` must be idempotent (it runs again
 * after a crash or a retry: build the provider's idempotency key from a committed id);
 * `compensate` undoes what the step committed, when a later step is refused for good.
 */
export interface SagaStep<Context> {
  name: string;
  action(context: Context): Promise<void>;
  compensate?(context: Context): Promise<void>;
}

/** A saga stopped for good at one step, after the steps before were compensated. */
export class SagaRefusedError extends DomainError {
  constructor(
    readonly step: string,
    override readonly cause: DomainError,
  ) {
    super(cause.code, cause.message, { ...cause.details, step });
  }
}

/**
 * Runs the steps in order. A step refused for good (a DomainError: the provider said no, a rule
 * forbids it), or any failure when `lastAttempt`, compensates the completed steps in reverse
 * and throws SagaRefusedError; any other failure (network, timeout, a crash) is thrown as it is,
 * so the job that runs the saga retries it from the start, the completed steps doing nothing.
 */
export async function runSaga<Context>(
  steps: SagaStep<Context>[],
  context: Context,
  options: { lastAttempt?: boolean } = {},
): Promise<void> {
  const done: SagaStep<Context>[] = [];
  for (const step of steps) {
    try {
      await step.action(context);
      done.push(step);
    } catch (error) {
      const refused = error instanceof DomainError;
      if (!refused && !options.lastAttempt) throw error;
      for (const completed of done.reverse()) await completed.compensate?.(context);
      throw new SagaRefusedError(
        step.name,
        refused ? error : new DomainError('SAGA_GAVE_UP', `${step.name} kept failing: ${String(error)}`),
      );
    }
  }
}
