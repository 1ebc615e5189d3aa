/** A line that is wholly one link, headline-long, is a teaser for another story: its sentences credit no one. */
import { describe, expect, it } from 'vitest';
import { detect } from '../lib/detect';
import { outletRegistry } from '../lib/outlets/index';
import type { PageBlock } from '../lib/page';

function sources(text: string, kind: PageBlock['kind'], links: PageBlock['links']): string[] {
  const block: PageBlock = { index: 0, text, links, kind, creditParts: [], pieces: [], creditElement: false };
  return detect({ blocks: [block] }, 'en', outletRegistry()).findings.filter((f) => f.role === 'source').map((f) => f.name);
}

describe('teasers', () => {
  const headline = 'Russia said it would hold talks with Ukraine next week, the foreign ministry announced';
  it.each<[PageBlock['kind']]>([['fringe'], ['body']])('a %s line that is one link to another story credits no one', (kind) => {
    expect(sources(headline, kind, [{ href: 'https://news.example/world/2024/talks', text: headline }])).toEqual([]);
  });
  it('the same sentence as the article\'s own text, or with a link inside it, still credits', () => {
    expect(sources(headline, 'body', [])).not.toEqual([]);
    expect(sources(headline, 'body', [{ href: 'https://news.example/world/2024/talks', text: 'hold talks' }])).not.toEqual([]);
  });
  it('a short linked end credit still counts', () => {
    expect(sources('Source: Reuters', 'fringe', [{ href: 'https://www.reuters.com/world/x', text: 'Source: Reuters' }])).toContain('Reuters');
  });
});
