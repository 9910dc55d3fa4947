import * as t from 'io-ts';

/*
 * The council's own case-management system, as its nightly extract gives hub work: one
 * record per activity a worker entered, with the system's own field names, dates written
 * dd/mm/yyyy, districts by name, meetings as "Autumn 2 2025/26", and its drop-down lists
 * showing the hub's plain-English labels. Census codes (year group, sex, ethnicity, special
 * educational needs) it keeps as the Department for Education's codes. Loose on purpose:
 * the extract is another system's data, and the adapter says what it cannot read.
 */

const Worker = t.type({ userName: t.string, jobTitle: t.string }, 'who entered the record');
const HubMeeting = t.type({ district: t.string, term: t.string }, 'a hub meeting, by district name and term');

const activityRecord = <Activity extends string, Props extends t.Props>(activity: Activity, props: Props) =>
  t.type({ recordNumber: t.number, hubCaseId: t.string, activity: t.literal(activity), date: t.string, enteredBy: Worker, ...props }, `a ${activity} record`);

/** What the child or the family said, as the system's "voice of the child" panel holds it. */
const Voice = t.type({ whose: t.string, heard: t.string, said: t.string }, 'views heard (whose, how, what was said)');
const withVoices = t.partial({ voices: t.array(Voice) });

const ReferralFields = activityRecord('REFERRAL', {
  district: t.string,
  school: t.string,
  pupil: t.type({ reference: t.string, name: t.string, dateOfBirth: t.string, yearGroup: t.string, sex: t.string, ethnicity: t.string, pupilPremium: t.boolean }),
  senStatus: t.string,
  /** In the order the worker entered them, one marked primary. */
  needs: t.array(t.type({ code: t.string, primary: t.boolean })),
  cyclesCompleted: t.number,
  concerns: t.string,
  /** The consent the school obtained before it referred. */
  consent: t.intersection([t.type({ from: t.string, how: t.string, date: t.string }), t.partial({ youngPersonLacksCapacity: t.boolean })]),
});
export const ReferralRecord = t.intersection([ReferralFields, withVoices], 'a REFERRAL record');
export const ConsentRecord = t.intersection([activityRecord('CONSENT', { from: t.string, how: t.string }), t.partial({ youngPersonLacksCapacity: t.boolean })], 'a CONSENT record');
export const ConsentWithdrawnRecord = activityRecord('CONSENT WITHDRAWN', { from: t.string });
export const DiscussionRecord = t.intersection([activityRecord('HUB DISCUSSION', { meeting: HubMeeting }), withVoices], 'a HUB DISCUSSION record');
export const ActionsRecord = activityRecord('ACTIONS AGREED', {
  meeting: HubMeeting,
  actions: t.array(t.type({ reference: t.string, action: t.string, agency: t.string, owner: t.string })),
});
export const ReviewRecord = t.intersection(
  [activityRecord('REVIEW', { meeting: HubMeeting, outcomes: t.array(t.type({ reference: t.string, outcome: t.string })), conclusion: t.string }), withVoices],
  'a REVIEW record',
);
export const VoiceRecord = t.intersection([activityRecord('VOICE', { whose: t.string, heard: t.string, said: t.string }), t.partial({ meeting: HubMeeting })], 'a VOICE record');
export const EscalationRecord = activityRecord('ESCALATION', { reason: t.string });
/** The Locality Management Group's discussion, at its meeting of a half term, with its outcome as the drop-down list shows it. */
export const GroupDiscussionRecord = activityRecord('GROUP DISCUSSION', { meeting: HubMeeting, outcome: t.string, reason: t.string, recommendations: t.array(t.string) });
/** The child moving school, or district (by name) when the move takes the case to another district's hub, perhaps into another year group. */
export const MoveRecord = t.intersection([activityRecord('MOVE', { newSchool: t.string }), t.partial({ newDistrict: t.string, yearGroup: t.string })], 'a MOVE record');
export const ClosureRecord = activityRecord('CLOSURE', { reason: t.string });

export const CouncilRecord = t.union(
  [ReferralRecord, ConsentRecord, ConsentWithdrawnRecord, DiscussionRecord, ActionsRecord, ReviewRecord, VoiceRecord, EscalationRecord, GroupDiscussionRecord, MoveRecord, ClosureRecord],
  'a hub activity record from the case-management system',
);
export type CouncilRecord = t.TypeOf<typeof CouncilRecord>;
export type CouncilActivity = CouncilRecord['activity'];
