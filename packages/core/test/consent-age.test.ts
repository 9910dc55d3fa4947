import { isOfConsentAge, lastFridayOfJune, yearGroupOn } from '@send-hub/core';

describe('the last Friday of June', () => {
  it.each([
    ['2024/25', '2025-06-27'],
    ['2025/26', '2026-06-26'],
    ['2026/27', '2027-06-25'],
    // 30 June 2028 is itself a Friday.
    ['2027/28', '2028-06-30'],
  ])('of %s is %s', (academicYear, expected) => {
    expect(lastFridayOfJune(academicYear)).toBe(expected);
    expect(new Date(`${expected}T00:00:00Z`).getUTCDay()).toBe(5);
  });
});

describe('the year group on a date', () => {
  const referredInYear10 = { yearGroup: 'Y10' as const, referredOn: '2026-03-10' };

  it('stays the referral’s year group until 31 August', () => {
    expect(yearGroupOn(referredInYear10, '2026-03-10')).toBe('Y10');
    expect(yearGroupOn(referredInYear10, '2026-08-31')).toBe('Y10');
  });

  it('moves up on 1 September, a year group a year', () => {
    expect(yearGroupOn(referredInYear10, '2026-09-01')).toBe('Y11');
    expect(yearGroupOn(referredInYear10, '2027-03-10')).toBe('Y11');
    expect(yearGroupOn(referredInYear10, '2027-09-01')).toBe('Y12');
  });

  it('counts from Reception into Year 1, and stops at Year 14 and at Nursery 1', () => {
    expect(yearGroupOn({ yearGroup: 'R', referredOn: '2025-10-01' }, '2026-09-02')).toBe('Y1');
    expect(yearGroupOn({ yearGroup: 'Y13', referredOn: '2025-10-01' }, '2030-10-01')).toBe('Y14');
    expect(yearGroupOn({ yearGroup: 'N2', referredOn: '2025-10-01' }, '2020-10-01')).toBe('N1');
  });
});

describe('consent age', () => {
  it('starts for Year 11 on the last Friday of June, not before', () => {
    expect(isOfConsentAge('Y11', '2026-06-25')).toBe(false);
    expect(isOfConsentAge('Y11', '2026-06-26')).toBe(true);
    expect(isOfConsentAge('Y11', '2026-08-31')).toBe(true);
    expect(isOfConsentAge('Y11', '2025-09-01')).toBe(false);
  });

  it('holds in every year group after Year 11 and in none before it', () => {
    for (const year of ['Y12', 'Y13', 'Y14'] as const) expect(isOfConsentAge(year, '2025-09-01')).toBe(true);
    for (const year of ['N1', 'N2', 'R', 'Y1', 'Y6', 'Y9', 'Y10'] as const) expect(isOfConsentAge(year, '2026-07-10')).toBe(false);
  });
});
