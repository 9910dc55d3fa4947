import { either as E } from 'fp-ts';
import { createUpcasterRegistry, type Upcaster, type UpcasterRegistry } from '../src';

const rename = (type: string, fromVersion: number, from: string, to: string): Upcaster => ({
  type,
  fromVersion,
  upcast: (data) => {
    const { [from]: value, ...rest } = data as Record<string, unknown>;
    return { ...rest, [to]: value };
  },
});

const registryOf = (registry: ReturnType<typeof createUpcasterRegistry>): UpcasterRegistry => {
  if (E.isLeft(registry)) throw new Error(registry.left.message);
  return registry.right;
};

describe('creating an upcaster registry', () => {
  it('accepts complete chains, in any order, and types that never changed', () => {
    const registry = createUpcasterRegistry({
      currentVersions: { Referred: 3, Closed: 1 },
      upcasters: [rename('Referred', 2, 'school', 'schoolNumber'), rename('Referred', 1, 'pupil', 'child')],
    });
    expect(E.isRight(registry)).toBe(true);
  });

  it('names every missing step, and every upcaster that does not belong', () => {
    const registry = createUpcasterRegistry({
      currentVersions: { Referred: 4, Closed: 1, Moved: 0 },
      upcasters: [
        rename('Referred', 2, 'a', 'b'),
        rename('Referred', 2, 'a', 'c'),
        rename('Closed', 1, 'a', 'b'),
        rename('Escalated', 1, 'a', 'b'),
        rename('Referred', 4, 'a', 'b'),
      ],
    });
    if (E.isRight(registry)) throw new Error('Expected the registry to be refused.');
    expect(registry.left._tag).toBe('UpcasterRegistryInvalid');
    expect(registry.left.problems.map((problem) => [problem.code, problem.type, problem.version])).toEqual([
      ['upcaster-repeated', 'Referred', 2],
      ['upcaster-beyond-current', 'Closed', 1],
      ['upcaster-for-unknown-type', 'Escalated', 1],
      ['upcaster-beyond-current', 'Referred', 4],
      ['upcaster-missing', 'Referred', 1],
      ['upcaster-missing', 'Referred', 3],
      ['current-version-invalid', 'Moved', 0],
    ]);
    expect(registry.left.message).toContain('Referred has no upcaster from version 1 to 2');
    expect(registry.left.message).toContain('Referred has no upcaster from version 3 to 4');
    expect(registry.left.message).toContain('Closed has an upcaster from version 1, but version 1 is its current and only version');
  });
});

describe('upcasting stored data', () => {
  const registry = registryOf(
    createUpcasterRegistry({
      currentVersions: { Referred: 3, Closed: 1 },
      upcasters: [rename('Referred', 1, 'pupil', 'child'), rename('Referred', 2, 'school', 'schoolNumber')],
    }),
  );

  it('applies each step from the stored version to the current one, in order', () => {
    expect(registry.upcast('Referred', 1, { pupil: 'P1', school: '123456' })).toEqual(E.right({ child: 'P1', schoolNumber: '123456' }));
    expect(registry.upcast('Referred', 2, { child: 'P1', school: '123456' })).toEqual(E.right({ child: 'P1', schoolNumber: '123456' }));
  });

  it('leaves current data as it is', () => {
    const data = { child: 'P1', schoolNumber: '123456' };
    expect(registry.upcast('Referred', 3, data)).toEqual(E.right(data));
    expect(registry.upcast('Closed', 1, { reason: 'moved' })).toEqual(E.right({ reason: 'moved' }));
  });

  it('knows the version to write each type with', () => {
    expect([registry.currentVersion('Referred'), registry.currentVersion('Closed'), registry.currentVersion('Unknown')]).toEqual([3, 1, undefined]);
  });

  it.each([
    ['a version newer than the current one', 'Referred', 4, 'schema-version-newer', 'Referred has schema version 4, newer than version 3 that this program reads'],
    ['an unknown type', 'Exploded', 1, 'event-type-unknown', '"Exploded" is not an event type with a registered schema version'],
    ['a version below 1', 'Referred', 0, 'schema-version-invalid', 'Referred has schema version 0, but versions are whole numbers from 1'],
    ['a fractional version', 'Referred', 1.5, 'schema-version-invalid', 'Referred has schema version 1.5'],
  ])('refuses %s', (_, type, version, code, message) => {
    const result = registry.upcast(type, version, {});
    if (E.isRight(result)) throw new Error('Expected the upcast to be refused.');
    expect(result.left).toMatchObject({ _tag: 'UpcastFailure', code, type, version });
    expect(result.left.message).toContain(message);
  });
});
