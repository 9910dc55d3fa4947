/**
 * Small checks on the page's markup, enough to catch a tag left open or text left
 * unescaped, without a parser dependency: the browser test checks the real parse.
 */
const voidElements = new Set(['meta', 'br', 'hr', 'img', 'link', 'input', 'col', 'wbr']);
const rawTextElements = new Set(['style', 'script']);

const tagPattern = /<!--[\s\S]*?-->|<!DOCTYPE html>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/"']+(?:="[^"<]*")?)*)\s*(\/?)>/g;

/** Every problem found: a stray "<", a tag closed out of order or never, a bad entity. */
export const markupProblems = (html: string): string[] => {
  const problems: string[] = [];
  const open: string[] = [];
  let at = 0;
  const textBetween = (text: string, where: number) => {
    const stray = text.indexOf('<');
    if (stray >= 0) problems.push(`a stray "<" at ${where + stray}: ${JSON.stringify(text.slice(stray, stray + 40))}`);
    for (const match of text.matchAll(/&(?!(?:amp|lt|gt|quot|#\d+);)/g)) problems.push(`an unescaped "&" at ${where + (match.index ?? 0)}`);
  };
  for (const match of html.matchAll(tagPattern)) {
    const index = match.index ?? 0;
    const [whole, closing, name = '', attributes = '', selfClosing] = match;
    const current = open[open.length - 1];
    if (current !== undefined && rawTextElements.has(current)) {
      if (closing !== '/' || name !== current) continue;
    } else textBetween(html.slice(at, index), at);
    at = index + whole.length;
    if (whole.startsWith('<!')) continue;
    textBetween(attributes.replace(/="[^"]*"/g, ''), index);
    for (const value of attributes.matchAll(/="([^"]*)"/g)) textBetween(value[1] ?? '', index);
    const tag = name.toLowerCase();
    if (closing === '/') {
      if (open.pop() !== tag) problems.push(`</${tag}> at ${index} closes <${current ?? 'nothing'}>`);
    } else if (!voidElements.has(tag) && selfClosing !== '/') open.push(tag);
  }
  textBetween(html.slice(at), at);
  if (open.length > 0) problems.push(`never closed: ${open.join(' > ')}`);
  return problems;
};

/** How many elements of each name the markup opens. */
export const elementCounts = (html: string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const match of html.replace(/<style>[\s\S]*?<\/style>/g, '').matchAll(/<([a-zA-Z][\w-]*)[\s>/]/g)) {
    const name = (match[1] ?? '').toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
};

const decode = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_entity, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');

/** What a person can read or hear: text between tags, plus titles and labels, with entities decoded. */
export const readableText = (html: string): string => {
  const withoutStyle = html.replace(/<style>[\s\S]*?<\/style>/g, ' ');
  const labels = [...withoutStyle.matchAll(/(?:aria-label|title)="([^"]*)"/g)].map((match) => match[1] ?? '');
  return decode([withoutStyle.replace(/<[^>]*>/g, ' '), ...labels].join(' ')).replace(/\s+/g, ' ');
};

/** The rows of the table with this caption: each row's cells as text (headings included). */
export const tableRows = (html: string, caption: string): string[][] => {
  const tables = html.split('<table>').slice(1).map((part) => part.slice(0, part.indexOf('</table>')));
  const wanted = tables.filter((table) => decode(/<caption>([\s\S]*?)<\/caption>/.exec(table)?.[1] ?? '') === caption);
  if (wanted.length !== 1) throw new Error(`Expected one table captioned "${caption}", found ${wanted.length}.`);
  return [...(wanted[0] ?? '').matchAll(/<tr(?: [^>]*)?>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => decode((cell[1] ?? '').replace(/<[^>]*>/g, '')).trim()),
  );
};
