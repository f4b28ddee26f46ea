import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtomFeed } from './atom';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });

  it('escapes an ampersand once, even when it already looks like an entity', () => {
    expect(escapeXml('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
  });

  it('drops characters XML cannot carry and keeps tabs, line breaks and non-Latin text', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeXml('Türkiye\tSverige\nПольша\r\n🚀')).toBe('Türkiye\tSverige\nПольша\r\n🚀');
  });
});

describe('renderAtomFeed', () => {
  it('writes the Atom namespace, the required elements and escaped values', () => {
    const xml = renderAtomFeed({
      id: 'tag:example.org,2025:feed',
      title: 'A & B',
      updated: '2025-06-24T00:00:00Z',
      self: 'https://example.org/api/feed.atom?country=PL&match=all',
      alternate: 'https://example.org/initiatives?country=PL&match=all',
      author: 'Tracker',
      entries: [
        {
          id: 'tag:example.org,2025:initiative/1',
          title: '<script>',
          updated: '2025-06-24T00:00:00Z',
          link: 'https://example.org/initiatives/x',
          summary: '"quoted"',
          category: 'initiative',
        },
      ],
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('<title type="text">A &amp; B</title>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://example.org/api/feed.atom?country=PL&amp;match=all"/>',
    );
    expect(xml).toContain('<title type="text">&lt;script&gt;</title>');
    expect(xml).toContain('<summary type="text">&quot;quoted&quot;</summary>');
    expect(xml).toContain('<author>\n    <name>Tracker</name>\n  </author>');
  });
});
