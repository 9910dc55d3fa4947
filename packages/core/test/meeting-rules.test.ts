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
    accepted: { given: [], when: { ...recordAutumn1, meeting: stafford(6), heldOn: '2026-08-31' } },
    refused: { given: [], when: { ...recordAutumn1, meeting: stafford(6), heldOn: '2026-09-01' } },
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
      .thenRejectsWith((rejection) => rejection.message.includes('2025-08-29') && rejection.message.includes('2025/26'), 'a refusal giving the date and the academic year');
  });

  it('belong to the configured council’s districts', () => {
    const custom = deciderSpecification(createMeetingDecider({ ...staffordshireConfiguration, districts: [{ id: 'north-shropshire', name: 'North Shropshire' }] }));
    custom.given([]).when(recordAutumn1).thenRejects('district-unknown');
  });
});
