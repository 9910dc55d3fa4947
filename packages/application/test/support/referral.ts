/** A valid referral of a Year 8 child in Lichfield, as a `Refer` command carries it. */
export const referralOf = (childReference: string, childName: string) => ({
  childReference,
  district: 'lichfield',
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
