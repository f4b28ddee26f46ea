/**
 * A minimal Atom 1.0 (RFC 4287) writer: the few elements the feed uses, every text and attribute
 * value passed through `escapeXml`. Small enough to test exhaustively, so no XML library is needed.
 */

/** Characters XML 1.0 cannot carry even escaped (most C0 controls, lone surrogates, U+FFFE/F). */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe for XML element content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(notXmlChar, '').replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

export interface AtomEntry {
  /** A permanent IRI, e.g. a tag: URI; never changes when the entry is updated. */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  /** The page the entry is about. */
  link: string;
  summary: string;
  /** A category term, e.g. "initiative" or "joined". */
  category?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** RFC 3339 date-time of the latest change. */
  updated: string;
  /** The feed's own URL. */
  self: string;
  /** The web page showing the same thing. */
  alternate: string;
  author: string;
  entries: AtomEntry[];
}

const text = (name: string, value: string, indent: string) =>
  `${indent}<${name}>${escapeXml(value)}</${name}>`;

const link = (rel: string, href: string, type: string, indent: string) =>
  `${indent}<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;

function renderEntry(entry: AtomEntry): string {
  const indent = '    ';
  return [
    '  <entry>',
    text('id', entry.id, indent),
    `${indent}<title type="text">${escapeXml(entry.title)}</title>`,
    text('updated', entry.updated, indent),
    link('alternate', entry.link, 'text/html', indent),
    ...(entry.category ? [`${indent}<category term="${escapeXml(entry.category)}"/>`] : []),
    `${indent}<summary type="text">${escapeXml(entry.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

export function renderAtomFeed(feed: AtomFeed): string {
  const indent = '  ';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    text('id', feed.id, indent),
    `${indent}<title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle
      ? [`${indent}<subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`]
      : []),
    text('updated', feed.updated, indent),
    link('self', feed.self, 'application/atom+xml', indent),
    link('alternate', feed.alternate, 'text/html', indent),
    `${indent}<author>`,
    text('name', feed.author, `${indent}  `),
    `${indent}</author>`,
    ...feed.entries.map(renderEntry),
    '</feed>',
    '',
  ].join('\n');
}
