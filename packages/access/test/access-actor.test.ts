import { AccessActor, decodeAccessActor } from '@send-hub/access';
import { either as E } from 'fp-ts';
import * as fc from 'fast-check';

/** Actors near the codec's edges: valid ones, ones with a field wrong, missing or extra, and odd containers. */
const actorLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 8 }), fc.constant(' '), fc.constant('x'.repeat(201)), fc.integer()),
      role: fc.oneof(fc.constantFrom('hub-coordinator', 'board-member', 'auditor', 'Hub', 'a--b', ''), fc.string({ maxLength: 6 })),
      agency: fc.oneof(fc.constantFrom('education', 'social-care', 'health', 'other', 'police'), fc.constant(undefined)),
      districts: fc.oneof(
        fc.array(fc.constantFrom('tamworth', 'lichfield', 'cannock-chase', 'Tamworth', '', 'a b'), { maxLength: 4 }),
        fc.constant('tamworth'),
        fc.constant(null),
        fc.constant(Object.assign([], { extra: 1 })),
      ),
      extra: fc.anything({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  ),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true }),
);

describe('decoding the actor a request carries', () => {
  it('accepts and refuses exactly what the codec does, giving the same actor without extra fields', () => {
    fc.assert(
      fc.property(actorLike, (input) => {
        const quick = decodeAccessActor(input);
        const slow = AccessActor.decode(input);
        expect(E.isRight(quick)).toBe(E.isRight(slow));
        if (E.isRight(quick) && E.isRight(slow)) {
          // The long way keeps the request's own list of districts (with anything else set on it); the quick one copies its items.
          expect({ ...quick.right, districts: [...quick.right.districts] }).toEqual({ ...slow.right, districts: [...slow.right.districts] });
          expect(Object.keys(quick.right)).toEqual(['id', 'role', 'agency', 'districts']);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps its own copy: changing the request afterwards changes nothing already decoded', () => {
    const districts = ['tamworth'];
    const input = { id: 'officer-7', role: 'hub-coordinator', agency: 'education', districts };
    const decoded = decodeAccessActor(input);
    districts.push('lichfield');
    input.role = 'auditor';
    expect(decoded).toEqual(E.right({ id: 'officer-7', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] }));
  });

  it('reads each field of the request once', () => {
    let reads = 0;
    const input = {
      get id() {
        reads += 1;
        return reads === 1 ? 'officer-7' : '';
      },
      role: 'hub-coordinator',
      agency: 'education',
      districts: ['tamworth'],
    };
    expect(decodeAccessActor(input)).toEqual(E.right({ id: 'officer-7', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] }));
    expect(reads).toBe(1);
  });
});
