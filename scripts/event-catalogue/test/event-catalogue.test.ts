import { readFileSync } from 'node:fs';
import { commandForCaseEvent, commandForMeetingEvent } from '@send-hub/audit';
import { caseDecider, caseRules, caseRulesOfTheChild, checkOvertakable, initialCaseState, lmgMeetingRules, meetingDecider, meetingRules, type MeetingCommand } from '@send-hub/core';
import { hubEventSchemaVersions } from '@send-hub/hub';
import { caseCommandSequenceWithMeetings, caseEvent, decideInTurn, meetingCommand, meetingEvent } from '@send-hub/testing';
import * as fc from 'fast-check';
import { caseCommandRecords, caseCommandRules, lmgMeetingCommandRules, meetingCommandRecords, meetingCommandRules } from '../decider-rules';
import { catalogueFile } from '../generate-event-catalogue';
import { hubEventLabels, renderEventCatalogue } from '../render-event-catalogue';

describe('docs/event-catalogue.md', () => {
  it('is what the generator writes from the codecs now', () => {
    const written = readFileSync(catalogueFile, 'utf8');
    const current = renderEventCatalogue();
    if (written !== current) {
      const lines = written.split('\n');
      const first = current.split('\n').findIndex((line, index) => line !== lines[index]);
      throw new Error(
        `docs/event-catalogue.md is out of date with the codecs (first difference at line ${first + 1}). Run \`pnpm docs:catalogue\` and commit the result.`,
      );
    }
  });

  it('comes out the same every time', () => {
    expect(renderEventCatalogue()).toBe(renderEventCatalogue());
  });

  it('has a section, with its label and schema version, for every event type the hub reads', () => {
    const catalogue = renderEventCatalogue();
    for (const [type, version] of Object.entries(hubEventSchemaVersions)) {
      expect(catalogue).toContain(`### ${type}: ${hubEventLabels[type as keyof typeof hubEventLabels]}\n\nSchema version ${version}.`);
    }
  });
});

/** What the deciders actually do, held to the rule tables the catalogue prints. */
describe('the catalogue’s rule tables', () => {
  it('list every rule of each decider under at least one command', () => {
    expect(new Set(Object.values(caseCommandRules).flat())).toEqual(new Set(Object.keys(caseRules)));
    expect(new Set(Object.values(meetingCommandRules).flat())).toEqual(new Set(Object.keys(meetingRules)));
    expect(new Set(Object.values(lmgMeetingCommandRules).flat())).toEqual(new Set(Object.keys(lmgMeetingRules)));
  });

  interface Decided<Command> {
    readonly decisions: ReadonlyArray<{
      readonly command: Command;
      readonly result: { readonly _tag: 'Left'; readonly left: { readonly code: string } } | { readonly _tag: 'Right'; readonly right: ReadonlyArray<{ readonly type: string }> };
    }>;
  }

  /** The refusals and events a decider gives for each command type over many generated sequences (a fixed seed, so the same every run). */
  const observe = <Command extends { readonly type: string }>(decide: (commands: ReadonlyArray<Command>) => Decided<Command>, sequences: fc.Arbitrary<ReadonlyArray<Command>>) => {
    const refusals = new Set<string>();
    const records = new Set<string>();
    const alongside = new Set<string>();
    fc.assert(
      fc.property(sequences, (commands) => {
        for (const { command, result } of decide(commands).decisions) {
          if (result._tag === 'Left') refusals.add(`${command.type}: ${result.left.code}`);
          else {
            // The command's own event first; then only the views heard with it, each an event of its own.
            const [own, ...more] = result.right;
            records.add(`${command.type}: ${own?.type ?? 'nothing'}`);
            for (const event of more) alongside.add(`${command.type}: ${event.type}`);
          }
        }
      }),
      // 1000 runs: with views and recorded meetings in the sequences, 300 no longer reach the group discussion's rarer refusals.
      { numRuns: 1000, seed: 20260101 },
    );
    return { refusals: [...refusals].sort(), records: [...records].sort(), alongside: [...alongside].sort() };
  };

  const listed = (rules: Readonly<Record<string, ReadonlyArray<string>>>): string[] =>
    Object.entries(rules)
      .flatMap(([command, codes]) => codes.map((rule) => `${command}: ${rule}`))
      .sort();
  const pairs = (records: Readonly<Record<string, string>>): string[] => Object.entries(records).map(([command, event]) => `${command}: ${event}`).sort();

  it('give, for each case command, exactly the refusals the case decider gives and the event it records', () => {
    const seen = observe((commands) => decideInTurn(caseDecider, commands), caseCommandSequenceWithMeetings());
    // The child's stream answers the referral's rules of the child, in the hub's handler, not the case decider.
    const answeredElsewhere: ReadonlyArray<string> = caseRulesOfTheChild;
    const fromTheDecider = Object.fromEntries(Object.entries(caseCommandRules).map(([type, codes]) => [type, codes.filter((code) => !answeredElsewhere.includes(code))]));
    expect(seen.refusals).toEqual(listed(fromTheDecider));
    expect(seen.records).toEqual(pairs(caseCommandRecords));
    expect(seen.alongside).toEqual(['Discuss: ViewsHeard', 'Refer: ViewsHeard', 'Review: ViewsHeard']);
  });

  it('do the same for the meeting decider, on commands for one meeting arriving in any order', () => {
    const meeting = { district: 'stafford', academicYear: '2025/26', halfTerm: 2 as const };
    const sameMeeting = fc.array(meetingCommand(), { minLength: 1, maxLength: 4 }).map((commands) => commands.map((command): MeetingCommand => ({ ...command, meeting })));
    const seen = observe((commands) => decideInTurn(meetingDecider, commands), fc.oneof(sameMeeting, fc.array(meetingCommand(), { maxLength: 3 })));
    expect(seen.refusals).toEqual(listed(meetingCommandRules));
    expect(seen.records).toEqual(pairs(meetingCommandRecords));
    expect(seen.alongside).toEqual([]);
  });

  it('pair each event with the command the auditor replays it as', () => {
    fc.assert(
      fc.property(caseEvent(), meetingEvent(), (recordedCase, recordedMeeting) => {
        // The child's boundary writes a ReferralOvertaken; no command records it, and the auditor checks it with checkOvertakable.
        if (recordedCase.type === 'ReferralOvertaken') expect(checkOvertakable(initialCaseState, recordedCase.caseId)).toEqual({ _tag: 'Right', right: undefined });
        else expect(caseCommandRecords[commandForCaseEvent(recordedCase).type]).toBe(recordedCase.type);
        expect(meetingCommandRecords[commandForMeetingEvent(recordedMeeting).type]).toBe(recordedMeeting.type);
      }),
      { numRuns: 100, seed: 20260101 },
    );
  });
});
