import { followLive } from '../../projections/test/support/follow-live';
import { scenarioSteps } from '../../projections/test/support/seed-scenario';
import { boardFigures, boardProjection, equityBreakdown, halfTermTable, publishEquity, type BoardSelection } from '../src';

const year = '2025/26';
const tamworth = (halfTerm?: 1 | 2 | 3 | 4 | 5 | 6): BoardSelection => ({ district: 'tamworth', academicYear: year, ...(halfTerm === undefined ? {} : { halfTerm }) });

describe('the Partnership Board read model through the seed journey', () => {
  const { start: begin, stop, step, read } = followLive(boardProjection);

  beforeAll(begin);
  afterAll(stop);

  it('counts the referral in Autumn 1, for the district and the county', async () => {
    await step(scenarioSteps.referred);
    expect(read((model) => boardFigures(model, tamworth(1))).volumes).toMatchObject({ referrals: 1, consents: 0, openCases: 1 });
    expect(read((model) => boardFigures(model, { academicYear: year, halfTerm: 1 })).volumes.referrals).toBe(1);
    expect(read((model) => boardFigures(model, { district: 'lichfield', academicYear: year })).volumes.referrals).toBe(0);
    expect(read((model) => halfTermTable(model, { measure: 'referrals', rows: 'district', academicYear: year })).counts[7]).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('counts the consent and the days it took, and the cancelled meeting', async () => {
    await step(scenarioSteps.consented);
    await step(scenarioSteps.autumnOneCancelled);
    const autumn1 = read((model) => boardFigures(model, tamworth(1)));
    expect(autumn1.volumes.consents).toBe(1);
    expect(autumn1.timeliness.referralToConsent).toEqual({ count: 1, medianDays: 7, percentile90Days: 7 });
    expect(autumn1.multiAgency).toMatchObject({ meetingsHeld: 0, meetingsCancelled: 1 });
  });

  it('counts the first discussion in Autumn 2, with the wait since consent and who attended', async () => {
    await step(scenarioSteps.discussedWithActions);
    const autumn2 = read((model) => boardFigures(model, tamworth(2)));
    expect(autumn2.volumes).toMatchObject({ referrals: 0, discussions: 1, openCases: 1 });
    expect(autumn2.timeliness.consentToFirstDiscussion).toEqual({ count: 1, medianDays: 59, percentile90Days: 59 });
    expect(autumn2.multiAgency.attendedBy.education.percentage).toBe(100);
    expect(autumn2.multiAgency.attendedBy['social-care'].percentage).toBe(0);
    expect(autumn2.multiAgency.attendedByAllThree).toEqual({ numerator: 0, denominator: 1, percentage: 0 });
  });

  it('counts the review that did not work and the escalation in Spring 1', async () => {
    await step(scenarioSteps.reviewedNotWorkingAndEscalated);
    const spring1 = read((model) => boardFigures(model, tamworth(3)));
    expect(spring1.volumes).toMatchObject({ reviews: 1, escalations: 1, closures: 0, openCases: 1 });
    expect(spring1.effectiveness.reviewConclusions['not-working']).toBe(1);
    expect(spring1.effectiveness.actionOutcomes).toEqual({ worked: 0, 'partly-worked': 1, 'did-not-work': 1, 'not-done': 0 });
    expect(spring1.effectiveness.escalationRate.percentage).toBe(100);
    expect(spring1.multiAgency.attendedByAllThree.percentage).toBe(100);
    const wholeYear = read((model) => boardFigures(model, tamworth()));
    expect(wholeYear.volumes).toMatchObject({ referrals: 1, consents: 1, discussions: 1, reviews: 1, escalations: 1 });
    const bySex = read((model) => equityBreakdown(model, tamworth(), 'sex'));
    expect(bySex.map((row) => [row.label, row.shareOfReferrals.percentage, row.shareOfEscalations.percentage])).toEqual([
      ['Male', 0, 0],
      ['Female', 100, 100],
      ['Unknown', 0, 0],
    ]);
    const ethnicity = read((model) => equityBreakdown(model, tamworth(), 'ethnicity-group'));
    expect(ethnicity.find((row) => row.key === 'white')?.figures.volumes.referrals).toBe(1);
    const published = read((model) => publishEquity(model, { academicYear: year, dimension: 'pupil-premium', district: 'tamworth' }));
    expect(published._tag === 'Right' && published.right.rows[0]).toEqual({
      key: 'eligible',
      label: 'Eligible for pupil premium',
      referrals: '[c]',
      shareOfReferrals: '[c]',
      escalations: '[c]',
      shareOfEscalations: '[c]',
      needsMet: '0',
      shareOfNeedsMet: '[z]',
    });
  });

  it('is unchanged by the erasure of the child’s personal data', async () => {
    const before = read(boardProjection.serialise);
    await step(scenarioSteps.erased);
    expect(read(boardProjection.serialise)).toBe(before);
    expect(before).not.toContain('Ava');
  });
});
