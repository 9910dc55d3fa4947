import type { Decider } from '@send-hub/core';
import * as fc from 'fast-check';
import { decideInTurn } from './decide-in-turn';
import { showValue } from './describe-value';

/**
 * Whatever commands arrive, the decider never accepts one that leaves a history its
 * rules forbid. `ruleBreaches` is an independent reading of the rules over a whole
 * history (for cases: `caseHistoryBreaches`); it returns plain-English breaches,
 * none for a lawful history. Checked after every accepted command, so a failure names
 * the command that let the breach in.
 */
export const deciderNeverBreaksItsRulesLaw = <Command, Event, State, Rejection>(
  decider: Decider<Command, Event, State, Rejection>,
  commandSequences: fc.Arbitrary<ReadonlyArray<Command>>,
  ruleBreaches: (history: ReadonlyArray<Event>) => ReadonlyArray<string>,
) =>
  fc.property(commandSequences, (commands) => {
    const { decisions } = decideInTurn(decider, commands);
    decisions.forEach(({ command, history, result }, index) => {
      if (result._tag === 'Left') return;
      const breaches = ruleBreaches([...history, ...result.right]);
      if (breaches.length > 0) {
        throw new Error(
          `Command ${index + 1} of ${commands.length} was accepted but breaks the rules:\n  ${breaches.join('\n  ')}\n` +
            `Command: ${showValue(command)}\nEvents it produced: ${showValue(result.right)}\nHistory before it: ${history.length} events`,
        );
      }
    });
  });
