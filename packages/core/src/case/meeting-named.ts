import { lmgMeetingStreamId } from '../lmg/lmg-meeting-reference';
import { meetingStreamId } from '../meeting/meeting-reference';
import type { CaseCommand } from './case-commands';

/** The meeting a case command is decided at, and which layer's: where what it recorded is read from. */
export interface MeetingNamed {
  /** `hub`: a discussion, agreement or review at a hub meeting; `group`: the Locality Management Group's discussion. */
  readonly layer: 'hub' | 'group';
  readonly streamId: string;
}

/** The meeting the command is decided at (see `WithRecordedMeeting`); undefined for a command decided at none. */
export const meetingNamedBy = (command: CaseCommand): MeetingNamed | undefined => {
  switch (command.type) {
    case 'Discuss':
    case 'AgreeActions':
    case 'Review':
      return { layer: 'hub', streamId: meetingStreamId(command.meeting) };
    case 'DiscussAtLMG':
      return { layer: 'group', streamId: lmgMeetingStreamId(command.meeting) };
    default:
      return undefined;
  }
};
