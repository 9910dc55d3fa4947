import type { Decider } from '@send-hub/core';
import * as fc from 'fast-check';
import { decideInTurn } from './decide-in-turn';
import { plainEnglishProblems, showValue } from './describe-value';

/**
 * Every refusal names one of the decider's rules by its stable code and explains
 * itself in plain English: a person reading it learns what was refused and why.
 */
export const rejectionsExplainThemselvesLaw = <Command, Event, State, Rejection extends { readonly code: string; readonly message: string }>(
  decider: Decider<Command, Event, State, Rejection>,
  commandSequences: fc.Arbitrary<ReadonlyArray<Command>>,
  rules: Readonly<Record<string, string>>,
) =>
  fc.property(commandSequences, (commands) => {
    for (const { command, result } of decideInTurn(decider, commands).decisions) {
      if (result._tag === 'Right') continue;
      const { code, message } = result.left;
      const problems = [...(code in rules ? [] : [`the code "${code}" is not one of the rules (${Object.keys(rules).join(', ')})`]), ...plainEnglishProblems(message)];
      if (problems.length > 0) {
        throw new Error(`A refusal does not explain itself: ${problems.join('; ')}.\nRefusal: ${showValue(result.left)}\nCommand: ${showValue(command)}`);
      }
    }
  });
