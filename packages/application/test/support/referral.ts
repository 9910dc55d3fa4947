import { isRight, type Either } from 'fp-ts/Either';

/** A referral's details as a school sends them, for the child and district given. */
export const referralOf = (childReference: string, district: string, childName: string) => ({
  childReference,
  district,
  school: '654321',
  yearGroup: 'Y8',
  senProvision: 'K',
  needs: [{ need: 'ASD', rank: 1 }],
  sex: 'F',
  ethnicity: 'MWBC',
  pupilPremium: false,
  assessPlanDoReviewCycles: 1,
  personal: { childName, dateOfBirth: '2012-12-01', narrative: 'Finds the canteen overwhelming.' },
});

/**
 * The consent a school obtained before referring the child (a Year 8 pupil, so from a
 * parent or carer): a referral must now come with it, dated no later than the referral.
 */
export const parentalConsentOn = (givenOn: string, form: 'written' | 'verbal' = 'verbal') => ({ givenBy: 'parent-or-carer' as const, form, givenOn });

/** A `Refer` of Sam Patel (the child given) to the Tamworth hub, with a parent's consent of the same day. */
export const tamworthReferral = (caseId: string, childReference: string, occurredOn: string) => ({
  type: 'Refer',
  caseId,
  occurredOn,
  referral: referralOf(childReference, 'tamworth', 'Sam Patel'),
  consent: parentalConsentOn(occurredOn),
});

/** 'recorded', or the code of the rejection (or failure) a command met. */
export const outcomeCode = (result: Either<{ readonly code: string; readonly rejection?: { readonly code: string } }, unknown>): string =>
  isRight(result) ? 'recorded' : (result.left.rejection?.code ?? result.left.code);
