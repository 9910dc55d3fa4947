import { agencies } from '../reference/agencies';
import { districtName, staffordshireConfiguration, type HubConfiguration } from '../reference/hub-configuration';
import { formatCalendarDate } from '../values/calendar-date';
import type { MeetingEvent, MeetingEventType } from './meeting-messages';
import { describeMeeting } from './meeting-reference';
import { capitalised } from '../values/sentence-start';

export const meetingEventLabels: Readonly<Record<MeetingEventType, string>> = {
  MeetingHeld: 'Hub meeting held',
  MeetingCancelled: 'Hub meeting cancelled',
};

export const describeMeetingEvent = (event: MeetingEvent, configuration: HubConfiguration = staffordshireConfiguration): string => {
  // The description opens with the meeting, so it starts with a capital letter like any sentence.
  const described = describeMeeting(event.meeting, districtName(configuration, event.meeting.district));
  const meeting = capitalised(described);
  if (event.type === 'MeetingCancelled') return `${meeting} was cancelled: ${event.reason}`;
  const attending = [...new Set(event.attendance.map((attendee) => agencies.label(attendee.agency).toLowerCase()))];
  return `${meeting} was held on ${formatCalendarDate(event.heldOn)}, attended by ${event.attendance.length} ${event.attendance.length === 1 ? 'professional' : 'professionals'} (${attending.join(', ')}).`;
};
