import { caseRules } from '@send-hub/core';
import { boardFigures } from '@send-hub/projection-board';
import { openActionsByOwner } from '@send-hub/projection-district';
import { caseCommandSequence, plainEnglishProblems, validCaseJourney } from '@send-hub/testing';
import { either as E } from 'fp-ts';
import * as fc from 'fast-check';
import type { CouncilRecord } from '../src/council-records';
import { commandForRecord } from '../src/record-to-command';
import { councilRecordFor } from './council-extract';
import { foldCases } from './independent-fold';
import { interleavedJourneys } from './interleaved-journeys';
import { configuration, decidedEvents, recordThroughAdapter, storedEventsOf } from './record-through-adapter';

// Runs are few and journeys short: the suite is meant to take seconds in CI; raise numRuns locally to search harder.
// A run that takes longer than the timeout fails as a counterexample instead of hanging the suite.
const throughTheHub = { numRuns: 15, timeout: 10_000 };

describe('the council’s case-management adapter', () => {
  it('reads back exactly the command each council record was written from: its reading loses nothing', () => {
    fc.assert(
      fc.property(validCaseJourney(), (journey) => {
        journey.forEach((command, index) => {
          const mapped = commandForRecord(councilRecordFor(command, index + 1, configuration), configuration, 'education');
          expect(mapped).toEqual(E.right({ command, actor: { id: 'case-management:jpatel', role: 'SEND caseworker', agency: 'education' } }));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('records every valid journey, several cases interleaved, without a single refusal', async () => {
    await fc.assert(
      fc.asyncProperty(interleavedJourneys(3), async ({ commands }) => {
        const { hub, outcomes } = await recordThroughAdapter(commands);
        try {
          expect(outcomes.filter((outcome) => outcome.status !== 'recorded')).toEqual([]);
          expect(outcomes).toHaveLength(commands.length);
        } finally {
          await hub.dispose();
        }
      }),
      throughTheHub,
    );
  });

  it('never loses an event: each case’s stream holds exactly what the rules decide, in order, and nothing else is stored but each child’s record of their cases', async () => {
    await fc.assert(
      fc.asyncProperty(interleavedJourneys(3), async ({ journeys, commands }) => {
        const { hub, outcomes } = await recordThroughAdapter(commands);
        try {
          const expected = decidedEvents(commands);
          for (const journey of journeys) {
            const caseId = journey[0]?.caseId ?? '';
            expect(await storedEventsOf(hub, caseId)).toEqual(expected.filter((event) => event.caseId === caseId));
          }
          const told = outcomes.reduce((count, outcome) => count + (outcome.status === 'recorded' ? outcome.eventTypes.length : 0), 0);
          expect(told).toBe(expected.length);
          // Each referral is also started on the child's own stream (decision 40): one event more per referral.
          const referrals = expected.filter((event) => event.type === 'Referred').length;
          expect(await hub.stores.raw.headPosition()).toBe(BigInt(expected.length + referrals));
        } finally {
          await hub.dispose();
        }
      }),
      throughTheHub,
    );
  });

  it('leaves the read models agreeing with an independent fold of the same events', async () => {
    await fc.assert(
      fc.asyncProperty(interleavedJourneys(3), async ({ commands }) => {
        const { hub } = await recordThroughAdapter(commands);
        try {
          const folded = foldCases(decidedEvents(commands));
          const open = [...folded].filter(([, known]) => !known.closed);
          expect(hub.readModels.district((model) => [...model.cases.keys()].sort())).toEqual(open.map(([caseId]) => caseId).sort());
          for (const district of new Set(open.map(([, known]) => known.district))) {
            const expectedActions = open.filter(([, known]) => known.district === district && known.consent !== 'withdrawn').flatMap(([, known]) => [...known.openActionIds]);
            const listed = hub.readModels.district((model) => openActionsByOwner(model, district).flatMap((owner) => owner.actions.map((action) => action.actionId)));
            expect(listed.sort()).toEqual(expectedActions.sort());
          }
          // Journeys start from 2023/24 and may run on for years: the board's yearly figures add up to every referral and escalation.
          const years = ['2023/24', '2024/25', '2025/26', '2026/27', '2027/28', '2028/29'];
          const volumes = years.map((academicYear) => hub.readModels.board((model) => boardFigures(model, { academicYear })).volumes);
          expect(volumes.reduce((total, year) => total + year.referrals, 0)).toBe(folded.size);
          expect(volumes.reduce((total, year) => total + year.escalations, 0)).toBe([...folded.values()].filter((known) => known.escalated).length);
        } finally {
          await hub.dispose();
        }
      }),
      throughTheHub,
    );
  });

  it('explains every refusal and every record it cannot read in plain English, with the rule’s code', async () => {
    const seen = { recorded: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(caseCommandSequence(), async (commands) => {
        const { hub, outcomes } = await recordThroughAdapter(commands);
        try {
          for (const outcome of outcomes) {
            if (outcome.status === 'recorded' || outcome.status === 'refused') seen[outcome.status] += 1;
            expect({ message: outcome.message, problems: plainEnglishProblems(outcome.message) }).toEqual({ message: outcome.message, problems: [] });
            if (outcome.status === 'refused') expect(Object.keys(caseRules)).toContain(outcome.code);
            expect(outcome.message).toMatch(/^Record \d+ \((REFERRAL|CONSENT|CONSENT WITHDRAWN|HUB DISCUSSION|ACTIONS AGREED|REVIEW|VOICE|ESCALATION|GROUP DISCUSSION|MOVE|CLOSURE) of \d{2}\/\d{2}\/\d{4}\)/);
          }
        } finally {
          await hub.dispose();
        }
      }),
      throughTheHub,
    );
    // The sequences mix valid steps with broken ones: a run that met no refusal would prove nothing.
    expect(seen.recorded).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it('names the field and the value (never a personal one) when a council record cannot be read, and sends nothing for it', () => {
    const garbled = validCaseJourney().chain((journey) =>
      fc.tuple(fc.constantFrom(...journey), fc.constantFrom('date written the hub’s way', 'district misspelt', 'unknown census code', 'empty name')).map(([command, fault]) => ({ command, fault })),
    );
    fc.assert(
      fc.property(garbled, ({ command, fault }) => {
        const record = councilRecordFor(command, 7, configuration);
        // Each fault and the value the message must quote.
        const [broken, value]: [CouncilRecord, string] =
          fault === 'date written the hub’s way'
            ? [{ ...record, date: command.occurredOn }, command.occurredOn]
            : record.activity !== 'REFERRAL'
              ? [{ ...record, date: '31/02/2026' }, '31/02/2026']
              : fault === 'district misspelt'
                ? [{ ...record, district: record.district.toUpperCase() }, record.district.toUpperCase()]
                : fault === 'unknown census code'
                  ? [{ ...record, pupil: { ...record.pupil, yearGroup: 'Year 9' } }, 'Year 9']
                  : [{ ...record, pupil: { ...record.pupil, name: '' } }, ''];
        const mapped = commandForRecord(broken, configuration, 'education');
        expect(mapped).toMatchObject({ _tag: 'Left', left: { code: 'record-not-understood' } });
        const message = E.isLeft(mapped) ? mapped.left.message : '';
        expect(plainEnglishProblems(message)).toEqual([]);
        // A personal field (the child's name) is named, and its value never repeated.
        if (fault === 'empty name' && record.activity === 'REFERRAL') expect(message).toContain('childName: expected personal data: a text of 1 to 2,000 characters, received text of 0 characters');
        else expect(message).toContain(`"${value}"`);
      }),
      { numRuns: 100 },
    );
  });
});
