import {
  discriminantOf,
  academicYearOf,
  agencies,
  broadAreaOf,
  broadAreas,
  caseEventLabels,
  CaseEvent,
  closureReasons,
  compareTerms,
  consentForms,
  consentGivers,
  describeTerm,
  ethnicities,
  ethnicityMajorGroups,
  actionOutcomes,
  isPastCompulsorySchoolAge,
  meetingEventLabels,
  nationalCurriculumYears,
  needTypes,
  nextTerm,
  phaseOf,
  phases,
  reviewConclusions,
  senProvisions,
  sexes,
  staffordshireConfiguration,
  staffordshireDistricts,
  type AcademicTerm,
  type NationalCurriculumYear,
  type NeedType,
} from '@send-hub/core';

describe('half terms', () => {
  it.each<[AcademicTerm, string]>([
    [{ academicYear: '2025/26', halfTerm: 1 }, 'Autumn 2 2025/26'],
    [{ academicYear: '2025/26', halfTerm: 2 }, 'Spring 1 2025/26'],
    [{ academicYear: '2025/26', halfTerm: 5 }, 'Summer 2 2025/26'],
    [{ academicYear: '2025/26', halfTerm: 6 }, 'Autumn 1 2026/27'],
    [{ academicYear: '1999/00', halfTerm: 6 }, 'Autumn 1 2000/01'],
  ])('the next meeting after %o is in %s', (term, expected) => {
    expect(describeTerm(nextTerm(term))).toBe(expected);
  });

  it('orders terms across academic years', () => {
    expect(compareTerms({ academicYear: '2025/26', halfTerm: 6 }, { academicYear: '2026/27', halfTerm: 1 })).toBeLessThan(0);
    expect(compareTerms({ academicYear: '2026/27', halfTerm: 1 }, { academicYear: '2025/26', halfTerm: 6 })).toBeGreaterThan(0);
    expect(compareTerms({ academicYear: '2025/26', halfTerm: 3 }, { academicYear: '2025/26', halfTerm: 3 })).toBe(0);
  });
});

describe('the academic year of a date', () => {
  it.each([
    ['2025-09-01', '2025/26'],
    ['2025-12-31', '2025/26'],
    ['2026-01-01', '2025/26'],
    ['2026-08-31', '2025/26'],
    ['2026-09-01', '2026/27'],
    ['2099-10-10', '2099/00'],
  ])('%s is in %s', (date, year) => {
    expect(academicYearOf(date)).toBe(year);
  });
});

describe('phases of education', () => {
  it.each<[NationalCurriculumYear, string]>([
    ['N1', 'early-years'],
    ['R', 'early-years'],
    ['Y1', 'primary'],
    ['Y6', 'primary'],
    ['Y7', 'secondary'],
    ['Y11', 'secondary'],
    ['Y12', 'post-16'],
    ['Y14', 'post-16'],
  ])('%s is %s', (year, phase) => {
    expect(phaseOf(year)).toBe(phase);
  });

  it('puts every year group in a phase, and only post-16 past compulsory school age', () => {
    for (const year of nationalCurriculumYears.codes) {
      expect(phases.codes).toContain(phaseOf(year));
      expect(isPastCompulsorySchoolAge(year)).toBe(phaseOf(year) === 'post-16');
    }
  });
});

describe('broad areas of need', () => {
  it.each<[NeedType, string]>([
    ['SLCN', 'communication-and-interaction'],
    ['ASD', 'communication-and-interaction'],
    ['SPLD', 'cognition-and-learning'],
    ['MLD', 'cognition-and-learning'],
    ['SLD', 'cognition-and-learning'],
    ['PMLD', 'cognition-and-learning'],
    ['SEMH', 'social-emotional-and-mental-health'],
    ['HI', 'sensory-and-physical'],
    ['VI', 'sensory-and-physical'],
    ['MSI', 'sensory-and-physical'],
    ['PD', 'sensory-and-physical'],
    ['OTH', 'unclassified'],
    ['NSA', 'unclassified'],
  ])('%s belongs to %s', (need, area) => {
    expect(broadAreaOf(need)).toBe(area);
  });

  it('covers every need type', () => {
    expect(needTypes.codes).toHaveLength(13);
    for (const need of needTypes.codes) expect(broadAreas.codes).toContain(broadAreaOf(need));
  });
});

describe('labels', () => {
  const lists = {
    nationalCurriculumYears, phases, senProvisions, needTypes, broadAreas, ethnicities, ethnicityMajorGroups, sexes, agencies,
    consentGivers, consentForms, actionOutcomes, reviewConclusions, closureReasons,
  };

  it.each(Object.entries(lists))('every code of %s has a plain-English label that is not the code itself', (_name, list) => {
    for (const code of list.codes) {
      const label = list.label(code as never);
      expect(label.trim()).not.toBe('');
      expect(label).not.toBe(code);
    }
  });

  it('every case and meeting event type has a label', () => {
    const caseTypes = CaseEvent.types.map((member) => discriminantOf(member));
    expect(Object.keys(caseEventLabels).sort()).toEqual([...caseTypes].sort());
    expect(Object.keys(meetingEventLabels).sort()).toEqual(['MeetingCancelled', 'MeetingHeld']);
  });

  it('every ethnicity has a major group in the default configuration, and refused or not obtained stays unclassified', () => {
    for (const code of ethnicities.codes) expect(ethnicityMajorGroups.codes).toContain(staffordshireConfiguration.ethnicityMajorGroups[code]);
    expect(staffordshireConfiguration.ethnicityMajorGroups.REFU).toBe('unclassified');
    expect(staffordshireConfiguration.ethnicityMajorGroups.NOBT).toBe('unclassified');
  });

  it('names the eight Staffordshire districts', () => {
    expect(staffordshireDistricts.map((district) => district.name)).toEqual([
      'Cannock Chase', 'East Staffordshire', 'Lichfield', 'Newcastle-under-Lyme', 'South Staffordshire', 'Stafford', 'Staffordshire Moorlands', 'Tamworth',
    ]);
  });
});
