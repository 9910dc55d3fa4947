import { describeValidationErrors } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { CliFailure } from '../cli-failure';
import type { GivenCommands } from './command-lines';
import { hubCommandTypes, routeOfType, type HubCommandRoute } from './hub-command-routes';

/** A command checked and ready to record, with the line it came from and where it goes. */
export interface PlannedCommand {
  readonly line: number;
  readonly type: string;
  readonly input: unknown;
  readonly route: HubCommandRoute;
}

/** "The command" when one was given, else "Line 3": how a message names a command. */
export const placeOf = (given: GivenCommands, line: number): string => (given.single ? 'The command' : `Line ${line}`);

const typesHint = `The commands are: ${hubCommandTypes.join(', ')}. docs/event-catalogue.md gives the fields of each.`;

/**
 * Every command checked before any is recorded: it names a command the hub records, and
 * each of its fields is as that command's codec defines it. A bad one stops everything,
 * naming its line, the field and the value, so a file with a mistake on its last line
 * records nothing. What only the rules can judge (the case's history) is left to recording.
 */
export const planCommands = (given: GivenCommands): ReadonlyArray<PlannedCommand> =>
  given.commands.map(({ line, input }) => {
    const where = placeOf(given, line);
    const type: unknown = (input as { readonly type?: unknown }).type;
    const route = routeOfType(type);
    if (route === undefined || typeof type !== 'string') {
      const said = type === undefined ? 'has no "type"' : `has the type ${JSON.stringify(type)}, which is not a command the hub records`;
      throw new CliFailure(`${where} ${said}. Nothing was recorded.`, typesHint);
    }
    const decoded = route.codec.decode(input);
    if (E.isLeft(decoded)) throw new CliFailure(`${where} is not a valid ${type} command: ${describeValidationErrors(decoded.left).join('; ')}. Nothing was recorded.`);
    return { line, type, input, route };
  });
