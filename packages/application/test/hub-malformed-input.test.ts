import { caseCommand, lmgMeetingCommand, malformedCommand, meetingCommand, type MalformedCommand } from '@send-hub/testing';
import * as fc from 'fast-check';
import { openInMemoryHub, type Hub } from '../src';

const everyDistrict = ['cannock-chase', 'east-staffordshire', 'lichfield', 'newcastle-under-lyme', 'south-staffordshire', 'stafford', 'staffordshire-moorlands', 'tamworth'];
const officer = { actor: { id: 'officer-2', role: 'hub-coordinator', agency: 'education', districts: everyDistrict } } as const;
/** The Locality Management Group's commands come from its chair, whom the policy lets record them. */
const chair = { actor: { id: 'chair-1', role: 'locality-management-group-chair', agency: 'education', districts: everyDistrict } } as const;
const groupCommandTypes = new Set(['DiscussAtLMG', 'RecordLMGMeeting', 'CancelLMGMeeting', 'RecordLMGThemes']);
const requestFor = (valid: unknown) => (groupCommandTypes.has((valid as { type?: string }).type ?? '') ? chair : officer);

/** The personal values of a referral (name, date of birth, narrative), which no refusal may repeat. */
const personalValuesOf = (command: unknown): ReadonlyArray<string> => {
  const personal = (command as { referral?: { personal?: Record<string, unknown> } }).referral?.personal ?? {};
  return Object.values(personal).filter((value): value is string => typeof value === 'string');
};

interface Tally {
  refused: number;
  accepted: number;
  thrown: Array<{ malformation: string; error: unknown }>;
  otherFailures: string[];
  leaks: string[];
}

const send = async (hub: Hub, record: 'recordCase' | 'recordMeeting' | 'recordLMGMeeting', { malformation, valid, input }: MalformedCommand, tally: Tally): Promise<void> => {
  try {
    const result = await hub[record](input, requestFor(valid));
    if (result._tag === 'Right') tally.accepted += 1;
    else if (result.left.code !== 'command-invalid') tally.otherFailures.push(`${malformation}: ${result.left.code}`);
    else {
      tally.refused += 1;
      // The date of birth given, the name, the narrative: none may come back in the message.
      for (const value of personalValuesOf(valid)) if (result.left.message.includes(value)) tally.leaks.push(`${malformation}: ${result.left.message}`);
    }
  } catch (error) {
    tally.thrown.push({ malformation, error });
  }
};

describe('the hub given malformed commands', () => {
  it('refuses 10,000 fuzzed malformed commands as values: none thrown, none accepted, no event written, no personal value repeated', async () => {
    const hub = openInMemoryHub({ clock: () => new Date('2025-11-03T09:00:00.000Z') });
    const tally: Tally = { refused: 0, accepted: 0, thrown: [], otherFailures: [], leaks: [] };
    const cases = fc.sample(malformedCommand(caseCommand()), { numRuns: 8_000, seed: 14 });
    const meetings = fc.sample(malformedCommand(meetingCommand()), { numRuns: 1_500, seed: 15 });
    const groupMeetings = fc.sample(malformedCommand(lmgMeetingCommand()), { numRuns: 500, seed: 16 });
    for (const malformed of cases) await send(hub, 'recordCase', malformed, tally);
    for (const malformed of meetings) await send(hub, 'recordMeeting', malformed, tally);
    for (const malformed of groupMeetings) await send(hub, 'recordLMGMeeting', malformed, tally);
    let written = 0;
    for await (const _event of hub.stores.raw.readAll()) written += 1;
    expect({ thrown: tally.thrown.slice(0, 3), otherFailures: tally.otherFailures.slice(0, 3), leaks: tally.leaks.slice(0, 3) }).toEqual({ thrown: [], otherFailures: [], leaks: [] });
    expect({ refused: tally.refused, accepted: tally.accepted, written }).toEqual({ refused: 10_000, accepted: 0, written: 0 });
    await hub.dispose();
  });
});
