import { DomainError, IllegalTransitionError } from '../errors/domain-error';
import { defineMachine } from './state-machine';

type Light = 'RED' | 'GREEN' | 'AMBER' | 'OFF';
const LIGHTS = ['RED', 'GREEN', 'AMBER', 'OFF'] as const;

interface Lamp {
  colour: Light;
  bulbs: number;
}

function lampMachine(log: string[] = []) {
  return defineMachine<Light, Lamp, { who: string }>({
    name: 'Lamp',
    states: LIGHTS,
    key: 'colour',
    transitions: { RED: ['GREEN', 'OFF'], GREEN: ['AMBER', 'OFF'], AMBER: ['RED', 'OFF'], OFF: [] },
    guards: {
      GREEN: (lamp) => (lamp.bulbs === 0 ? 'no bulb left' : undefined),
      OFF: (_lamp, _move, context) => {
        if (context.who !== 'staff') throw new DomainError('FORBIDDEN', 'Only staff switch a lamp off');
      },
    },
    after: [
      (lamp, move, context) => void log.push(`${context.who}: ${move.from}->${move.to} (${lamp.colour})`),
      async () => void log.push('second hook'),
    ],
  });
}

describe('state machine helper', () => {
  it('answers from the table alone: can, targets, sources, final states', () => {
    const lamp = lampMachine();
    expect(lamp.can('RED', 'GREEN')).toBe(true);
    expect(lamp.can('RED', 'AMBER')).toBe(false);
    expect(lamp.can('RED', 'RED')).toBe(false);
    expect(lamp.targetsOf('GREEN')).toEqual(['AMBER', 'OFF']);
    expect(lamp.sourcesOf('OFF')).toEqual(['RED', 'GREEN', 'AMBER']);
    expect(lamp.sourcesOf('RED')).toEqual(['AMBER']);
    expect(lamp.isFinal('OFF')).toBe(true);
    expect(lamp.isFinal('AMBER')).toBe(false);
    expect(lamp.everyPair()).toHaveLength(16);
    expect(lamp.everyPair().filter((pair) => pair.allowed)).toHaveLength(6);
  });

  it('names machine, state and move in the typed error of an illegal move', () => {
    const error = (() => {
      try {
        lampMachine().assert('OFF', 'RED');
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      machine: 'Lamp',
      from: 'OFF',
      to: 'RED',
      message: 'Lamp cannot go from OFF to RED',
      details: { machine: 'Lamp', from: 'OFF', to: 'RED' },
    });
  });

  it('moves a subject through guard and hooks, on the property it was told', async () => {
    const log: string[] = [];
    const lamp: Lamp = { colour: 'RED', bulbs: 1 };
    await expect(lampMachine(log).transition(lamp, 'GREEN', { who: 'ana' })).resolves.toEqual({ from: 'RED', to: 'GREEN' });
    expect(lamp.colour).toBe('GREEN');
    expect(log).toEqual(['ana: RED->GREEN (GREEN)', 'second hook']);
  });

  it('changes nothing when the table, a guard saying why, or a guard throwing its own error refuses', async () => {
    const log: string[] = [];
    const machine = lampMachine(log);
    const lamp: Lamp = { colour: 'RED', bulbs: 0 };
    await expect(machine.transition(lamp, 'AMBER', { who: 'ana' })).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    await expect(machine.transition(lamp, 'GREEN', { who: 'ana' })).rejects.toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: 'Lamp cannot go from RED to GREEN: no bulb left',
      details: { machine: 'Lamp', from: 'RED', to: 'GREEN', reason: 'no bulb left' },
    });
    await expect(machine.transition(lamp, 'OFF', { who: 'ana' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(lamp.colour).toBe('RED');
    expect(log).toEqual([]);
  });

  it('checks the sources a bulk move names against the table', () => {
    const lamp = lampMachine();
    expect(lamp.sourcesOf('OFF', ['GREEN', 'AMBER'])).toEqual(['GREEN', 'AMBER']);
    expect(() => lamp.sourcesOf('GREEN', ['RED', 'AMBER'])).toThrow('Lamp cannot go from AMBER to GREEN');
  });

  it('refuses a table that names a state the machine does not have', () => {
    expect(() => defineMachine<'A' | 'B'>({ name: 'Broken', states: ['A'] as never, transitions: { A: ['B'], B: [] } })).toThrow(
      'Broken: B is not one of its states',
    );
  });

  it('needs no context for a machine without guards, and keeps the state under `state` by default', async () => {
    const door = defineMachine({
      name: 'Door',
      states: ['OPEN', 'SHUT'] as const,
      transitions: { OPEN: ['SHUT'], SHUT: ['OPEN'] },
    });
    const subject: { state: 'OPEN' | 'SHUT' } = { state: 'OPEN' };
    await door.transition(subject, 'SHUT');
    expect(subject.state).toBe('SHUT');
  });
});
