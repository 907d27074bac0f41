import { IllegalTransitionError } from '../errors/domain-error';

/** One move of a machine: from one state to another. */
export interface Move<S extends string> {
  from: S;
  to: S;
}

/**
 * Checks a move the table allows against the subject itself. Returning a string refuses the
 * move with that reason (an IllegalTransitionError); a guard may also throw its own DomainError
 * for a business refusal with a code of its own.
 */
export type Guard<S extends string, Subject, Context> = (
  subject: Subject,
  move: Move<S>,
  context: Context,
) => string | void | Promise<string | void>;

/** Runs after the subject's state was set (in the caller's transaction, so it may write rows). */
export type AfterTransition<S extends string, Subject, Context> = (
  subject: Subject,
  move: Move<S>,
  context: Context,
) => void | Promise<void>;

/** The name of a property of `Subject` that holds the machine's state. */
export type StateKey<Subject, S extends string> = {
  [K in keyof Subject]-?: Subject[K] extends S ? (S extends Subject[K] ? K : never) : never;
}[keyof Subject];

export interface MachineDefinition<S extends string, Subject, Context> {
  /** Named in every refusal: "Order cannot go from SHIPPED to CANCELLED". */
  name: string;
  /** Every state, in the order a reader follows the life of the subject. */
  states: readonly S[];
  /** Every allowed move, and nothing else: a state with no entry is final. */
  transitions: { readonly [K in S]: readonly S[] };
  /** The property of the subject holding its state; `state` unless said otherwise. */
  key?: StateKey<Subject, S>;
  /** Guards by target state, run by `transition` after the table allowed the move. */
  guards?: { readonly [K in S]?: Guard<S, Subject, Context> };
  /** Hooks run by `transition` after every move, in order. */
  after?: readonly AfterTransition<S, Subject, Context>[];
}

/** The context argument of `transition`: left out when the machine needs none. */
type ContextArgument<Context> = [Context] extends [undefined] ? [context?: Context] : [context: Context];

/**
 * A finite state machine: a table of allowed moves, with optional guards and after-transition
 * hooks. The table is the single source of truth, also for bulk moves in SQL: take the allowed
 * source states from `sourcesOf`, never write them out by hand.
 */
export class StateMachine<S extends string, Subject = { state: S }, Context = undefined> {
  readonly name: string;
  readonly states: readonly S[];
  private readonly definition: MachineDefinition<S, Subject, Context>;

  constructor(definition: MachineDefinition<S, Subject, Context>) {
    for (const [from, targets] of Object.entries(definition.transitions) as [string, readonly string[]][]) {
      for (const to of [from, ...targets]) {
        if (!definition.states.includes(to as S)) throw new Error(`${definition.name}: ${to} is not one of its states`);
      }
    }
    this.name = definition.name;
    this.states = definition.states;
    this.definition = definition;
  }

  /** Whether the table allows moving from `from` to `to` (guards are not asked). */
  can(from: S, to: S): boolean {
    return this.targetsOf(from).includes(to);
  }

  /** Refuses a move the table does not allow with an IllegalTransitionError naming machine and move. */
  assert(from: S, to: S): void {
    if (!this.can(from, to)) throw new IllegalTransitionError(this.name, from, to);
  }

  /** Where a subject in `from` may go next. */
  targetsOf(from: S): readonly S[] {
    return this.definition.transitions[from] ?? [];
  }

  /**
   * The states that may move to `to`, for bulk moves (`WHERE state IN (...)`). With `among`,
   * only those of them, and every one of `among` must be allowed: a table change that breaks a
   * bulk move then fails where the move is defined, not silently in SQL.
   */
  sourcesOf(to: S, among?: readonly S[]): S[] {
    const sources = this.states.filter((from) => this.can(from, to));
    if (!among) return sources;
    for (const from of among) if (!sources.includes(from)) throw new IllegalTransitionError(this.name, from, to);
    return [...among];
  }

  /** A state no move leaves. */
  isFinal(state: S): boolean {
    return this.targetsOf(state).length === 0;
  }

  /** Every pair of states with whether the table allows it: what the machine's unit test walks. */
  everyPair(): { from: S; to: S; allowed: boolean }[] {
    return this.states.flatMap((from) => this.states.map((to) => ({ from, to, allowed: this.can(from, to) })));
  }

  /**
   * Moves the subject: checks the table, runs the guard of the target state, sets the state and
   * runs the after-transition hooks. Saving the subject is the caller's (it knows its
   * transaction); an illegal or guarded move changes nothing.
   */
  async transition(subject: Subject, to: S, ...[context]: ContextArgument<Context>): Promise<Move<S>> {
    const key = (this.definition.key ?? 'state') as keyof Subject;
    const from = subject[key] as unknown as S;
    const move = { from, to };
    this.assert(from, to);
    const refusal = await this.definition.guards?.[to]?.(subject, move, context as Context);
    if (typeof refusal === 'string') throw new IllegalTransitionError(this.name, from, to, refusal);
    subject[key] = to as unknown as Subject[keyof Subject];
    for (const hook of this.definition.after ?? []) await hook(subject, move, context as Context);
    return move;
  }
}

/** Defines a machine; `S` is taken from the states, the subject and context types may be given. */
export function defineMachine<S extends string, Subject = { state: S }, Context = undefined>(
  definition: MachineDefinition<S, Subject, Context>,
): StateMachine<S, Subject, Context> {
  return new StateMachine(definition);
}
