/**
 * The elements a page's metadata is read from (<meta>, <link>, <base>, <title>, JSON-LD scripts), found in
 * one query: each query is a walk of the whole document (and, in linkedom, a selector compiled again), and
 * the metadata asks for a dozen keys. Matching follows the selectors it replaces: `rel` and `type` values
 * ignore case as HTML's do, `name`, `property` and `itemprop` don't.
 */

export interface MetaIndex {
  /** The <meta> elements, in document order. */
  metas: Element[];
  /** The first <meta> carrying each key (as property, name or itemprop). */
  first: Map<string, Element>;
  /** The first <base href>, <title> and <link rel=canonical>. */
  base?: Element;
  title?: Element;
  canonical?: Element;
  /** <link rel=original-source>, <meta name=original-source|syndication-source>, in document order. */
  origins: Element[];
  /** <script type=application/ld+json>, in document order. */
  jsonLd: Element[];
}

const KEYS = ['property', 'name', 'itemprop'] as const;
const ORIGIN_NAMES = new Set(['original-source', 'syndication-source']);
const lower = (el: Element, attr: string) => el.getAttribute(attr)?.toLowerCase();

export function metaIndex(doc: Document): MetaIndex {
  const index: MetaIndex = { metas: [], first: new Map(), origins: [], jsonLd: [] };
  for (const el of Array.from(doc.querySelectorAll('meta, link, base, title, script'))) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'META') {
      index.metas.push(el);
      for (const attr of KEYS) {
        const key = el.getAttribute(attr);
        if (key !== null && !index.first.has(key)) index.first.set(key, el);
      }
      if (ORIGIN_NAMES.has(el.getAttribute('name') ?? '')) index.origins.push(el);
    } else if (tag === 'LINK') {
      const rel = lower(el, 'rel');
      if (rel === 'canonical') index.canonical ??= el;
      else if (rel === 'original-source') index.origins.push(el);
    } else if (tag === 'BASE') {
      if (el.hasAttribute('href')) index.base ??= el;
    } else if (tag === 'TITLE') {
      index.title ??= el;
    } else if (tag === 'SCRIPT' && lower(el, 'type') === 'application/ld+json') {
      index.jsonLd.push(el);
    }
  }
  return index;
}
