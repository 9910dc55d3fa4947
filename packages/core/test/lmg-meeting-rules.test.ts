import {
  createLMGMeetingDecider,
  describeLMGMeetingEvent,
  lmgMeetingDecider,
  lmgMeetingRules,
  lmgMeetingStreamId,
  staffordshireConfiguration,
  type LMGMeetingCommand,
  type LMGMeetingEvent,
  type LMGMeetingRejectionCode,
} from '@send-hub/core';
import { deciderSpecification, lmgMeetingEventOf } from '@send-hub/testing';
import { staffordGroup } from './support/staffordshire-case';

const attendance = [
  { agency: 'education' as const, role: 'head of inclusion' },
  { agency: 'health' as const, role: 'designated clinical officer' },
  { agency: 'social-care' as const, role: 'early help manager' },
];
const recordSpring1: LMGMeetingCommand = { type: 'RecordLMGMeeting', meeting: staffordGroup(3), heldOn: '2026-01-21', attendance };
const heldSpring1: LMGMeetingEvent = { ...recordSpring1, type: 'LMGMeetingHeld' };
const cancelSpring1: LMGMeetingCommand = { type: 'CancelLMGMeeting', meeting: staffordGroup(3), cancelledOn: '2026-01-19', reason: 'Too few members could attend.' };
const themes: LMGMeetingCommand = { type: 'RecordLMGThemes', meeting: staffordGroup(3), themes: ['Rising anxiety-based school avoidance in Year 8.', 'Long waits for speech and language therapy.'] };
const monthly = { ...staffordshireConfiguration, localityManagementGroup: { cadence: 'monthly' as const } };
const october = { district: 'stafford', academicYear: '2025/26', month: 10 };

const recordedAs = lmgMeetingEventOf;

interface Example {
  readonly given: ReadonlyArray<LMGMeetingEvent>;
  readonly when: LMGMeetingCommand;
  readonly monthly?: boolean;
}

/** For every group meeting rule, an example it lets through and one it refuses (the type makes the list complete). */
const examples: Record<LMGMeetingRejectionCode, { readonly accepted: Example; readonly refused: Example }> = {
  'lmg-meeting-already-recorded': { accepted: { given: [], when: cancelSpring1 }, refused: { given: [heldSpring1], when: cancelSpring1 } },
  'district-unknown': {
    accepted: { given: [], when: { ...recordSpring1, meeting: { ...staffordGroup(3), district: 'lichfield' } } },
    refused: { given: [], when: { ...recordSpring1, meeting: { ...staffordGroup(3), district: 'stoke-on-trent' } } },
  },
  'lmg-meeting-off-cadence': {
    accepted: { given: [], when: { ...recordSpring1, meeting: october, heldOn: '2025-10-15' }, monthly: true },
    refused: { given: [], when: { ...recordSpring1, meeting: october, heldOn: '2025-10-15' } },
  },
  'lmg-meeting-date-outside-period': {
    accepted: { given: [], when: { ...recordSpring1, heldOn: '2026-02-13' } },
    refused: { given: [], when: { ...recordSpring1, heldOn: '2026-02-16' } },
  },
  'no-attendance': { accepted: { given: [], when: { ...recordSpring1, attendance: attendance.slice(0, 1) } }, refused: { given: [], when: { ...recordSpring1, attendance: [] } } },
  'themes-at-meeting-not-held': { accepted: { given: [heldSpring1], when: themes }, refused: { given: [recordedAs(cancelSpring1)], when: themes } },
  'themes-invalid': { accepted: { given: [heldSpring1], when: themes }, refused: { given: [heldSpring1, recordedAs(themes)], when: { ...themes, themes: ['long waits for speech and language therapy. '] } } },
};

const specificationFor = (example: Example) => deciderSpecification(example.monthly === true ? createLMGMeetingDecider(monthly) : lmgMeetingDecider);

describe.each(Object.entries(examples) as Array<[LMGMeetingRejectionCode, (typeof examples)[LMGMeetingRejectionCode]]>)('the group meeting rule "%s"', (code, { accepted, refused }) => {
  it(`lets through: ${lmgMeetingRules[code]}`, () => {
    specificationFor(accepted).given(accepted.given).when(accepted.when).then([recordedAs(accepted.when)]);
  });

  it('refuses what breaks it, saying why in plain English', () => {
    specificationFor(refused).given(refused.given).when(refused.when).thenRejects(code);
    specificationFor(refused).given(refused.given).when(refused.when).thenRejectsWith((rejection) => rejection.message.endsWith(lmgMeetingRules[code]), 'a message ending with the rule');
  });
});

describe('Locality Management Group meetings', () => {
  it('keep to their month when the council’s groups meet monthly', () => {
    const specification = deciderSpecification(createLMGMeetingDecider(monthly));
    specification
      .given([])
      .when({ ...recordSpring1, meeting: october, heldOn: '2025-11-03' })
      .thenRejectsWith((rejection) => rejection.code === 'lmg-meeting-date-outside-period' && rejection.message.includes('not in October 2025'), 'a refusal naming the month in words');
  });

  it('held monthly are held on a school day of their calendar month, never in a holiday', () => {
    const specification = deciderSpecification(createLMGMeetingDecider(monthly));
    const december = { district: 'stafford', academicYear: '2025/26', month: 12 };
    // Autumn 2 2025/26 ends on Friday 19 December; the holiday runs to Spring 1 on 5 January.
    specification.given([]).when({ ...recordSpring1, meeting: december, heldOn: '2025-12-19' }).then([{ ...heldSpring1, meeting: december, heldOn: '2025-12-19' }]);
    specification
      .given([])
      .when({ ...recordSpring1, meeting: december, heldOn: '2025-12-22' })
      .thenRejectsWith(
        (rejection) =>
          rejection.code === 'lmg-meeting-date-outside-period' &&
          rejection.message.startsWith('The date 22 December 2025 is in the holiday after Autumn 2 2025/26, which ended on 19 December 2025: the group meets on a school day of December 2025.'),
        'a refusal naming the holiday and the month in words',
      );
  });

  it('held monthly take their month from the day they are held, not from where the half term starts', () => {
    const specification = deciderSpecification(createLMGMeetingDecider(monthly));
    // Spring 2 2025/26 starts on 23 February: its March meeting is a meeting of March, the half term's start notwithstanding.
    const march = { district: 'stafford', academicYear: '2025/26', month: 3 };
    const february = { district: 'stafford', academicYear: '2025/26', month: 2 };
    specification.given([]).when({ ...recordSpring1, meeting: march, heldOn: '2026-03-11' }).then([{ ...heldSpring1, meeting: march, heldOn: '2026-03-11' }]);
    specification
      .given([])
      .when({ ...recordSpring1, meeting: february, heldOn: '2026-03-11' })
      .thenRejectsWith((rejection) => rejection.message.startsWith('The date 11 March 2026 is not in February 2026.'), 'a refusal naming the month in words');
  });

  it('held monthly meet in no month without school days (August, under English term dates)', () => {
    const august = { district: 'stafford', academicYear: '2025/26', month: 8 };
    deciderSpecification(createLMGMeetingDecider(monthly))
      .given([])
      .when({ ...cancelSpring1, meeting: august, cancelledOn: '2026-08-05' })
      .thenRejectsWith((rejection) => rejection.message.startsWith('The date 5 August 2026 is in the holiday after Summer 2 2025/26, which ended on 22 July 2026'), 'a refusal naming the summer holiday');
  });

  it('say which half term a date outside the meeting’s half term is in', () => {
    deciderSpecification(lmgMeetingDecider)
      .given([])
      .when({ ...recordSpring1, heldOn: '2026-03-02' })
      .thenRejectsWith((rejection) => rejection.message.includes('Spring 2 2025/26, not Spring 1 2025/26'), 'a refusal naming both half terms');
  });

  it('have a stream each, apart from the hub’s meetings', () => {
    expect(lmgMeetingStreamId(staffordGroup(3))).toBe('lmg-meeting-stafford-2025-26-half-term-3');
    expect(lmgMeetingStreamId(october)).toBe('lmg-meeting-stafford-2025-26-month-10');
  });

  it('read in words', () => {
    expect(describeLMGMeetingEvent(heldSpring1)).toBe(
      'The Stafford Locality Management Group meeting of Spring 1 2025/26 was held on 21 January 2026, attended by 3 professionals (education, health, social care).',
    );
    expect(describeLMGMeetingEvent(recordedAs(themes))).toBe(
      'The Stafford Locality Management Group meeting of Spring 1 2025/26 recorded 2 themes for the district’s planning: Rising anxiety-based school avoidance in Year 8; Long waits for speech and language therapy.',
    );
  });
});
