/**
 * The copy as HTML (lib/html-copy.ts): kept only when it parses back to the tree it was serialized from and
 * holds the page (no shadow root, none of our elements), made like the walk's copy (no script text but
 * JSON-LD, no comments, each <noscript> holding its live text).
 */
import { describe, expect, it } from 'vitest';
import { PageCopy } from '../lib/copy';
import { holdsThePage, htmlCopy } from '../lib/html-copy';
import { parseDocument } from '../lib/node/load';

const blank = () => parseDocument('<!doctype html><html><head></head><body></body></html>');
const none = () => null;

/** A clock whose every slice is over: the look through pauses as often as it may. */
const sliced = { due: () => true, pause: async () => undefined };

async function viaHtml(live: Document, skip: (el: Element) => boolean = () => false) {
  const html = htmlCopy(live);
  const copy = new PageCopy(blank, parseDocument);
  const elements: Element[] = [];
  copy.begin(undefined, 'https://news.example/story');
  if (html) {
    copy.addHtml(html.part);
    copy.checked(await holdsThePage(html, elements, skip, none, sliced));
  }
  copy.finish();
  return { part: html?.part, copy, elements };
}

describe('the page copied as HTML', () => {
  it('keeps the tree element for element, without script text (but JSON-LD), style text or comments', async () => {
    const live = parseDocument(`<!doctype html><html><head><style>p{color:red}</style><script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <script>var state = "<p>not markup</p>";</script><!-- build 42 --></head><body><article><h2>Dam opens</h2><p>Water flows, <b>officials</b> said.</p><!-- ad slot --></article></body></html>`);
    const { copy, elements } = await viaHtml(live);
    expect(copy.unshaped).toBe(false);
    const doc = copy.docs[0]!;
    expect(doc.querySelector('style')!.textContent).toBe('');
    expect(doc.querySelector('script:not([type])')!.textContent).toBe('');
    expect(doc.querySelector('script[type="application/ld+json"]')!.textContent).toBe('{"@type":"NewsArticle"}');
    expect(doc.documentElement.outerHTML).not.toContain('ad slot');
    expect(elements).toEqual(Array.from(live.querySelectorAll('*')));
    expect(copy.elements.map((el) => el.localName)).toEqual(elements.map((el) => el.localName));
    expect(copy.elements[elements.indexOf(live.querySelector('b')!)]!.textContent).toBe('officials');
  });

  it('sends each <noscript> empty with its live text beside it, and puts the text back', async () => {
    // Scripts on, the live page holds a <noscript>'s content as one text (linkedom parses it as elements:
    // the test makes it text, as a browser would).
    const live = parseDocument('<html><head><noscript></noscript><title>Pier</title></head><body><p>Storm closes the pier, police said.</p><noscript></noscript></body></html>');
    const [head, body] = Array.from(live.querySelectorAll('noscript'));
    head!.textContent = '<img src="https://pixel.example/t.gif">';
    body!.textContent = '<iframe src="https://tags.example/ns"></iframe>';
    const { part, copy } = await viaHtml(live);
    expect(part!.html).not.toContain('pixel.example');
    expect(part!.noscripts).toEqual(['<img src="https://pixel.example/t.gif">', '<iframe src="https://tags.example/ns"></iframe>']);
    expect(copy.unshaped).toBe(false);
    expect(Array.from(copy.docs[0]!.querySelectorAll('noscript')).map((n) => n.textContent)).toEqual(part!.noscripts);
    expect(copy.docs[0]!.querySelector('img, iframe')).toBeNull();
  });

  it('is refused by the reader when the HTML parses back to another tree (a <p> a script put inside a <p>)', async () => {
    const live = parseDocument('<html><body><p id="outer">Lead.</p><p>After.</p></body></html>');
    const inner = live.createElement('p');
    inner.textContent = 'Inside, said the ministry.';
    live.querySelector('#outer')!.appendChild(inner);
    // A parser (a browser's, linkedom's) closes the outer <p> at the inner one's start: a different tree.
    const { part, copy } = await viaHtml(live);
    expect(part!.html).toContain('<p id="outer">Lead.<p>Inside, said the ministry.</p></p>');
    expect(copy.unshaped).toBe(true);
    // The same tree built by no script parses back as it was.
    expect((await viaHtml(parseDocument('<html><body><div id="outer">Lead.<p>Inside.</p></div></body></html>'))).copy.unshaped).toBe(false);
  });

  it('is not sent when a script put in the head what a parser would start the body with', () => {
    const live = parseDocument('<html><head><title>Quay</title><meta charset="utf-8"></head><body><p>Text, the agency said.</p></body></html>');
    expect(htmlCopy(live)).toBeDefined();
    live.head.appendChild(live.createElement('iframe'));
    expect(htmlCopy(live)).toBeUndefined();
    const before = parseDocument('<html><head><title>Quay</title></head><body><p>Text.</p></body></html>');
    before.documentElement.prepend(before.createElement('script'));
    expect(htmlCopy(before)).toBeUndefined();
  });

  it('takes a text with a CR a script wrote as the same tree (a parser ends lines with LF)', async () => {
    const live = parseDocument('<html><head></head><body><figcaption>1 of 2</figcaption><p>Text, the agency said.</p></body></html>');
    live.querySelector('figcaption')!.textContent = 'Photo 1 of 2\r\nCredit: Harbour Images\r';
    const { copy } = await viaHtml(live);
    expect(copy.unshaped).toBe(false);
    // (A browser's parse has LFs there; linkedom's keeps the CRs.)
    expect(copy.docs[0]!.querySelector('figcaption')!.textContent).toMatch(/^Photo 1 of 2\r?\nCredit: Harbour Images/);
  });

  it('does not hold a page with a shadow root or one of our own elements, nor a form whose inputs shadow its properties', async () => {
    const live = parseDocument('<html><body><p>Text.</p><story-card></story-card><form><input name="localName"></form></body></html>');
    const host = live.querySelector('story-card')!;
    const html = htmlCopy(live)!;
    const holds = (skip: (el: Element) => boolean, shadowOf: (el: Element) => ShadowRoot | null) => holdsThePage(html, [], skip, shadowOf, sliced);
    expect(await holds(() => false, none)).toBe(true);
    expect(await holds(() => false, (el) => (el === host ? ({} as ShadowRoot) : null))).toBe(false);
    expect(await holds((el) => el === host, none)).toBe(false);
    // The reader, told so, keeps no copy of it.
    expect((await viaHtml(live, (el) => el === host)).copy.unshaped).toBe(true);
    // As a browser does for <input name="localName"> (linkedom does not).
    const form = live.querySelector('form')!;
    Object.defineProperty(form, 'localName', { value: form.querySelector('input') });
    expect(await holds(() => false, none)).toBe(false);
  });

  it('is read while its check is on the way, and kept only once the check says it holds the page', async () => {
    const live = parseDocument('<html><body><p>Text, the agency said.</p></body></html>');
    const copyOf = () => {
      const copy = new PageCopy(blank, parseDocument);
      copy.begin(undefined, 'https://news.example/story');
      copy.addHtml(htmlCopy(live)!.part);
      copy.finish();
      return copy;
    };
    const settled = async (copy: PageCopy) => Promise.race([copy.checksDone(), new Promise((r) => setTimeout(() => r('waiting'), 50))]);
    const holds = copyOf();
    expect(holds.unshaped).toBe(false);
    expect(await settled(holds)).toBe('waiting');
    holds.checked(true);
    expect(await settled(holds)).toBe(true);
    const refused = copyOf();
    refused.checked(false);
    expect(await settled(refused)).toBe(false);
    // The content script gone before its check came: not known to be the page.
    const gone = copyOf();
    gone.abandon();
    expect(await settled(gone)).toBe(false);
  });
});
