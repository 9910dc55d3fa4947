/** `text` with its first letter in capitals, to start a sentence with words that stand inside one elsewhere ("the Tamworth hub's meeting"). */
export const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
