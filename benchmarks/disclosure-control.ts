import { openInMemoryHub } from '@send-hub/application';
import { publishBoard, type BoardPublication, type BoardPublicationRequest } from '@send-hub/projection-board';
import { createSimulation } from '@send-hub/simulation';
import type { BenchmarkContext } from './support/benchmark-context';
import { check, groupResult, type GroupResult } from './support/benchmark-result';
import { perSecond, timeRounds, type Side } from './support/timing';

/** The county as `send-hub simulate` makes it by default: eight districts, a year, 12 referrals per district per half term. */
const simulated = { seed: 'staffordshire', halfTerms: 6, referralsPerDistrictPerHalfTerm: 12 } as const;

/**
 * Publishing the Partnership Board's reports for the simulated county, the county's and every
 * district's for a year, with suppression decided over the whole linked set, against building
 * the same reports with no suppression (every figure, key, sum and report, no patterns sought).
 */
export const disclosureControl = async (context: BenchmarkContext): Promise<GroupResult> => {
  const parameters = context.settings.quick ? { ...simulated, referralsPerDistrictPerHalfTerm: 2 } : simulated;
  const simulation = createSimulation(parameters);
  const hub = openInMemoryHub(simulation.hubOptions);
  try {
    const report = await simulation.run(hub);
    await hub.readModels.start();
    let published: BoardPublication | undefined;
    const publish = (request: BoardPublicationRequest): Side => async (time) => {
      await time(() => {
        const result = hub.readModels.board((model) => publishBoard(model, request));
        if (result._tag === 'Left') throw new Error(result.left.message);
        published = result.right;
      });
    };
    const timings = await timeRounds(context, 'disclosure control', {
      'linked set suppressed': publish({ academicYears: ['2025/26'], threshold: 5 }),
      'same reports unsuppressed': publish({ academicYears: ['2025/26'], suppress: false }),
    });
    const suppressed = hub.readModels.board((model) => publishBoard(model, { academicYears: ['2025/26'], threshold: 5 }));
    if (suppressed._tag === 'Left' || published === undefined) throw new Error('The simulated county could not be published.');
    const { disclosure } = suppressed.right;
    return groupResult({
      issue: 14,
      title: "Disclosure control over the simulated county's published set: the county's report and the eight districts' as one linked set",
      settings: { simulation: { ...parameters }, referrals: report.referrals, reports: suppressed.right.reports.length, ...disclosure, threshold: 5, rounds: context.settings.rounds },
      checks: [
        check({
          name: 'publish the linked set with suppression',
          measures: "publishBoard(model, { academicYears: ['2025/26'], threshold: 5 }): every figure of the nine reports, keyed and linked, small counts withheld and a protection pattern found for each",
          unit: 'publications/s',
          figure: perSecond(1, timings['linked set suppressed']),
          baseline: { measures: 'the same nine reports built with suppression off (publishBoard with suppress: false)', figure: perSecond(1, timings['same reports unsuppressed']) },
        }),
      ],
      notes: [
        `${disclosure.withheld} of ${disclosure.figures} figures withheld, ${disclosure.smallCounts} of them counts from 1 to 5; ${disclosure.lastResorts} small counts needed the last resort.`,
        "The attacker's check of the same set (every withheld figure solved for its least and greatest value) is a test, packages/simulation/test/published-set-disclosure.test.ts, not timed here.",
      ],
    });
  } finally {
    await hub.dispose();
  }
};
