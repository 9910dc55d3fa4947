import { statisticalSymbols, type PublishedCount } from '@send-hub/projection-board';

/**
 * A figure as the page may show it. A withheld figure carries nothing but its symbol: charts
 * and tables are drawn from this alone, so no bar, label or attribute can hint at what was
 * hidden, nor even at why (a small count, or one that could be worked out from a total).
 */
export type ShownFigure =
  | { readonly kind: 'value'; readonly value: number; readonly shown: string }
  | { readonly kind: 'withheld'; readonly shown: typeof statisticalSymbols.confidential }
  | { readonly kind: 'not-applicable'; readonly shown: typeof statisticalSymbols.notApplicable }
  | { readonly kind: 'not-available'; readonly shown: typeof statisticalSymbols.notAvailable };

export const withheld: ShownFigure = { kind: 'withheld', shown: statisticalSymbols.confidential };
const notApplicable: ShownFigure = { kind: 'not-applicable', shown: statisticalSymbols.notApplicable };
export const notAvailable: ShownFigure = { kind: 'not-available', shown: statisticalSymbols.notAvailable };

export const figureOfCount = (count: PublishedCount): ShownFigure => (count.kind === 'count' ? { kind: 'value', value: count.value, shown: count.shown } : withheld);

/** A figure the board report already wrote out: "1,234", "12.5%", "14 days", or a symbol. */
export const figureOfText = (shown: string): ShownFigure => {
  if (shown === statisticalSymbols.confidential) return withheld;
  if (shown === statisticalSymbols.notApplicable) return notApplicable;
  if (shown === statisticalSymbols.notAvailable) return notAvailable;
  const match = /^(-?[\d,]+(?:\.\d+)?)(?:%| days?)?$/.exec(shown.trim());
  return match?.[1] === undefined ? notAvailable : { kind: 'value', value: Number(match[1].replace(/,/g, '')), shown };
};

/** What a screen reader or a tooltip says for a figure. */
export const spokenFigure = (figure: ShownFigure): string => {
  switch (figure.kind) {
    case 'value':
      return figure.shown;
    case 'withheld':
      return `${figure.shown}, withheld to protect confidentiality`;
    case 'not-applicable':
      return `${figure.shown}, not applicable`;
    case 'not-available':
      return `${figure.shown}, not available`;
  }
};

export const largestValue = (figures: ReadonlyArray<ShownFigure>): number => figures.reduce((largest, figure) => (figure.kind === 'value' ? Math.max(largest, figure.value) : largest), 0);
