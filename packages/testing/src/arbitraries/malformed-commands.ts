import * as fc from 'fast-check';

/** The ways `malformedCommand` spoils a valid command; each alone makes it invalid. */
export const malformations = [
  'unknown-field',
  'forbidden-field',
  'huge-text',
  'deep-nesting',
  'not-a-finite-number',
  'impossible-date',
  'odd-value',
  'wrong-kind',
] as const;
export type Malformation = (typeof malformations)[number];

export interface MalformedCommand {
  readonly malformation: Malformation;
  /** Every object in it has no prototype (as `querystring.parse` returns), on top of the malformation. */
  readonly nullPrototype: boolean;
  /** The command before it was spoilt, to check a refusal repeats none of its personal values. */
  readonly valid: unknown;
  readonly input: unknown;
}

type Container = Record<string, unknown> | unknown[];

interface Place {
  readonly container: Container;
  readonly key: string;
}

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** Every object and list in `value` (itself included), and every field and item, outermost first. */
const placesIn = (value: Container): { containers: Container[]; objects: Array<Record<string, unknown>>; places: Place[] } => {
  const containers: Container[] = [];
  const places: Place[] = [];
  const pending: Container[] = [value];
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    containers.push(next);
    for (const key of Object.keys(next)) {
      places.push({ container: next, key });
      const inner: unknown = (next as Record<string, unknown>)[key];
      if (isContainer(inner)) pending.push(inner);
    }
  }
  return { containers, objects: containers.filter((container): container is Record<string, unknown> => !Array.isArray(container)), places };
};

const withoutPrototypes = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  if (!isContainer(value)) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, inner] of Object.entries(value)) copy[key] = withoutPrototypes(inner);
  return copy;
};

const setOwn = (container: Container, key: string, value: unknown): void => {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
};

const nested = (depth: number, asObjects: boolean): unknown => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = asObjects ? { level: value } : [value];
  return value;
};

class Instance {
  readonly value = 1;
}

const revokedProxy = (): unknown => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** Values no command field accepts, and that JSON cannot hold or a careless reader would stumble on. */
const oddValues: ReadonlyArray<(place: Place) => unknown> = [
  () => 10n,
  () => () => 'a function',
  () => Symbol('odd'),
  () => new Date('2025-09-01'),
  () => new Map([['a', 1]]),
  () => new Instance(),
  () => revokedProxy(),
  (place) => place.container, // a cycle
  () => new Array<number>(3).fill(1, 0, 1), // a list with gaps
  () => [undefined],
];

const dateFields = new Set(['occurredOn', 'heldOn', 'cancelledOn', 'dateOfBirth']);
const impossibleDates = ['2025-02-30', '2025-13-01', '2025-00-10', '2025-9-1', '2026-02-29', '20250901', '2025-04-31'];
const unknownNames = ['parentMobile', 'garbage', 'notes', 'Type', 'caseID', 'extra field', '', '0'];
const forbiddenNames = ['__proto__', 'constructor', 'prototype'];

interface Choices {
  readonly malformation: Malformation;
  readonly nullPrototype: boolean;
  readonly at: number;
  readonly pick: number;
  readonly size: number;
}

const spoil = (valid: unknown, { malformation, nullPrototype, at, pick, size }: Choices): MalformedCommand => {
  const command = (nullPrototype ? withoutPrototypes(JSON.parse(JSON.stringify(valid))) : JSON.parse(JSON.stringify(valid))) as Record<string, unknown>;
  const { objects, places } = placesIn(command);
  const place = places[at % places.length] ?? { container: command, key: 'type' };
  const object = objects[at % objects.length] ?? command;
  const choose = <Item>(items: ReadonlyArray<Item>, fallback: Item): Item => items[pick % items.length] ?? fallback;
  switch (malformation) {
    case 'unknown-field':
      setOwn(object, choose(unknownNames, 'garbage'), choose(['07700 900123', 1, null, { nested: true }, []], 'x'));
      break;
    case 'forbidden-field':
      setOwn(object, choose(forbiddenNames, '__proto__'), choose([{ polluted: true }, 'x', null], null));
      break;
    case 'huge-text':
      // Past 64 KiB, up to 1 MB: over every bound, however it is counted.
      setOwn(place.container, place.key, 'x'.repeat(65_537 + size * 10_000));
      break;
    case 'deep-nesting':
      setOwn(place.container, place.key, nested(5_000 + size * 150, pick % 2 === 0));
      break;
    case 'not-a-finite-number':
      setOwn(place.container, place.key, choose([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY], Number.NaN));
      break;
    case 'impossible-date': {
      const dates = places.filter((candidate) => dateFields.has(candidate.key));
      const target = dates[at % Math.max(1, dates.length)] ?? { container: command, key: 'occurredOn' };
      setOwn(target.container, target.key, choose(impossibleDates, '2025-02-30'));
      break;
    }
    case 'odd-value':
      setOwn(place.container, place.key, choose(oddValues, () => 10n)(place));
      break;
    case 'wrong-kind':
      setOwn(place.container, place.key, [[]]);
      break;
  }
  return { malformation, nullPrototype, valid, input: command };
};

/**
 * Valid commands from `valid`, each spoilt in one way at one place, at any depth: a
 * field no codec defines, a field named `__proto__`, text past 64 KiB, nesting 5,000 to
 * 20,000 deep, NaN or Infinity, an impossible date, a value JSON cannot hold (a bigint,
 * a function, a date, a map, a revoked proxy, a cycle, a list with a gap), or a value of
 * the wrong kind; half of them with no prototype on any object. A handler must refuse
 * every one as a value, write nothing, and never throw.
 */
export const malformedCommand = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<MalformedCommand> =>
  fc
    .record({
      valid,
      malformation: fc.constantFrom(...malformations),
      nullPrototype: fc.boolean(),
      at: fc.nat(),
      pick: fc.nat(),
      size: fc.nat({ max: 100 }),
    })
    .map(({ valid: command, ...choices }) => spoil(command, choices));
