export type ImportRefusalCode = 'line-unreadable' | 'history-tampered' | 'event-undecodable' | 'head-differs' | 'stream-already-exists' | 'import-interrupted';

/** Why an import was refused, naming the first line at fault (counting from 1). */
export interface ImportRefusal {
  readonly _tag: 'ImportRefusal';
  readonly code: ImportRefusalCode;
  readonly line: number;
  readonly message: string;
}

export const refuseImport = (code: ImportRefusalCode, line: number, message: string): ImportRefusal => ({
  _tag: 'ImportRefusal',
  code,
  line,
  message: `Line ${line}: ${message}`,
});
