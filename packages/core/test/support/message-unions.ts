import { CaseCommand, CaseEvent, LMGMeetingCommand, LMGMeetingEvent, MeetingCommand, MeetingEvent } from '@send-hub/core';
import { caseCommand, caseEvent, lmgMeetingCommand, lmgMeetingEvent, meetingCommand, meetingEvent } from '@send-hub/testing';

/** The hub's unions of commands and of events, each with the arbitrary of its valid values. */
export const messageUnions = [
  ['case commands', CaseCommand.type, caseCommand()],
  ['case events', CaseEvent, caseEvent()],
  ['meeting commands', MeetingCommand.type, meetingCommand()],
  ['meeting events', MeetingEvent, meetingEvent()],
  ['group meeting commands', LMGMeetingCommand.type, lmgMeetingCommand()],
  ['group meeting events', LMGMeetingEvent, lmgMeetingEvent()],
] as const;
