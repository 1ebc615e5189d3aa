/**
 * The page's copy (lib/snapshot.ts → lib/copy.ts) reads exactly as the page: same page data, same report,
 * and every block maps back to the element it came from, however the copy is sliced. Frames too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articlePage } from './e2e/big-pages';
import { PageCopy } from '../lib/copy';
import { framesOf, readWithFrames, type FrameOpener } from '../lib/frames';
import type { PageData } from '../lib/page-data';
import { parseDocument } from '../lib/node/load';
import { readCopy } from '../lib/read-copy';
import { holdsThePage, htmlCopy } from '../lib/html-copy';
import { decodeChunk, encodeChunk, walk, type Token } from '../lib/snapshot';
import { analyzePage } from '../lib/trace';

const blank = () => parseDocument('<!doctype html><html><head></head><body></body></html>');

/** Copies the documents (the page, then its frames) the way the content script does; `due` ends each slice. */
function copyOf(docs: { doc: Document; frame?: Element; url: string }[], due: () => boolean, skip?: (el: Element) => boolean) {
  const elements: Element[] = [];
  const copy = new PageCopy(blank);
  let chunks = 0;
  for (const { doc, frame, url } of docs) {
    copy.begin(frame ? elements.indexOf(frame) : undefined, url);
    const w = walk(doc, elements, skip);
    for (let tokens: Token[] | null = w.next(due); tokens; tokens = w.next(due)) {
      // As one string, as the message to the reader carries it.
      copy.add(decodeChunk(encodeChunk(tokens)));
      chunks++;
    }
  }
  copy.finish();
  return { copy, elements, chunks };
}

/** Copies a document as its HTML (lib/html-copy.ts), the way the content script tries first. */
async function htmlCopyOf(doc: Document) {
  const elements: Element[] = [];
  const copy = new PageCopy(blank, parseDocument);
  copy.begin(undefined, url);
  const html = htmlCopy(doc);
  if (html) {
    copy.addHtml(html.part);
    copy.checked(await holdsThePage(html, elements, () => false, () => null, { due: () => true, pause: async () => undefined }));
  }
  copy.finish();
  return { copy, elements, part: html?.part };
}

const url = 'https://news.example/story';
const pages = [
  'demo/seed-article-id.html',
  ...readdirSync('test/pages')
    .map((d) => `test/pages/${d}/index.html`)
    .filter((f) => {
      try {
        return !!readFileSync(f);
      } catch {
        return false;
      }
    }),
];
const stable = <T extends { stats?: { ms: number } }>(r: T) => ({ ...r, stats: { ...r.stats, ms: 0 } });

describe('the page copy', () => {
  it.each(pages)('%s reads as the page itself, sliced or not, and maps back to its elements', async (file) => {
    const html = readFileSync(file, 'utf8');
    const live = parseDocument(html);
    // As in a browser with scripts on, a <noscript> holds its content as one text (linkedom parses elements).
    for (const ns of Array.from(live.querySelectorAll('noscript'))) ns.textContent = ns.innerHTML;
    // The page read in place, through the same steps (a stand-in for a copy that is the page itself).
    const all = Array.from(live.querySelectorAll('*'));
    const itself = { docs: [live], opener: () => null, numbers: new Map(all.map((el, i) => [el, i])) } as unknown as PageCopy;
    const analyze = async (page: PageData) => analyzePage(page);
    const direct = await readCopy(itself, { url, force: false, unread: [] }, analyze);
    for (const due of [() => false, () => true]) {
      const { copy, elements } = copyOf([{ doc: live, url }], due);
      const read = await readCopy(copy, { url, force: false, unread: [] }, analyze);
      expect(read.reply.state).toBe(direct.reply.state);
      if (read.reply.state === 'error' || direct.reply.state === 'error') throw new Error('read failed');
      expect(stable(read.reply.report)).toEqual(stable(direct.reply.report));
      expect(read.anchors.map(([block, el, end]) => [block, elements[el], elements[end]])).toEqual(
        direct.anchors.map(([block, el, end]) => [block, all[el], all[end]]),
      );
    }
    const { copy, elements, part } = await htmlCopyOf(live);
    expect(part).toBeDefined();
    expect(copy.unshaped).toBe(false);
    const read = await readCopy(copy, { url, force: false, unread: [] }, analyze);
    if (read.reply.state === 'error' || direct.reply.state === 'error') throw new Error('read failed');
    expect(stable(read.reply.report)).toEqual(stable(direct.reply.report));
    expect(read.anchors.map(([block, el, end]) => [block, elements[el], elements[end]])).toEqual(direct.anchors.map(([block, el, end]) => [block, all[el], all[end]]));
  });

  it('leaves out scripts\' and styles\' text (but JSON-LD) and our own elements, and keeps the tree\'s shape', () => {
    const doc = parseDocument(`<html><head><style>p{color:red}</style><script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <script>var state = 1;</script></head><body><p>One <b>two</b></p><span id="ours"><i>badge</i></span><svg><path d="M0"/></svg></body></html>`);
    const { copy } = copyOf([{ doc, url }], () => false, (el) => el.id === 'ours');
    const out = copy.docs[0]!;
    expect(out.querySelector('style')!.textContent).toBe('');
    expect(out.querySelector('script:not([type])')!.textContent).toBe('');
    expect(out.querySelector('script[type="application/ld+json"]')!.textContent).toBe('{"@type":"NewsArticle"}');
    expect(out.querySelector('#ours')).toBeNull();
    expect(out.body.innerHTML.replace(/\s+/g, ' ')).toContain('<p>One <b>two</b></p>');
    expect(out.querySelector('path')?.getAttribute('d')).toBe('M0');
  });

  it('reads a frame\'s copy as the frame, with its links against the frame\'s own address', async () => {
    const frameHtml = `<article><h1>Ferry timetable cut</h1><p>The island ferry will sail four times a day instead of six from November, the operator said, blaming the price of fuel.</p>
      <p>According to the Northern Isles Transport Board, about 1,200 people cross each day in summer. <a href="timetable">Timetable</a></p></article>`;
    const page = parseDocument(`<html><body><nav><a href="/">Home</a></nav><iframe src="/widget/" width="800" height="900"></iframe></body></html>`);
    const frame = page.querySelector('iframe')!;
    const inner = parseDocument(frameHtml);
    const open: FrameOpener = (f) => (f === frame ? inner : null);
    const direct = readWithFrames(page, url, {}, open);
    const { copy } = copyOf([{ doc: page, url }, { doc: inner, frame, url: 'https://news.example/widget/' }], () => true);
    const viaCopy = readWithFrames(copy.docs[0]!, url, {}, copy.opener, []);
    // Live, a frame's links resolve against its own address (linkedom has none: the test gives it a <base>).
    const links = viaCopy.page.blocks.flatMap((b) => b.links.map((l) => l.href));
    expect(links).toContain('https://news.example/widget/timetable');
    expect(viaCopy.page.blocks.map((b) => b.text)).toEqual(direct.page.blocks.map((b) => b.text));
  });

  it('opens a frame of a copy, which has no layout to say it is hidden (the live page said it is not)', () => {
    const frameOf = (rendered: boolean) => {
      const doc = parseDocument('<html><body><p>Intro</p><iframe src="/widget/" width="800" height="900"></iframe></body></html>');
      if (!rendered) Object.defineProperty(doc, 'defaultView', { value: null });
      const frame = doc.querySelector('iframe')! as Element & { checkVisibility?: () => boolean };
      // Without layout a browser calls every element invisible.
      frame.checkVisibility = () => false;
      return framesOf(doc, () => parseDocument('<p>Widget</p>')).open.length;
    };
    expect(frameOf(true)).toBe(0);
    expect(frameOf(false)).toBe(1);
  });

  it('copies an open shadow root as the page shows it: its tree for the host\'s children, a slot for what is assigned to it', () => {
    const doc = parseDocument(`<html><body><h1>Tram line reopens</h1><story-body><p slot="lead">Lead given to the slot.</p><p>Body text slotted by default.</p><p slot="nowhere">Never shown.</p></story-body><p>After the host.</p></body></html>`);
    const host = doc.querySelector('story-body')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><slot name="lead"></slot><p>Rendered by the component, according to the Valmont Transit Authority.</p><slot></slot><slot name="empty"><i>fallback</i></slot></section>';
    for (const due of [() => false, () => true]) {
      const { copy, elements } = copyOf([{ doc, url }], due);
      const body = copy.docs[0]!.body;
      const text = body.textContent!.replace(/\s+/g, ' ');
      expect(text).toBe('Tram line reopensLead given to the slot.Rendered by the component, according to the Valmont Transit Authority.Body text slotted by default.fallbackAfter the host.');
      // Slots leave no element; every element copied is the copy of the live one of the same number.
      expect(body.querySelector('slot')).toBeNull();
      expect(copy.elements.map((el) => el.localName)).toEqual(elements.map((el) => el.localName));
      expect(elements).toContain(root.querySelector('section p'));
      expect(copy.elements[elements.indexOf(root.querySelector('section p')!)]!.textContent).toContain('Valmont Transit Authority');
    }
  });

  it('copies a 1 MB page in slices and chunks small enough for one message each', () => {
    const doc = parseDocument(articlePage(1_000_000));
    const { chunks, copy } = copyOf([{ doc, url }], () => false);
    expect(chunks).toBeGreaterThan(3);
    expect(copy.elements.length).toBe(doc.querySelectorAll('*').length);
  });
});

describe('a chunk of the copy on its way to the reader', () => {
  it('comes back as the same tokens', () => {
    const tokens: Token[] = [['p', 'class', 'x "y"'], 'text with "quotes" and \u2028', 0, ['svg:path', 'd', 'M0 0'], 0];
    expect(decodeChunk(encodeChunk(tokens))).toEqual(tokens);
  });

  it.each([
    ['not a list', '{"a":1}'],
    ['a number other than 0', '[1]'],
    ['an empty element', '[[]]'],
    ['an attribute that is not text', '[["p","id",3]]'],
    ['null', '[null]'],
  ])('is refused when it holds %s', (_, text) => {
    expect(() => decodeChunk(text)).toThrow();
  });
});
