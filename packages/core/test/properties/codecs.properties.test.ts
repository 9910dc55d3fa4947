import { CaseCommand, CaseEvent, HubConfiguration, LMGMeetingCommand, LMGMeetingEvent, MeetingCommand, MeetingEvent, PersonalDataErased, staffordshireConfiguration } from '@send-hub/core';
import { caseCommand, caseEvent, codecRoundTripLaw, hubConfiguration, lmgMeetingCommand, lmgMeetingEvent, meetingCommand, meetingEvent, personalDataErasedEvent, validCaseHistory } from '@send-hub/testing';
import * as fc from 'fast-check';

const numRuns = 200;

// Through JSON text, as every store keeps them.
describe('every codec gives back, through JSON, what it encoded', () => {
  it('case commands', () => fc.assert(codecRoundTripLaw(CaseCommand, caseCommand(), { throughJson: true }), { numRuns }));
  it('case events, personal fields erased or not', () => fc.assert(codecRoundTripLaw(CaseEvent, caseEvent(), { throughJson: true }), { numRuns }));
  it('case events of valid histories', () => fc.assert(codecRoundTripLaw(CaseEvent, validCaseHistory().chain((history) => fc.constantFrom(...history)), { throughJson: true }), { numRuns }));
  it('meeting commands', () => fc.assert(codecRoundTripLaw(MeetingCommand, meetingCommand(), { throughJson: true }), { numRuns }));
  it('meeting events', () => fc.assert(codecRoundTripLaw(MeetingEvent, meetingEvent(), { throughJson: true }), { numRuns }));
  it('group meeting commands', () => fc.assert(codecRoundTripLaw(LMGMeetingCommand, lmgMeetingCommand(), { throughJson: true }), { numRuns }));
  it('group meeting events', () => fc.assert(codecRoundTripLaw(LMGMeetingEvent, lmgMeetingEvent(), { throughJson: true }), { numRuns }));
  it('erasure records', () => fc.assert(codecRoundTripLaw(PersonalDataErased, personalDataErasedEvent(), { throughJson: true }), { numRuns }));
  it('hub configurations', () => fc.assert(codecRoundTripLaw(HubConfiguration, fc.oneof(hubConfiguration(), fc.constant(staffordshireConfiguration)), { throughJson: true }), { numRuns }));
});
