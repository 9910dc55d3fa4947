import * as t from 'io-ts';

/**
 * One definition gives both the codec and the plain-English labels, so a code can
 * never be valid without a label a person can read (the seed asks to avoid acronyms).
 */
export const codedValues = <Labels extends Record<string, string>>(name: string, labels: Labels) => {
  const codec = t.keyof(labels, name);
  const codes = Object.keys(labels) as Array<keyof Labels & string>;
  return {
    codec,
    labels: labels as Readonly<Labels>,
    codes: codes as ReadonlyArray<keyof Labels & string>,
    label: (code: keyof Labels & string): string => labels[code] ?? code,
  };
};
