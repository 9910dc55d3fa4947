import { agencies } from '../reference/agencies';
import { districtName, staffordshireConfiguration, type HubConfiguration } from '../reference/hub-configuration';
import { formatCalendarDate } from '../values/calendar-date';
import type { LMGMeetingEvent, LMGMeetingEventType } from './lmg-meeting-messages';
import { describeLMGMeeting } from './lmg-meeting-reference';
import { capitalised } from '../values/sentence-start';

export const lmgMeetingEventLabels: Readonly<Record<LMGMeetingEventType, string>> = {
  LMGMeetingHeld: 'Locality Management Group meeting held',
  LMGMeetingCancelled: 'Locality Management Group meeting cancelled',
  LMGThemesRecorded: 'Themes recorded by the Locality Management Group',
};

export const describeLMGMeetingEvent = (event: LMGMeetingEvent, configuration: HubConfiguration = staffordshireConfiguration): string => {
  const meeting = capitalised(describeLMGMeeting(event.meeting, districtName(configuration, event.meeting.district)));
  switch (event.type) {
    case 'LMGMeetingCancelled':
      return `${meeting} was cancelled: ${event.reason}`;
    case 'LMGMeetingHeld': {
      const attending = [...new Set(event.attendance.map((attendee) => agencies.label(attendee.agency).toLowerCase()))];
      return `${meeting} was held on ${formatCalendarDate(event.heldOn)}, attended by ${event.attendance.length} ${event.attendance.length === 1 ? 'professional' : 'professionals'} (${attending.join(', ')}).`;
    }
    case 'LMGThemesRecorded':
      return `${meeting} recorded ${event.themes.length === 1 ? 'a theme' : `${event.themes.length} themes`} for the district’s planning: ${event.themes.map((theme) => theme.trim().replace(/\.+$/, '')).join('; ')}.`;
  }
};
