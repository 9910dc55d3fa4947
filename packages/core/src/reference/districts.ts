import * as t from 'io-ts';
import { patternedString } from '../values/patterned-string';

/**
 * A district id: a lower-case slug such as "cannock-chase". Which districts exist is
 * configuration (see HubConfiguration), not code: other councils run the same model.
 */
export const DistrictId = patternedString('a district id (lower-case words joined by hyphens)', /^[a-z]+(?:-[a-z]+)*$/);
export type DistrictId = t.TypeOf<typeof DistrictId>;

export const District = t.type({ id: DistrictId, name: t.string }, 'a district');
export type District = t.TypeOf<typeof District>;

/** The eight Staffordshire districts, each with its own hub: the default reference data. */
export const staffordshireDistricts: ReadonlyArray<District> = [
  { id: 'cannock-chase', name: 'Cannock Chase' },
  { id: 'east-staffordshire', name: 'East Staffordshire' },
  { id: 'lichfield', name: 'Lichfield' },
  { id: 'newcastle-under-lyme', name: 'Newcastle-under-Lyme' },
  { id: 'south-staffordshire', name: 'South Staffordshire' },
  { id: 'stafford', name: 'Stafford' },
  { id: 'staffordshire-moorlands', name: 'Staffordshire Moorlands' },
  { id: 'tamworth', name: 'Tamworth' },
];
