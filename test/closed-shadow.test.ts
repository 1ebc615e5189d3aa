/**
 * Closed shadow roots: the copy reads them where the browser opens them to the extension (Chrome's
 * `dom.openOrClosedShadowRoot`, Firefox's `openOrClosedShadowRoot` property), and where it doesn't, the
 * elements that look like they hold one are named as unread.
 */
import { describe, expect, it } from 'vitest';
import { extensionOpener, mayHoldClosedRoot, mayHostShadow, openRoots, unreadShadowHosts, type ShadowOpener } from '../lib/closed-shadow';
import { PageCopy } from '../lib/copy';
import { parseDocument } from '../lib/node/load';
import { walk, type Token } from '../lib/snapshot';

const page = () => {
  const doc = parseDocument(`<!doctype html><html><body><h1>Bridge tolls rise</h1><news-story></news-story><p>After the story.</p></body></html>`);
  const host = doc.querySelector('news-story')!;
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = '<article><p>Tolls on the estuary bridge rise in March, according to the Kestrel Bay Crossing Authority.</p></article>';
  return { doc, host, root };
};

function copiedText(doc: Document, shadowOf?: ShadowOpener): string {
  const copy = new PageCopy(() => parseDocument('<!doctype html><html><head></head><body></body></html>'));
  copy.begin(undefined, 'https://news.example/a');
  const w = walk(doc, [], undefined, shadowOf);
  for (let tokens: Token[] | null = w.next(() => false); tokens; tokens = w.next(() => false)) copy.add(tokens);
  copy.finish();
  return copy.docs[0]!.body.textContent ?? '';
}

describe('closed shadow roots', () => {
  it('are copied where the extension API opens them, and left out where only open roots are', () => {
    const { doc, host, root } = page();
    const dom = { openOrClosedShadowRoot: (el: HTMLElement) => (el === host ? (root as unknown as ShadowRoot) : null) };
    const opener = extensionOpener(dom, doc.documentElement)!;
    expect(copiedText(doc, opener)).toContain('Kestrel Bay Crossing Authority');
    expect(copiedText(doc, openRoots)).not.toContain('Kestrel Bay Crossing Authority');
    expect(copiedText(doc)).not.toContain('Kestrel Bay Crossing Authority');
  });

  it("takes Firefox's element property where there is no dom API", () => {
    const { doc, host, root } = page();
    Object.defineProperty(Object.getPrototypeOf(host), 'openOrClosedShadowRoot', {
      configurable: true,
      get(this: Element) {
        return this === host ? root : null;
      },
    });
    try {
      const opener = extensionOpener(undefined, doc.documentElement)!;
      expect(opener(host)).toBe(root);
      expect(copiedText(doc, opener)).toContain('Kestrel Bay Crossing Authority');
    } finally {
      delete (Object.getPrototypeOf(host) as { openOrClosedShadowRoot?: unknown }).openOrClosedShadowRoot;
    }
  });

  it('asks the API only about elements a page may attach a root to, and a refusal opens nothing', () => {
    const { doc, host } = page();
    const asked: string[] = [];
    const opener = extensionOpener(
      {
        openOrClosedShadowRoot: (el) => {
          asked.push(el.localName);
          throw new TypeError('not an element the API takes');
        },
      },
      doc.documentElement,
    )!;
    const empty = doc.createElement('div');
    for (const el of [host, doc.querySelector('h1')!, empty, doc.createElement('video'), doc.createElement('input')]) expect(opener(el)).toBeNull();
    // The heading shows its own text: a closed root would hide it, so it is not asked about.
    expect(asked).toEqual(['news-story', 'div']);
    expect(['div', 'span', 'x-widget', 'section'].every((tag) => mayHostShadow(doc.createElement(tag)))).toBe(true);
    expect(['video', 'input', 'img', 'td'].some((tag) => mayHostShadow(doc.createElement(tag)))).toBe(false);
  });

  it('asks only about custom elements and elements that show nothing of their own (each ask is a call into the browser)', () => {
    const doc = parseDocument(`<!doctype html><html><body><div id="empty"></div><div id="blank">
      </div><news-card id="card"><p>Light text</p></news-card><p id="text">A paragraph.</p><div id="parent"><span>x</span></div><section id="bare"></section>
      <span id="note"> <!-- an editor's note --> </span><span id="late"> <!-- note --> Text after a comment.</span><p id="nbsp">\u00a0</p></body></html>`);
    const asked = (id: string) => mayHoldClosedRoot(doc.getElementById(id)!);
    expect(['empty', 'blank', 'card', 'bare', 'note', 'nbsp'].every(asked)).toBe(true);
    expect(['text', 'parent', 'late'].some(asked)).toBe(false);
  });

  it('is undefined where the browser opens no closed root', () => {
    expect(extensionOpener(undefined, page().doc.documentElement)).toBeUndefined();
    expect(extensionOpener({}, page().doc.documentElement)).toBeUndefined();
  });

  it('names as unread, without the API, a custom element that shows a text-sized box while holding no node of its own', () => {
    const doc = parseDocument(`<!doctype html><html><body><news-story id="big"></news-story><share-button id="small"></share-button>
      <news-story id="filled"><p>Light text</p></news-story><div id="plain"></div></body></html>`);
    const sizes: Record<string, [number, number]> = { big: [700, 900], small: [40, 40], filled: [700, 900], plain: [700, 900] };
    for (const el of doc.querySelectorAll('[id]')) {
      const [width, height] = sizes[el.id]!;
      (el as { getBoundingClientRect: () => unknown }).getBoundingClientRect = () => ({ width, height });
    }
    expect(unreadShadowHosts(doc)).toEqual([{ reason: 'shadow' }]);
  });
});
