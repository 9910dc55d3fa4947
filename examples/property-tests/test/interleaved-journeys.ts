import type { CaseCommand } from '@send-hub/core';
import { validCaseJourney, type CaseJourneyOptions } from '@send-hub/testing';
import * as fc from 'fast-check';

/**
 * The council's extract holds the hub's own activity; the Locality Management Group keeps
 * its minutes (its meetings, and what it decided) apart. So a journey is taken only as far
 * as the group's first discussion.
 */
const untilTheGroup = (journey: ReadonlyArray<CaseCommand>): CaseCommand[] => {
  const first = journey.findIndex((command) => command.type === 'DiscussAtLMG');
  return first === -1 ? [...journey] : journey.slice(0, first);
};

export interface Interleaved {
  readonly journeys: ReadonlyArray<ReadonlyArray<CaseCommand>>;
  /** Every journey's commands, interleaved as a night's extract would hold them; each journey's own order kept. */
  readonly commands: ReadonlyArray<CaseCommand>;
}

const childOf = (journey: ReadonlyArray<CaseCommand>): string | undefined => {
  const first = journey[0];
  return first?.type === 'Refer' ? first.referral.childReference : undefined;
};

/**
 * Up to `maxCases` valid journeys (distinct cases of distinct children: the journeys run at
 * once, and a child has one open case at a time), their steps interleaved by a drawn order.
 */
export const interleavedJourneys = (maxCases: number, options: CaseJourneyOptions = {}): fc.Arbitrary<Interleaved> =>
  fc
    .uniqueArray(validCaseJourney(options).map(untilTheGroup), { minLength: 1, maxLength: maxCases, selector: childOf })
    .filter((journeys) => new Set(journeys.map((journey) => journey[0]?.caseId)).size === journeys.length)
    .chain((journeys) => {
      const steps = journeys.reduce((total, journey) => total + journey.length, 0);
      return fc.array(fc.nat({ max: journeys.length - 1 }), { minLength: steps, maxLength: steps }).map((picks) => {
        const next = journeys.map(() => 0);
        const commands: CaseCommand[] = [];
        // Each pick takes the next step of that journey, or of the first journey with steps left.
        for (const pick of picks) {
          const chosen = [pick, ...journeys.keys()].find((index) => (next[index] ?? 0) < (journeys[index]?.length ?? 0)) ?? 0;
          const command = journeys[chosen]?.[next[chosen] ?? 0];
          if (command !== undefined) commands.push(command);
          next[chosen] = (next[chosen] ?? 0) + 1;
        }
        return { journeys, commands };
      });
    });
