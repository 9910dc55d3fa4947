import { createMeetingDecider, meetingDecider, meetingRules, type HubConfiguration, type MeetingCommand, type MeetingEvent } from '@send-hub/core';
import {
  decideInTurn,
  decideIsPureLaw,
  deciderNeverBreaksItsRulesLaw,
  evolveIsPureLaw,
  stateSharesNothingWithEventsLaw,
  evolveIsTotalLaw,
  hubConfiguration,
  meetingCommand,
  meetingEvent,
  meetingReference,
  rejectionsExplainThemselvesLaw,
} from '@send-hub/testing';
import * as fc from 'fast-check';

const numRuns = 200;

/** Commands all about one meeting, as its stream sees them. */
const commandsForOneMeeting = (configuration?: HubConfiguration): fc.Arbitrary<MeetingCommand[]> =>
  fc
    .tuple(meetingReference(configuration === undefined ? {} : { configuration }), fc.array(meetingCommand(configuration === undefined ? {} : { configuration }), { minLength: 1, maxLength: 4 }))
    .map(([meeting, commands]) => commands.map((command) => ({ ...command, meeting })));

/** The meeting rules read over one meeting's history, apart from the decider. */
const meetingHistoryBreaches = (configuration?: HubConfiguration) => (history: ReadonlyArray<MeetingEvent>): string[] =>
  history.flatMap((event, index) => {
    const date = event.type === 'MeetingHeld' ? event.heldOn : event.cancelledOn;
    const startYear = Number(event.meeting.academicYear.slice(0, 4));
    const breaches = [
      ...(index > 0 ? ['the meeting is recorded a second time'] : []),
      ...(date < `${startYear}-09-01` || date > `${startYear + 1}-08-31` ? [`${date} is outside ${event.meeting.academicYear}`] : []),
      ...(event.type === 'MeetingHeld' && event.attendance.length === 0 ? ['the meeting was held with nobody attending'] : []),
      ...(configuration !== undefined && !configuration.districts.some((district) => district.id === event.meeting.district) ? ['the district is unknown'] : []),
    ];
    return breaches.map((breach) => `event ${index + 1}: ${breach}`);
  });

describe('the meeting decider, on generated commands', () => {
  it('never accepts a command that leaves a meeting history its rules forbid', () => {
    fc.assert(deciderNeverBreaksItsRulesLaw(meetingDecider, commandsForOneMeeting(), meetingHistoryBreaches()), { numRuns });
  });

  it('follows any council’s configuration', () => {
    const configurationAndCommands = hubConfiguration().chain((configuration) => commandsForOneMeeting(configuration).map((commands) => ({ configuration, commands })));
    fc.assert(
      fc.property(configurationAndCommands, ({ configuration, commands }) => {
        const { events } = decideInTurn(createMeetingDecider(configuration), commands);
        expect(meetingHistoryBreaches(configuration)(events)).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('explains every refusal with one of its rules, in plain English', () => {
    fc.assert(rejectionsExplainThemselvesLaw(meetingDecider, commandsForOneMeeting(), meetingRules), { numRuns });
  });

  it('decides without side effects', () => {
    fc.assert(decideIsPureLaw(meetingDecider, commandsForOneMeeting()), { numRuns: 100 });
  });

  it('folds without side effects, on any decodable meeting events', () => {
    fc.assert(evolveIsPureLaw(meetingDecider, fc.array(meetingEvent(), { maxLength: 8 })), { numRuns });
  });

  it('builds a state that shares no object with its events', () => {
    fc.assert(stateSharesNothingWithEventsLaw(meetingDecider, fc.array(meetingEvent(), { maxLength: 8 })), { numRuns });
  });

  it('folds any decodable meeting events without throwing', () => {
    fc.assert(evolveIsTotalLaw(meetingDecider, meetingEvent()), { numRuns });
  });

});
