import {
  academicYearOf,
  calendarYearOfMonth,
  createLMGMeetingDecider,
  isSchoolDay,
  isWithinHalfTerm,
  lmgMeetingDecider,
  lmgMeetingRules,
  lmgSettingsOf,
  staffordshireConfiguration,
  type HubConfiguration,
  type LMGMeetingCommand,
  type LMGMeetingEvent,
} from '@send-hub/core';
import {
  decideInTurn,
  decideIsPureLaw,
  deciderNeverBreaksItsRulesLaw,
  evolveIsPureLaw,
  evolveIsTotalLaw,
  hubConfiguration,
  lmgMeetingCommand,
  lmgMeetingEvent,
  lmgMeetingReference,
  rejectionsExplainThemselvesLaw,
  stateSharesNothingWithEventsLaw,
} from '@send-hub/testing';
import * as fc from 'fast-check';

const numRuns = 200;

/** Commands all about one group meeting, as its stream sees them. */
const commandsForOneMeeting = (configuration: HubConfiguration = staffordshireConfiguration): fc.Arbitrary<LMGMeetingCommand[]> =>
  fc.tuple(lmgMeetingReference({ configuration }), fc.array(lmgMeetingCommand({ configuration }), { minLength: 1, maxLength: 5 })).map(([meeting, commands]) => commands.map((command) => ({ ...command, meeting })));

/** The group meeting rules read over one meeting's history, apart from the decider. */
const groupHistoryBreaches = (configuration: HubConfiguration = staffordshireConfiguration) => (history: ReadonlyArray<LMGMeetingEvent>): string[] => {
  const themes = new Set<string>();
  let records = 0;
  let held = false;
  return history.flatMap((event, index) => {
    const breaches: string[] = [];
    const { meeting } = event;
    if (event.type === 'LMGThemesRecorded') {
      if (!held) breaches.push('themes are recorded for a meeting not held');
      if (event.themes.length === 0) breaches.push('no themes are recorded');
      for (const theme of event.themes.map((text) => text.trim().toLowerCase())) {
        if (themes.has(theme)) breaches.push('a theme is recorded twice');
        themes.add(theme);
      }
    } else {
      records += 1;
      held = held || (records === 1 && event.type === 'LMGMeetingHeld');
      const date = event.type === 'LMGMeetingHeld' ? event.heldOn : event.cancelledOn;
      if (records > 1) breaches.push('the meeting is recorded a second time');
      if (!configuration.districts.some((district) => district.id === meeting.district)) breaches.push('the district is unknown');
      if (('month' in meeting) !== (lmgSettingsOf(configuration).cadence === 'monthly')) breaches.push('the meeting is not of the council’s cadence');
      if (academicYearOf(date) !== meeting.academicYear) breaches.push('the date is outside the academic year');
      else if (
        'month' in meeting
          ? date.slice(0, 7) !== `${calendarYearOfMonth(meeting.academicYear, meeting.month)}-${String(meeting.month).padStart(2, '0')}` || !isSchoolDay(configuration.halfTermCalendar, date)
          : !isWithinHalfTerm(configuration.halfTermCalendar, meeting, date)
      ) {
        breaches.push('the date is outside the meeting’s period');
      }
      if (event.type === 'LMGMeetingHeld' && event.attendance.length === 0) breaches.push('the meeting was held with nobody attending');
    }
    return breaches.map((breach) => `event ${index + 1}: ${breach}`);
  });
};

describe('the Locality Management Group meeting decider, on generated commands', () => {
  it('never accepts a command that leaves a meeting history its rules forbid', () => {
    fc.assert(deciderNeverBreaksItsRulesLaw(lmgMeetingDecider, commandsForOneMeeting(), groupHistoryBreaches()), { numRuns });
  });

  it('follows any council’s configuration, monthly or every half term', () => {
    const configurationAndCommands = hubConfiguration().chain((configuration) => commandsForOneMeeting(configuration).map((commands) => ({ configuration, commands })));
    fc.assert(
      fc.property(configurationAndCommands, ({ configuration, commands }) => {
        const { events } = decideInTurn(createLMGMeetingDecider(configuration), commands);
        expect(groupHistoryBreaches(configuration)(events)).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('explains every refusal with one of its rules, in plain English', () => {
    fc.assert(rejectionsExplainThemselvesLaw(lmgMeetingDecider, commandsForOneMeeting(), lmgMeetingRules), { numRuns });
  });

  it('decides without side effects', () => {
    fc.assert(decideIsPureLaw(lmgMeetingDecider, commandsForOneMeeting()), { numRuns: 100 });
  });

  it('folds without side effects, builds a state sharing nothing with its events, and never throws', () => {
    fc.assert(evolveIsPureLaw(lmgMeetingDecider, fc.array(lmgMeetingEvent(), { maxLength: 8 })), { numRuns });
    fc.assert(stateSharesNothingWithEventsLaw(lmgMeetingDecider, fc.array(lmgMeetingEvent(), { maxLength: 8 })), { numRuns });
    fc.assert(evolveIsTotalLaw(lmgMeetingDecider, lmgMeetingEvent()), { numRuns });
  });
});
