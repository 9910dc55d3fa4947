import {
  caseEventLabels,
  CaseCommand,
  caseRules,
  caseStreamPrefix,
  childEventLabels,
  childStreamPrefix,
  discriminantOf,
  erasureStreamPrefix,
  LMGMeetingCommand,
  lmgMeetingEventLabels,
  lmgMeetingRules,
  lmgMeetingStreamId,
  meetingEventLabels,
  MeetingCommand,
  meetingRules,
  meetingStreamId,
} from '@send-hub/core';
import { HubEvent, hubEventCodecs, hubEventSchemaVersions, type HubEventType } from '@send-hub/hub';
import type { CodecShape } from './codec-fields';
import { caseVocabularyCodeLists, referenceCodeLists } from './code-lists';
import { caseCommandRecords, caseCommandRules, erasureRefusals, lmgMeetingCommandRecords, lmgMeetingCommandRules, meetingCommandRecords, meetingCommandRules } from './decider-rules';
import { envelopeSection } from './envelope-section';
import { codeListSection, fieldTable } from './field-table';
import { code, document, link, table } from './markdown';

/** Core labels case and meeting events; it has no label for the erasure event, so the catalogue gives it one. */
export const hubEventLabels: Readonly<Record<HubEventType, string>> = {
  ...caseEventLabels,
  ...childEventLabels,
  ...meetingEventLabels,
  ...lmgMeetingEventLabels,
  PersonalDataErased: 'Personal data erased',
};

const eventHeading = (type: string): string => `${type}: ${hubEventLabels[type as HubEventType]}`;
const commandHeading = (type: string): string => `${type} command`;

interface EventGroup {
  readonly title: string;
  readonly about: string;
  readonly members: ReadonlyArray<CodecShape>;
}

const exampleMeeting = { district: 'stafford', academicYear: '2025/26', halfTerm: 1 as const };

/** What each member of the `HubEvent` union is about, keyed by its codec's name. */
const groupTexts: Readonly<Record<string, { readonly title: string; readonly about: string }>> = {
  'a case event': {
    title: 'Case events',
    about: `One child's journey through the hub. Stream: ${code(`${caseStreamPrefix}<case id>`)}, one stream per case.`,
  },
  'a ReferralStarted event': {
    title: 'Child events',
    about: `Which cases a child has had, by case id: the child's own consistency boundary, where two referrals of one child made at once meet and only one goes ahead (see decision 40). Stream: ${code(`${childStreamPrefix}<child reference>`)}, one stream per child. It holds no personal field, only the pseudonymous reference.`,
  },
  'a meeting event': {
    title: 'Meeting events',
    about: `What happened to one half term's hub meeting of one district. Stream: ${code('meeting-<district>-<academic year>-<half term>')}, for example ${code(meetingStreamId(exampleMeeting))}.`,
  },
  'a Locality Management Group meeting event': {
    title: 'Locality Management Group meeting events',
    about: `What happened to one meeting of a district's Locality Management Group: held or cancelled, and the themes it saw across cases. Stream: ${code('lmg-meeting-<district>-<academic year>-half-term-<half term>')} (or ${code('-month-<month>')} where the groups meet monthly), for example ${code(lmgMeetingStreamId(exampleMeeting))}.`,
  },
  'a PersonalDataErased event': {
    title: 'Erasure event',
    about: `The record that a child's personal data was erased. Stream: ${code(`${erasureStreamPrefix}<child reference>`)}, one stream per child.`,
  },
};

const eventGroups: ReadonlyArray<EventGroup> = (HubEvent.types as ReadonlyArray<CodecShape>).map((member) => {
  const text = groupTexts[member.name];
  if (text === undefined) throw new Error(`The catalogue has no title for "${member.name}", a new member of the HubEvent union: add one to groupTexts.`);
  return { ...text, members: member.types ?? [member] };
});

/** Events no decider command records: the child's boundary writes them on a referral's way in. */
const writtenByTheChildsBoundary: Readonly<Record<string, string>> = {
  ReferralStarted: `the ${link(code('Refer'), commandHeading('Refer'))} command, on the child's stream, before the case's own referral`,
  ReferralOvertaken: `the ${link(code('Refer'), commandHeading('Refer'))} command of another case of the same child, onto a case whose referral was started and never recorded`,
};

const recordedBy = (type: string): string => {
  const boundary = writtenByTheChildsBoundary[type];
  if (boundary !== undefined) return boundary;
  const command = [...Object.entries(caseCommandRecords), ...Object.entries(meetingCommandRecords), ...Object.entries(lmgMeetingCommandRecords)].find(([, event]) => event === type)?.[0];
  return command === undefined ? `${code('forgetChild')} in ${code('@send-hub/audit')}` : `the ${link(code(command), commandHeading(command))} command`;
};

const eventSection = (codec: CodecShape): string => {
  const type = discriminantOf(codec as Parameters<typeof discriminantOf>[0]) as HubEventType;
  if (hubEventCodecs[type] !== codec) throw new Error(`The codec of ${type} in the HubEvent union is not the one hubEventCodecs decodes with.`);
  return [
    `### ${eventHeading(type)}`,
    `Schema version ${hubEventSchemaVersions[type]}. Recorded by ${recordedBy(type)}.`,
    fieldTable(type, codec, { personalColumn: true }),
  ].join('\n\n');
};

const rulesTable = (codes: ReadonlyArray<string>, texts: Readonly<Record<string, string>>): string =>
  table(['Order', 'Refusal code', 'Rule'], codes.map((rule, index) => [String(index + 1), code(rule), texts[rule] ?? '']));

const commandSection = (codec: CodecShape, rules: Readonly<Record<string, ReadonlyArray<string>>>, records: Readonly<Record<string, string>>, texts: Readonly<Record<string, string>>): string => {
  const type = discriminantOf(codec as Parameters<typeof discriminantOf>[0]) ?? codec.name;
  const event = records[type];
  const checked = rules[type];
  if (event === undefined || checked === undefined) throw new Error(`The catalogue does not know the rules of the ${type} command: add it to decider-rules.ts.`);
  return [
    `### ${commandHeading(type)}`,
    `Records ${link(code(event), eventHeading(event))} when every rule below holds; otherwise it is refused with the first rule broken, and nothing is recorded.`,
    fieldTable(type, codec, { personalColumn: true, stored: false }),
    'Rules, in the order they are checked:',
    rulesTable(checked, texts),
  ].join('\n\n');
};

const codeIndex = (texts: Readonly<Record<string, string>>, rules: Readonly<Record<string, ReadonlyArray<string>>>): string =>
  table(
    ['Refusal code', 'Rule', 'Checked by'],
    Object.entries(texts).map(([rule, text]) => [
      code(rule),
      text,
      Object.entries(rules)
        .filter(([, codes]) => codes.includes(rule))
        .map(([command]) => link(code(command), commandHeading(command)))
        .join(', '),
    ]),
  );

const introduction = [
  '# Event catalogue',
  '> Generated from the io-ts codecs by `pnpm docs:catalogue` (`scripts/event-catalogue`). Do not edit it by hand: a test fails when this file differs from what the generator writes.',
  'Every fact the hub records is an **event**: a past-tense fact with a business date (`occurredOn`, the day it happened). Events are written by **commands**, requests that the deciders of `@send-hub/core` check against the hub\'s rules: a command either records its event or is refused with a stable refusal code and a plain-English message. This catalogue lists every event type, its plain-English label, its current schema version and its fields, then every command with the rules it is checked against, then the codes the fields use.',
  '**Personal** fields (marked with `personal(...)` in the codecs) are encrypted with the child\'s own key when stored, and read back as `{ "erased": true }` once that key is destroyed. Every other field is a non-identifying code or date, kept in clear, from which the board\'s statistics are built.',
];

/** The whole catalogue, from the codecs, label maps and rule tables of the code as it is now. */
export const renderEventCatalogue = (): string =>
  document([
    ...introduction,
    '## Contents',
    [
      ...eventGroups.map((group) => `- ${link(group.title, group.title)}: ${group.members.map((member) => link(code(discriminantOf(member as Parameters<typeof discriminantOf>[0]) ?? member.name), eventHeading(discriminantOf(member as Parameters<typeof discriminantOf>[0]) ?? ''))).join(', ')}`),
      `- ${link('The envelope', 'The envelope')}`,
      `- ${link('Case commands', 'Case commands')}, ${link('Meeting commands', 'Meeting commands')}, ${link('Locality Management Group meeting commands', 'Locality Management Group meeting commands')}, ${link('Erasing personal data', 'Erasing personal data')}`,
      `- ${link('Refusal codes', 'Refusal codes')}`,
      `- ${link('Reference data', 'Reference data')}, ${link('Case vocabulary', 'Case vocabulary')}`,
    ].join('\n'),
    ...eventGroups.flatMap((group) => [`## ${group.title}`, group.about, ...group.members.map(eventSection)]),
    envelopeSection(),
    '## Case commands',
    'Decided by the case decider (`createCaseDecider(configuration)`, or `caseDecider` for the default configuration) on the state folded from the case\'s stream. Each command names its case (`caseId`) and its business date (`occurredOn`).',
    ...(CaseCommand.type.types as ReadonlyArray<CodecShape>).map((codec) => commandSection(codec, caseCommandRules, caseCommandRecords, caseRules)),
    '## Meeting commands',
    'Decided by the meeting decider (`createMeetingDecider(configuration)`, or `meetingDecider`) on the meeting\'s stream. A meeting is recorded once, as held or as cancelled.',
    ...(MeetingCommand.type.types as ReadonlyArray<CodecShape>).map((codec) => commandSection(codec, meetingCommandRules, meetingCommandRecords, meetingRules)),
    '## Locality Management Group meeting commands',
    'Decided by the group meeting decider (`createLMGMeetingDecider(configuration)`, or `lmgMeetingDecider`) on the group meeting\'s stream. A meeting is recorded once, as held or as cancelled, in its own half term or month as the council\'s cadence says (`localityManagementGroup.cadence` in the configuration); themes follow a meeting held.',
    ...(LMGMeetingCommand.type.types as ReadonlyArray<CodecShape>).map((codec) => commandSection(codec, lmgMeetingCommandRules, lmgMeetingCommandRecords, lmgMeetingRules)),
    '## Erasing personal data',
    `${code('forgetChild(context, childReference, request)')} in ${code('@send-hub/audit')} records ${link(code('PersonalDataErased'), eventHeading('PersonalDataErased'))} and then destroys the child's key. It is not a decider command; it refuses with these codes, in the order it checks them:`,
    rulesTable(Object.keys(erasureRefusals), erasureRefusals),
    '## Refusal codes',
    'Every refusal carries one of these codes (stable: software may rely on them) and a message that states the particulars and then the rule.',
    '### Case decider',
    codeIndex(caseRules, caseCommandRules),
    '### Meeting decider',
    codeIndex(meetingRules, meetingCommandRules),
    '### Locality Management Group meeting decider',
    codeIndex(lmgMeetingRules, lmgMeetingCommandRules),
    '## Reference data',
    'The codes of the default configuration, with the labels the library shows people.',
    ...referenceCodeLists.map(codeListSection),
    '## Case vocabulary',
    ...caseVocabularyCodeLists.map(codeListSection),
  ]);
