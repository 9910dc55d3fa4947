/**
 * A decider's rules as a table: for every rejection code, an example the rule lets
 * through and one it refuses (a `Record` over the codes, so a new rule does not compile
 * until it has its pair). `describeRuleTable` turns the table into two tests a rule.
 */
export interface RuleExample<Command, Event> {
  readonly given: ReadonlyArray<Event>;
  readonly when: Command;
}

export interface RuleExamplePair<Example> {
  readonly accepted: Example;
  readonly refused: Example;
}

/** What the table's tests use of a decider specification (`deciderSpecification` of @send-hub/testing gives it). */
interface RuleSpecification<Command, Event, Code> {
  given(history: ReadonlyArray<Event>): {
    when(command: Command): {
      then(expected: ReadonlyArray<Event>): void;
      thenRejects(code: Code): void;
      thenRejectsWith(predicate: (rejection: { readonly message: string }) => boolean, description?: string): void;
    };
  };
}

export interface RuleTable<Code extends string, Command, Event, Example extends RuleExample<Command, Event>> {
  /** What each rule is called in the test names, e.g. "the meeting rule". */
  readonly ruleCalled: string;
  readonly examples: Readonly<Record<Code, RuleExamplePair<Example>>>;
  /** Each rule in words: a refusal's message ends with it. */
  readonly rules: Readonly<Record<Code, string>>;
  /** The one event an accepted example's command is recorded as. */
  readonly recordedAs: (command: Command) => Event;
  /** The decider an example is checked against (one with the council's settings it needs). */
  readonly specificationFor: (example: Example) => RuleSpecification<Command, Event, Code>;
}

/**
 * For every rule of the table: its accepted example is recorded as the one event
 * `recordedAs` gives, and its refused example is refused with the rule's code and a
 * plain-English message ending with the rule.
 */
export const describeRuleTable = <Code extends string, Command, Event, Example extends RuleExample<Command, Event>>(table: RuleTable<Code, Command, Event, Example>): void => {
  const rows = Object.entries(table.examples) as Array<[Code, RuleExamplePair<Example>]>;
  describe.each(rows)(`${table.ruleCalled} "%s"`, (code, { accepted, refused }) => {
    it(`lets through: ${table.rules[code]}`, () => {
      table.specificationFor(accepted).given(accepted.given).when(accepted.when).then([table.recordedAs(accepted.when)]);
    });

    it('refuses what breaks it, saying why in plain English', () => {
      const refusal = table.specificationFor(refused).given(refused.given).when(refused.when);
      refusal.thenRejects(code);
      refusal.thenRejectsWith((rejection) => rejection.message.endsWith(table.rules[code]), 'a message ending with the rule');
    });
  });
};
