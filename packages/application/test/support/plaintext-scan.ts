import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Something that must not be readable in a file: a personal value, or a destroyed key's bytes. */
export interface Needle {
  readonly label: string;
  readonly forms: ReadonlyArray<{ readonly encoding: string; readonly bytes: Buffer }>;
}

export interface ScanHit {
  readonly file: string;
  readonly needle: string;
  readonly encoding: string;
}

export interface ScanResult {
  readonly filesScanned: number;
  readonly bytesScanned: number;
  readonly files: ReadonlyArray<string>;
  readonly hits: ReadonlyArray<ScanHit>;
}

/** Each character as `\uXXXX` where it is not plain ASCII, as JSON writers that escape everything do. */
const asciiEscaped = (text: string): string => [...text].map((character) => (/^[\x20-\x7e]$/.test(character) ? character : `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)).join('');

const swapBytePairs = (bytes: Buffer): Buffer => Buffer.from(bytes).swap16();

/** A piece of text as the bytes any file the hub writes could hold it in: UTF-8, UTF-16 both ways, JSON-escaped both ways. */
export const textNeedle = (text: string): Needle => {
  const utf16 = Buffer.from(text, 'utf16le');
  const forms = [
    { encoding: 'UTF-8', bytes: Buffer.from(text, 'utf8') },
    { encoding: 'UTF-16 little-endian', bytes: utf16 },
    { encoding: 'UTF-16 big-endian', bytes: swapBytePairs(utf16) },
    { encoding: 'JSON-escaped', bytes: Buffer.from(JSON.stringify(text).slice(1, -1), 'utf8') },
    { encoding: 'JSON-escaped as ASCII', bytes: Buffer.from(asciiEscaped(text), 'utf8') },
  ];
  const distinct = forms.filter((form, index) => forms.findIndex((other) => other.bytes.equals(form.bytes)) === index);
  return { label: text, forms: distinct };
};

/** Key material as raw bytes, hexadecimal and base64. */
export const bytesNeedle = (label: string, bytes: Uint8Array): Needle => {
  const raw = Buffer.from(bytes);
  return {
    label,
    forms: [
      { encoding: 'raw bytes', bytes: raw },
      { encoding: 'hexadecimal', bytes: Buffer.from(raw.toString('hex'), 'utf8') },
      { encoding: 'base64', bytes: Buffer.from(raw.toString('base64'), 'utf8') },
    ],
  };
};

const filesUnder = (folder: string): string[] =>
  readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });

/** Reads every byte of every file under `folder` and looks for every form of every needle. */
export const scanFolder = (folder: string, needles: ReadonlyArray<Needle>): ScanResult => {
  const files = filesUnder(folder);
  const hits: ScanHit[] = [];
  let bytesScanned = 0;
  for (const file of files) {
    const content = readFileSync(file);
    bytesScanned += content.length;
    for (const needle of needles) {
      for (const form of needle.forms) if (content.includes(form.bytes)) hits.push({ file: relative(folder, file), needle: needle.label, encoding: form.encoding });
    }
  }
  return { filesScanned: files.length, bytesScanned, files: files.map((file) => relative(folder, file)), hits };
};
