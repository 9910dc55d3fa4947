import { lmgMeetingStreamId, meetingNamedBy, meetingStreamId, recordedMeetingOf } from '../src';
import { agreeActions, close, discuss, discussAtLMG, review, stafford, staffordGroup } from './support/staffordshire-case';

describe('the meeting a case command is decided at', () => {
  it('is the hub meeting of a discussion, agreement or review, the group meeting of the group’s discussion, and none of any other command', () => {
    for (const command of [discuss({ meeting: stafford(1) }), agreeActions({ meeting: stafford(1), actions: [] }), review({ meeting: stafford(1), outcomes: [], conclusion: 'needs-met' })]) {
      expect(meetingNamedBy(command)).toEqual({ layer: 'hub', streamId: meetingStreamId(stafford(1)) });
    }
    expect(meetingNamedBy(discussAtLMG({ meeting: staffordGroup(3), outcome: 'closed', reason: 'Needs met.', recommendations: [] }))).toEqual({ layer: 'group', streamId: lmgMeetingStreamId(staffordGroup(3)) });
    expect(meetingNamedBy(close({ reason: 'needs-met' }))).toBeUndefined();
  });

  it('is told as its stream’s state has it: held or cancelled on its day, or not recorded', () => {
    expect(recordedMeetingOf({ status: 'held', on: '2025-10-08' })).toEqual({ status: 'held', heldOn: '2025-10-08' });
    expect(recordedMeetingOf({ status: 'cancelled', on: '2025-10-01' })).toEqual({ status: 'cancelled', cancelledOn: '2025-10-01' });
    expect(recordedMeetingOf({ status: 'not-recorded' })).toEqual({ status: 'not-recorded' });
  });
});
