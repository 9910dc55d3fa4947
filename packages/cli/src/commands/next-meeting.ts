import { districtName, nextTerm, type HubConfiguration, type MeetingReference } from '@send-hub/core';
import { meetingsOf } from '@send-hub/projection-district';
import type { Hub } from '@send-hub/application';
import { CliFailure } from '../cli-failure';

/** The meeting after the district's latest recorded one: the one the officer is preparing. */
export const nextMeetingOf = (hub: Hub, district: string, configuration: HubConfiguration): MeetingReference => {
  const meetings = hub.readModels.district((model) => meetingsOf(model, district));
  const latest = meetings[meetings.length - 1];
  if (latest === undefined) {
    throw new CliFailure(`No meeting of the ${districtName(configuration, district)} hub is recorded yet, so there is no "next" one.`, 'Name the meeting with --meeting, for example --meeting 2025/26:1.');
  }
  return { district, ...nextTerm(latest.meeting) };
};
