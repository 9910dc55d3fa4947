import * as t from 'io-ts';
import { personal } from '../personal-data/personal-field';
import { codedValues } from '../reference/coded-values';
import { CalendarDate } from '../values/calendar-date';
import { ShortText } from '../values/identifiers';
import { identityUnion } from '../values/identity-union';
import { exact, exactType } from '../validation/exact-object';
import { ConsentForm, ConsentGiver } from './case-vocabulary';

/** The consent a school obtained before it referred: who gave it, how, and on what day (no later than the referral). */
export const ReferralConsent = exact(
  t.intersection(
    [t.type({ givenBy: ConsentGiver, form: ConsentForm, givenOn: CalendarDate }), t.partial({ youngPersonLacksCapacity: t.boolean })],
    'the consent given for the referral (who gave it, written or verbal, and its date)',
  ),
);
export type ReferralConsent = t.TypeOf<typeof ReferralConsent>;

/** The consent as a `Referred` event records it: whether the young person lacks capacity is always said. */
export const ConsentAtReferral = exactType(
  { givenBy: ConsentGiver, form: ConsentForm, givenOn: CalendarDate, youngPersonLacksCapacity: t.boolean },
  'the consent given for the referral',
);
export type ConsentAtReferral = t.TypeOf<typeof ConsentAtReferral>;

/** What a referral recorded before consent came with it (schema version 1): its consent, if any, followed as `ConsentGiven`. */
export const consentNotRecordedAtReferral = 'not-recorded-at-referral' as const;

export const ReferredConsent = identityUnion(
  [ConsentAtReferral, t.literal(consentNotRecordedAtReferral)],
  'the consent given for the referral, or "not-recorded-at-referral" for a referral recorded before consent came with it',
);
export type ReferredConsent = t.TypeOf<typeof ReferredConsent>;

export const viewsHolders = codedValues('whose views (child-or-young-person or family)', {
  'child-or-young-person': 'The child or young person',
  family: 'The family',
});
export const ViewsHolder = viewsHolders.codec;
export type ViewsHolder = t.TypeOf<typeof ViewsHolder>;

export const waysViewsWereHeard = codedValues('how the views were heard (in-person, written, through-an-advocate, by-phone-or-video or drawing-or-recording)', {
  'in-person': 'In person',
  written: 'In writing',
  'through-an-advocate': 'Through an advocate',
  'by-phone-or-video': 'By phone or video call',
  'drawing-or-recording': 'Through a drawing or recording',
});
export const WayViewsWereHeard = waysViewsWereHeard.codec;
export type WayViewsWereHeard = t.TypeOf<typeof WayViewsWereHeard>;

/**
 * Views heard: whose, how, and what was said. The text is personal data: encrypted with
 * the child's key when stored, erased with it, and never given to a read model.
 */
export const HeardViews = exactType({ whose: ViewsHolder, how: WayViewsWereHeard, views: personal(ShortText) }, 'views heard');
export type HeardViews = t.TypeOf<typeof HeardViews>;
