import { resolve } from 'node:path';
import { CliFailure } from '../cli-failure';
import type { CliIo } from '../cli-io';
import { readNamedFile } from '../options/named-file';

/** One command as given: where it stands in the input, and the JSON read from it. */
export interface CommandLine {
  /** The line it starts on, counting from 1. */
  readonly line: number;
  readonly input: unknown;
}

/** The commands as given, and what to call where they came from in a message. */
export interface GivenCommands {
  readonly from: string;
  /** One command given as a single JSON object (over one line or many), not one command a line. */
  readonly single: boolean;
  readonly commands: ReadonlyArray<CommandLine>;
}

const shapeHint = 'Give one command as a JSON object, or many as newline-delimited JSON: one command, a JSON object, on each line.';

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

const notACommand = (where: string, value: unknown): CliFailure =>
  new CliFailure(`${where} is ${Array.isArray(value) ? 'a JSON list' : `the JSON value ${JSON.stringify(value)}`}, not a command (a JSON object).`, shapeHint);

/** The text of the commands: the file named, or standard input for "-". */
export const readCommandsText = async (source: string, io: CliIo): Promise<{ readonly text: string; readonly from: string }> => {
  if (source === '-') return { text: await io.readStandardInput(), from: 'standard input' };
  const path = resolve(io.workingFolder, source);
  return { text: readNamedFile(path, 'file of commands', 'Give the file of commands, or - to read them from standard input.'), from: path };
};

/**
 * The commands in `text`: one JSON object (over as many lines as it likes), or
 * newline-delimited JSON, one command a line, blank lines skipped. A line that is not a
 * JSON object stops everything before anything is recorded, naming the line.
 */
export const commandLinesOf = (text: string, from: string): GivenCommands => {
  const lines = text.split(/\r?\n/);
  const firstLine = lines.findIndex((line) => line.trim() !== '') + 1;
  if (firstLine === 0) throw new CliFailure(`There are no commands in ${from}.`, shapeHint);
  let whole: unknown;
  let wholeProblem = '';
  try {
    whole = JSON.parse(text);
  } catch (error) {
    wholeProblem = error instanceof Error ? error.message : String(error);
  }
  if (wholeProblem === '') {
    if (!isObject(whole)) throw notACommand(`What ${from} holds`, whole);
    return { from, single: true, commands: [{ line: firstLine, input: whole }] };
  }
  const commands: CommandLine[] = [];
  lines.forEach((lineText, index) => {
    if (lineText.trim() === '') return;
    const line = index + 1;
    let input: unknown;
    try {
      input = JSON.parse(lineText);
    } catch (error) {
      // A command written over several lines starts with a line of "{" alone: the problem is in the whole of it.
      if (line === firstLine && /^[{[]$/.test(lineText.trim())) throw new CliFailure(`What ${from} holds is not JSON (${wholeProblem}). Nothing was recorded.`, shapeHint);
      throw new CliFailure(`Line ${line} of ${from} is not JSON (${error instanceof Error ? error.message : String(error)}). Nothing was recorded.`, shapeHint);
    }
    if (!isObject(input)) throw notACommand(`Line ${line} of ${from}`, input);
    commands.push({ line, input });
  });
  return { from, single: false, commands };
};
