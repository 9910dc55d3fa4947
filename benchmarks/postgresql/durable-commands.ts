import type { CaseCommand } from '@send-hub/core';
import type { BenchmarkContext } from '../support/benchmark-context';
import { check, type Check } from '../support/benchmark-result';
import type { CaseJourney } from '../support/case-journeys';
import { perSecond, timeRounds, type Side } from '../support/timing';
import { FastestRound, percentile, recordInTurn, shareOut } from '../sqlite/concurrent-writers';
import { openEmmettPostgres, recordInTurnThroughEmmett } from './emmett-postgresql';
import { openBenchmarkHub } from './postgres-hub';
import type { ScratchSchemas } from './server';

export const writerCounts = [1, 8, 64] as const;

const writersLabel = (writers: number): string => `${writers} writer${writers === 1 ? '' : 's'}`;

const hubMeasures = (writers: number): string =>
  `openPostgresHub as a council embeds it (read models not started), ${writersLabel(writers)} recording at the same time, each command awaited in turn: decoded, its case loaded through the state cache, decided, encoded, personal fields encrypted (a new key per child in the schema's key table), hash-chained, appended and committed (synchronous_commit on) before it is acknowledged`;

const emmettMeasures = (writers: number): string =>
  `Emmett's DeciderCommandHandler over its PostgreSQL event store (pooled, as it opens by default), the same case decider, ${writersLabel(writers)} at the same time, each command awaited: read the case's stream, fold it, decide, append through its append function in a transaction with the expected stream version (no decoding, no encryption, no hash chain)`;

/**
 * Durable commands on the server: 1, 8 and 64 officers recording the same seeded
 * journeys at the same time, through openPostgresHub and through Emmett's PostgreSQL
 * store, the sides taking turns, each round of ours in a fresh schema, each of Emmett's in the
 * run's Emmett database, emptied first.
 */
export const durableCommands = async (
  context: BenchmarkContext,
  schemas: ScratchSchemas,
  connectionString: string,
  emmettConnection: string,
  journeys: ReadonlyArray<CaseJourney>,
): Promise<ReadonlyArray<Check>> => {
  const commandCount = journeys.reduce((total, journey) => total + journey.commands.length, 0);
  const fastest = new Map<string, FastestRound>();
  const expectWritten = (side: string, written: number) => {
    if (written < commandCount) throw new Error(`${side} wrote ${written} events for ${commandCount} commands.`);
  };

  const hubSide = (writers: number): Side => {
    const officers = shareOut(journeys, writers);
    const round = new FastestRound();
    fastest.set(`hub ${writers}`, round);
    return async (time) => {
      const schema = schemas.next(`hub commands ${writers}`);
      const hub = await openBenchmarkHub(connectionString, schema);
      const latencies: number[] = [];
      let seconds = 0;
      try {
        await time(async () => {
          const start = process.hrtime.bigint();
          await Promise.all(officers.map((commands) => recordInTurn(hub, commands, latencies)));
          seconds = Number(process.hrtime.bigint() - start) / 1e9;
        });
      } finally {
        await hub.dispose();
        await schemas.drop(schema);
      }
      round.keep(latencies, seconds);
    };
  };

  const emmettSide = (writers: number): Side => {
    const officers: ReadonlyArray<ReadonlyArray<CaseCommand>> = shareOut(journeys, writers);
    const round = new FastestRound();
    fastest.set(`emmett ${writers}`, round);
    return async (time) => {
      const store = await openEmmettPostgres(emmettConnection);
      const latencies: number[] = [];
      let seconds = 0;
      let written = 0;
      try {
        await store.schema.dangerous.truncate({ resetSequences: true });
        await time(async () => {
          const start = process.hrtime.bigint();
          const counts = await Promise.all(officers.map((commands) => recordInTurnThroughEmmett(store, commands, latencies)));
          written = counts.reduce((total, count) => total + count, 0);
          seconds = Number(process.hrtime.bigint() - start) / 1e9;
        });
      } finally {
        await store.close();
      }
      expectWritten("Emmett's handler", written);
      round.keep(latencies, seconds);
    };
  };

  const sides: Record<string, Side> = {};
  for (const writers of writerCounts) {
    sides[`hub, ${writersLabel(writers)}`] = hubSide(writers);
    sides[`Emmett, ${writersLabel(writers)}`] = emmettSide(writers);
  }
  const timings = await timeRounds(context, 'postgresql: durable commands', sides);
  const latencies = (side: string) => fastest.get(side)?.latencies ?? [];

  return writerCounts.flatMap((writers): Check[] => {
    const hub = perSecond(commandCount, timings[`hub, ${writersLabel(writers)}`] ?? { best: Number.NaN, rounds: [] });
    const emmett = perSecond(commandCount, timings[`Emmett, ${writersLabel(writers)}`] ?? { best: Number.NaN, rounds: [] });
    const latency = (label: string, share: number): Check =>
      check({
        name: `${writersLabel(writers)}: ${label} latency`,
        measures: `time from calling hub.recordCase to its durable acknowledgement, ${label} over every command of the hub's fastest round`,
        unit: 'ms',
        figure: percentile(latencies(`hub ${writers}`), share),
        baseline: { measures: `the ${label} of Emmett's handler over every command of its fastest round, ${writersLabel(writers)}`, figure: percentile(latencies(`emmett ${writers}`), share) },
      });
    return [
      check({
        name: `commands, ${writersLabel(writers)}`,
        measures: hubMeasures(writers),
        unit: 'commands/s',
        figure: hub,
        baseline: { measures: emmettMeasures(writers), figure: emmett },
        goal: { on: 'ratio', atLeast: 2, text: "at least twice Emmett's PostgreSQL store" },
      }),
      latency('median', 0.5),
      latency('99th percentile', 0.99),
    ];
  });
};
