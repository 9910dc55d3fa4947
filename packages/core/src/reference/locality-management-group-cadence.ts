import * as t from 'io-ts';
import { codedValues } from './coded-values';

/** How often each district's Locality Management Group meets: a council decides, so it is configuration. */
export const lmgCadences = codedValues('how often the Locality Management Group meets (every-half-term or monthly)', {
  'every-half-term': 'Every half term',
  monthly: 'Every month',
});
export const LMGCadence = lmgCadences.codec;
export type LMGCadence = t.TypeOf<typeof LMGCadence>;

export const LocalityManagementGroupSettings = t.type({ cadence: LMGCadence }, 'the Locality Management Group’s settings');
export type LocalityManagementGroupSettings = t.TypeOf<typeof LocalityManagementGroupSettings>;

/** The groups meet every half term, as the hubs do, unless a council says otherwise. */
export const defaultLocalityManagementGroupSettings: LocalityManagementGroupSettings = { cadence: 'every-half-term' };
