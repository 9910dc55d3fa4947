import { createMeetingDecider, meetingDecider, meetingRules, staffordshireConfiguration, type MeetingCommand, type MeetingEvent, type MeetingRejectionCode } from '@send-hub/core';
import { deciderSpecification } from '@send-hub/testing';
import { stafford } from './support/staffordshire-case';

const attendance = [
  { agency: 'education' as const, role: 'special educational needs coordinator' },
  { agency: 'health' as const, role: 'school nurse' },
  { agency: 'social-care' as const, role: 'family support worker' },
];
const recordAutumn1: MeetingCommand = { type: 'RecordMeeting', meeting: stafford(1), heldOn: '2025-10-08', attendance };
const heldAutumn1: MeetingEvent = { ...recordAutumn1, type: 'MeetingHeld' };
const cancelAutumn1: MeetingCommand = { type: 'CancelMeeting', meeting: stafford(1), cancelledOn: '2025-10-06', reason: 'The venue was closed by snow.' };

interface Example {
  readonly given: ReadonlyArray<MeetingEvent>;
  readonly when: MeetingCommand;
}

/** For every meeting rule, an example it lets through and one it refuses (the type makes the list complete). */
const examples: Record<MeetingRejectionCode, { readonly accepted: Example; readonly refused: Example }> = {
  'meeting-already-recorded': {
    accepted: { given: [], when: recordAutumn1 },
    refused: { given: [heldAutumn1], when: cancelAutumn1 },
  },
  'district-unknown': {
    accepted: { given: [], when: { ...recordAutumn1, meeting: { ...stafford(1), district: 'lichfield' } } },
    refused: { given: [], when: { ...recordAutumn1, meeting: { ...stafford(1), district: 'stoke-on-trent' } } },
  },
  'meeting-date-outside-academic-year': {
    accepted: { given: [], when: { ...recordAutumn1, meeting: stafford(6), heldOn: '2026-07-22' } },
    refused: { given: [], when: { ...recordAutumn1, meeting: stafford(6), heldOn: '2026-09-01' } },
  },
  'meeting-date-outside-half-term': {
    accepted: { given: [], when: { ...recordAutumn1, heldOn: '2025-10-24' } },
    refused: { given: [], when: { ...recordAutumn1, heldOn: '2026-05-12' } },
  },
  'no-attendance': {
    accepted: { given: [], when: { ...recordAutumn1, attendance: attendance.slice(0, 1) } },
    refused: { given: [], when: { ...recordAutumn1, attendance: [] } },
  },
};

const recordedAs = (command: MeetingCommand): MeetingEvent =>
  command.type === 'RecordMeeting' ? { ...command, type: 'MeetingHeld' } : { ...command, type: 'MeetingCancelled' };

const specification = deciderSpecification(meetingDecider);

describe.each(Object.entries(examples) as Array<[MeetingRejectionCode, (typeof examples)[MeetingRejectionCode]]>)('the meeting rule "%s"', (code, { accepted, refused }) => {
  it(`lets through: ${meetingRules[code]}`, () => {
    specification.given(accepted.given).when(accepted.when).then([recordedAs(accepted.when)]);
  });

  it('refuses what breaks it, saying why in plain English', () => {
    specification.given(refused.given).when(refused.when).thenRejects(code);
    specification.given(refused.given).when(refused.when).thenRejectsWith((rejection) => rejection.message.endsWith(meetingRules[code]), 'a message ending with the rule');
  });
});

describe('hub meetings', () => {
  it('may be cancelled with nobody attending', () => {
    specification.given([]).when(cancelAutumn1).then([recordedAs(cancelAutumn1)]);
  });

  it('are recorded once: a cancelled meeting cannot then be held', () => {
    specification.given([recordedAs(cancelAutumn1)]).when(recordAutumn1).thenRejects('meeting-already-recorded');
  });

  it('are refused on a date in another academic year, naming both', () => {
    specification
      .given([])
      .when({ ...recordAutumn1, heldOn: '2025-08-29' })
      .thenRejectsWith((rejection) => rejection.message.includes('29 August 2025') && rejection.message.includes('2025/26'), 'a refusal giving the date and the academic year');
  });

  it('are refused in May for Autumn 1, in words naming the meeting and its half term’s dates', () => {
    specification
      .given([])
      .when({ ...recordAutumn1, heldOn: '2026-05-12' })
      .thenRejectsWith(
        (rejection) =>
          rejection.message.startsWith('The Stafford hub meeting of Autumn 1 2025/26 cannot be held on 12 May 2026: Autumn 1 2025/26 runs from 3 September 2025 to 24 October 2025.'),
        'a refusal naming the meeting, the date and the half term’s first and last days',
      );
  });

  it('are not held in the holiday between two half terms, and not cancelled after their half term ends', () => {
    specification.given([]).when({ ...recordAutumn1, heldOn: '2025-10-28' }).thenRejects('meeting-date-outside-half-term');
    specification.given([]).when({ ...cancelAutumn1, cancelledOn: '2025-10-28' }).thenRejects('meeting-date-outside-half-term');
    // A meeting may be called off before its half term starts: the summer holiday, say.
    specification.given([]).when({ ...cancelAutumn1, cancelledOn: '2025-09-01' }).then([recordedAs({ ...cancelAutumn1, cancelledOn: '2025-09-01' })]);
  });

  it('keep to the council’s own term dates', () => {
    const lateAutumn = {
      ...staffordshireConfiguration,
      halfTermCalendar: {
        ...staffordshireConfiguration.halfTermCalendar,
        years: [
          {
            academicYear: '2025/26',
            halfTerms: [
              { halfTerm: 1 as const, firstDay: '2025-09-08', lastDay: '2025-10-31' },
              { halfTerm: 2 as const, firstDay: '2025-11-10', lastDay: '2025-12-19' },
              { halfTerm: 3 as const, firstDay: '2026-01-05', lastDay: '2026-02-13' },
              { halfTerm: 4 as const, firstDay: '2026-02-23', lastDay: '2026-03-27' },
              { halfTerm: 5 as const, firstDay: '2026-04-13', lastDay: '2026-05-22' },
              { halfTerm: 6 as const, firstDay: '2026-06-01', lastDay: '2026-07-17' },
            ],
          },
        ],
      },
    };
    const custom = deciderSpecification(createMeetingDecider(lateAutumn));
    custom.given([]).when({ ...recordAutumn1, heldOn: '2025-10-30' }).then([recordedAs({ ...recordAutumn1, heldOn: '2025-10-30' })]);
    specification.given([]).when({ ...recordAutumn1, heldOn: '2025-10-30' }).thenRejects('meeting-date-outside-half-term');
    custom.given([]).when({ ...recordAutumn1, heldOn: '2025-09-05' }).thenRejects('meeting-date-outside-half-term');
  });

  it('belong to the configured council’s districts', () => {
    const custom = deciderSpecification(createMeetingDecider({ ...staffordshireConfiguration, districts: [{ id: 'north-shropshire', name: 'North Shropshire' }] }));
    custom.given([]).when(recordAutumn1).thenRejects('district-unknown');
  });
});
