import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AccessActor } from '@send-hub/access';
import { openInMemoryHub } from '@send-hub/application';
import { authenticate } from '../../examples/http-service/src/authentication/token-authentication';
import { loadProblems } from '../http/answer-tally';
import { casesPerPrematureDiscussion, countyCommands, type OfficerWorkload } from '../http/county-commands';
import { runDirect } from '../http/direct-load';
import { runLoad } from '../http/load-test';
import { signOnToken } from '../http/sign-on-token';

// The pieces of the http benchmark group that decide what counts as a right answer; the
// group itself runs in benchmarks-smoke.test.ts, its figures only in `pnpm bench`.
const signOn = { secret: 'a load-test secret of at least thirty-two bytes', issuer: 'https://sign-on.council.example', audience: 'send-hub' };
const settings = { key: new TextEncoder().encode(signOn.secret), issuer: signOn.issuer, audience: signOn.audience, algorithms: ['HS256'] };

describe('the load test’s sign-on tokens', () => {
  const actor: AccessActor = { id: 'officer-3', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] };

  it('are accepted by the example service’s own token checks, naming the actor', async () => {
    const checked = await authenticate(settings, { authorization: `Bearer ${signOnToken(signOn, actor)}` });
    expect(checked).toEqual({ _tag: 'Right', right: actor });
  });

  it('are refused when signed with another secret or expired', async () => {
    const forged = await authenticate(settings, { authorization: `Bearer ${signOnToken({ ...signOn, secret: 'another secret of at least thirty-two bytes!' }, actor)}` });
    expect(forged).toMatchObject({ _tag: 'Left', left: { details: { status: 401 } } });
    const old = await authenticate(settings, { authorization: `Bearer ${signOnToken(signOn, actor, new Date(Date.now() - 2 * 3_600_000))}` });
    expect(old).toMatchObject({ _tag: 'Left', left: { details: { status: 401 } } });
  });
});

describe('a county’s commands for the load test', () => {
  const workloads = countyCommands(10, 40);

  it('gives every officer the same number of commands, each working in one district, with child references of their own', () => {
    expect(workloads.map((workload) => workload.commands.length)).toEqual(Array(10).fill(40));
    expect(new Set(workloads.slice(0, 8).map((workload) => workload.actor.districts[0])).size).toBe(8);
    const references = workloads.flatMap((workload) => workload.commands.flatMap((planned) => (planned.command.type === 'Refer' ? [planned.command.referral.childReference] : [])));
    expect(new Set(references).size).toBe(references.length);
    for (const workload of workloads) {
      for (const { command } of workload.commands) if (command.type === 'Refer') expect(workload.actor.districts).toEqual([command.referral.district]);
    }
  });

  it('is the same every time (seeded) and plans an early discussion in about one case in eight', () => {
    expect(countyCommands(10, 40)).toEqual(workloads);
    const refusals = workloads.flatMap((workload) => workload.commands.filter((planned) => planned.expect === 'consent-required'));
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((planned) => planned.command.type === 'Discuss')).toBe(true);
    for (const workload of workloads) {
      const cases = workload.commands.filter((planned) => planned.command.type === 'Refer').length;
      expect(workload.commands.filter((planned) => planned.expect === 'consent-required').length).toBeLessThanOrEqual(Math.ceil(cases / casesPerPrematureDiscussion));
    }
  });

  it('is recorded by a hub as planned: every command recorded but the planned refusals, which the hub refuses for want of consent', async () => {
    const hub = openInMemoryHub();
    await hub.readModels.start();
    try {
      const outcome = await runDirect(hub, workloads);
      expect(loadProblems(outcome, 400)).toEqual([]);
      expect(outcome.refusalsPlanned).toBeGreaterThan(0);
      expect(outcome.refusalsMeant).toBe(outcome.refusalsPlanned);
      expect(outcome.recorded).toBe(400 - outcome.refusalsPlanned);
      expect(outcome.highestPosition).toBe(await hub.stores.raw.headPosition());
    } finally {
      await hub.dispose();
    }
  });

  it('counts an answer the plan did not expect as a problem, naming the command but no personal value', async () => {
    const [first] = workloads;
    if (first === undefined) throw new Error('no workload');
    // The officer's first command (a referral) marked as one the hub should refuse: the hub records it instead.
    const wrongPlan: OfficerWorkload = { ...first, commands: first.commands.map((planned, index) => (index === 0 ? { ...planned, expect: 'consent-required' } : planned)) };
    const hub = openInMemoryHub();
    await hub.readModels.start();
    try {
      const outcome = await runDirect(hub, [wrongPlan]);
      const problems = loadProblems(outcome, 40);
      expect(problems.join(' ')).toContain(`Refer of case ${first.commands[0]?.command.caseId ?? ''} (expected consent-required): recorded`);
      const referral = first.commands[0]?.command;
      if (referral?.type !== 'Refer') throw new Error('the first command is not a referral');
      expect(problems.join(' ')).not.toContain(referral.referral.personal.childName);
    } finally {
      await hub.dispose();
    }
  });
});

describe('the load test’s clock', () => {
  it('stops at the last answer, not at autocannon’s own end on its one-second tick', async () => {
    // A server that answers every command at once, as recorded: only the load generator's own time is left to measure.
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(201, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ events: [{}], position: null }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const workloads = countyCommands(4, 3);
      let timed = 0;
      const outcome = await runLoad(`http://127.0.0.1:${port}`, workloads, workloads.map(() => 'token'), async (work) => {
        const start = process.hrtime.bigint();
        await work();
        timed = Number(process.hrtime.bigint() - start) / 1e9;
      });
      expect(outcome.answered).toBe(12);
      expect(outcome.seconds).toBeGreaterThan(0);
      expect(outcome.seconds).toBeLessThanOrEqual(timed);
      // Twelve instant answers take milliseconds; timed to autocannon's end they took a second.
      expect(timed).toBeLessThan(0.9);
    } finally {
      server.close();
    }
  });
});
