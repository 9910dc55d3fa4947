/** `text` with its first letter in capitals, to start a sentence with words that stand inside one elsewhere ("the Tamworth hub's meeting"). */
export const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** `text` with its first letter in small letters, to stand inside a sentence ("passed to the Locality Management Group"): the rest keeps its capitals. */
export const uncapitalised = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
