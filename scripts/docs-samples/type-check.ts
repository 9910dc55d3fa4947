import { dirname, join } from 'node:path';
import * as ts from 'typescript';
import { repositoryFolder } from './guide-code';

/**
 * Type-checks the scripts and the guides' samples (`scripts/tsconfig.json`), plus extra
 * source texts given as if they were files at the given paths: how the guides' import
 * lines are checked against the packages' real exports. Returns the errors as text.
 */
export const typeErrors = (extraFiles: ReadonlyMap<string, string> = new Map()): ReadonlyArray<string> => {
  const configFile = join(repositoryFolder, 'scripts', 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => { throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')); } });
  if (parsed === undefined) throw new Error(`${configFile} cannot be read.`);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => extraFiles.get(file) ?? readFile(file);
  host.fileExists = (file) => extraFiles.has(file) || fileExists(file);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) => {
    const text = extraFiles.get(file);
    return text === undefined ? getSourceFile(file, language, ...rest) : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, ...extraFiles.keys()], options: parsed.options, host });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.replace(`${dirname(repositoryFolder)}/`, '')}:${line + 1}: ${message}`;
  });
};
