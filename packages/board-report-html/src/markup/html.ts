/**
 * Markup the page may hold as it is. Everything else handed to `element` is text and is
 * escaped on the way in, so a district called "<script>" can only ever be read, never run.
 */
export class Markup {
  constructor(readonly html: string) {}
}

export type Content = Markup | string | number | null | undefined | false | ReadonlyArray<Content>;

export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => entities[character] ?? character);

/** Attribute values are numbers in charts: one decimal place is finer than a screen shows. */
const attributeValue = (value: string | number): string => (typeof value === 'number' ? String(Math.round(value * 10) / 10) : value);

const attributesHtml = (attributes: Attributes): string =>
  Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(attributeValue(value as string | number))}"`))
    .join('');

const contentHtml = (content: Content): string => {
  if (content instanceof Markup) return content.html;
  if (content === null || content === undefined || content === false) return '';
  if (typeof content === 'string') return escapeHtml(content);
  if (typeof content === 'number') return escapeHtml(String(content));
  return content.map(contentHtml).join('');
};

/** HTML elements that have no closing tag. */
const voidElements = new Set(['meta', 'br', 'hr', 'img', 'link', 'input', 'col', 'wbr']);

/** One element; every other element, SVG ones included, is closed explicitly so the page parses the same everywhere. */
export const element = (name: string, attributes: Attributes = {}, ...children: Content[]): Markup => {
  const open = `<${name}${attributesHtml(attributes)}>`;
  return new Markup(voidElements.has(name) ? open : `${open}${contentHtml(children)}</${name}>`);
};

export const fragment = (...children: Content[]): Markup => new Markup(contentHtml(children));

/** For the page's own constant text, such as the stylesheet; never for anything from a report. */
export const trustedMarkup = (html: string): Markup => new Markup(html);
