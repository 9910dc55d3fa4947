import type { Decider } from '@send-hub/core';
import type { Either } from 'fp-ts/Either';
import { isDeepStrictEqual } from 'node:util';
import { differences, plainEnglishProblems, showValue } from './laws/describe-value';

/** A refusal the specification can check: a stable code and a message a person reads. */
interface ExplainedRejection {
  readonly code: string;
  readonly message: string;
}

/** Thrown when a specification does not hold; its message says what was expected and what happened. */
export class DeciderSpecificationFailure extends Error {
  override readonly name = 'DeciderSpecificationFailure';
}

export interface DeciderExpectations<Event, Rejection> {
  /** The command is accepted and produces exactly these events, in this order. */
  readonly then: (expected: ReadonlyArray<Event>) => void;
  /** The command is refused with this code and a plain-English message. */
  readonly thenRejects: (code: Rejection extends ExplainedRejection ? Rejection['code'] : never) => void;
  /** The command is refused with a rejection the predicate accepts (for checking the particulars of the message). */
  readonly thenRejectsWith: (predicate: (rejection: Rejection) => boolean, description?: string) => void;
}

export interface DeciderSpecification<Command, Event, Rejection> {
  readonly given: (history: ReadonlyArray<Event>) => {
    readonly when: (command: Command) => DeciderExpectations<Event, Rejection>;
  };
}

const listEvents = (events: ReadonlyArray<unknown>): string =>
  events.length === 0 ? '  (none)' : events.map((event, index) => `  ${index + 1}. ${showValue(event)}`).join('\n');

/**
 * Given past events, when a command arrives, then these events (or this refusal):
 * an example of a rule written the way a person would state it. Framework-free: a
 * failed expectation throws a `DeciderSpecificationFailure` whose message shows the
 * history, the command, what was expected and the differences, so jest (or any runner)
 * reports it as a failed test.
 *
 *   deciderSpecification(caseDecider)
 *     .given([referred, consentGiven])
 *     .when(discussAtTamworth)
 *     .thenRejects('meeting-in-another-district');
 */
export const deciderSpecification = <Command, Event, State, Rejection>(
  decider: Decider<Command, Event, State, Rejection>,
): DeciderSpecification<Command, Event, Rejection> => ({
  given: (history) => ({
    when: (command) => {
      const decide = (): Either<Rejection, ReadonlyArray<Event>> => {
        let state = decider.initialState;
        for (const event of history) state = decider.evolve(state, event);
        try {
          return decider.decide(command, state);
        } catch (error) {
          return fail('decide threw instead of returning a decision (a bug: refusals are values)', String(error));
        }
      };
      const fail = (expectation: string, outcome: string, details: ReadonlyArray<string> = []): never => {
        throw new DeciderSpecificationFailure(
          [`Expected: ${expectation}`, `But: ${outcome}`, ...details, `Given ${history.length} events:`, listEvents(history), `When: ${showValue(command)}`].join('\n'),
        );
      };
      const refusal = (expectation: string): Rejection => {
        const result = decide();
        if (result._tag === 'Right') return fail(expectation, 'the command was accepted, producing these events:', [listEvents(result.right)]);
        return result.left;
      };
      return {
        then: (expected) => {
          const result = decide();
          if (result._tag === 'Left') return fail(`the command is accepted, producing ${expected.length} events`, `it was refused: ${showValue(result.left)}`);
          if (!isDeepStrictEqual(result.right, expected)) {
            fail('these events:\n' + listEvents(expected), 'the decider produced:\n' + listEvents(result.right), ['Differences:', ...differences(expected, result.right).map((line) => `  ${line}`)]);
          }
        },
        thenRejects: (code) => {
          const rejection = refusal(`a refusal with the code "${String(code)}"`) as unknown as ExplainedRejection;
          if (rejection.code !== code) fail(`a refusal with the code "${String(code)}"`, `it was refused with the code "${rejection.code}": ${rejection.message}`);
          const problems = plainEnglishProblems(rejection.message);
          if (problems.length > 0) fail('a refusal explained in plain English', `${problems.join('; ')}: ${showValue(rejection.message)}`);
        },
        thenRejectsWith: (predicate, description = 'the predicate') => {
          const rejection = refusal(`a refusal satisfying ${description}`);
          if (!predicate(rejection)) fail(`a refusal satisfying ${description}`, `the refusal does not: ${showValue(rejection)}`);
        },
      };
    },
  }),
});
