/** Frames: same-origin frames read as part of the page, closed ones that hold content named as unread. */
import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../lib/article';
import { framesOf, looksLikeArticleWithFrames, looksLikeContent, readWithFrames, unreadFrames, type FrameOpener } from '../lib/frames';
import { parseDocument } from '../lib/node/load';
import { readPage } from '../lib/page';
import { Report } from '../lib/report';
import { analyzePage } from '../lib/trace';

/** Node has no frames: a srcdoc is parsed, a src is looked up in `pages`; a sandbox without allow-same-origin is closed. */
const opener = (pages: Record<string, string> = {}): FrameOpener => (frame) => {
  const sandbox = frame.getAttribute('sandbox');
  if (sandbox !== null && !/allow-same-origin/.test(sandbox)) return null;
  const srcdoc = frame.getAttribute('srcdoc');
  if (srcdoc !== null) return parseDocument(srcdoc);
  const html = pages[frame.getAttribute('src') ?? ''];
  return html ? parseDocument(html) : null;
};

const attr = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const STORY = `<article><h1>Ferry timetable cut for the winter</h1>
  <p>The island ferry will sail four times a day instead of six from November, the operator announced on Tuesday, blaming the rising price of fuel and a shortage of crew.</p>
  <p>According to the Northern Isles Transport Board, about 1,200 people cross each day in the summer months and fewer than half as many in winter.</p>
  <p>Residents said the change would make it harder to reach the hospital on the mainland, and a petition against it had gathered 3,000 signatures by Wednesday evening.</p>
  <p>The operator said it would review the timetable in March. <a href="/ferry/timetable">Full timetable</a></p>
</article>`;

/** A site's shell: its navigation and a frame holding the story. */
const shell = (frame: string) => `<!doctype html><html lang="en"><head><title>Ferry news</title></head><body>
  <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
  ${frame}
  <footer>© Harbour Gazette</footer></body></html>`;

const url = 'https://gazette.example/ferry';

describe('frames', () => {
  it('reads an article that sits in a srcdoc frame of an empty shell, and finds its credit', () => {
    const doc = parseDocument(shell(`<iframe srcdoc="${attr(STORY)}" width="800" height="900"></iframe>`));
    expect(looksLikeArticle(doc, false)).toBe(false);
    expect(looksLikeArticleWithFrames(doc, false, opener())).toBe(true);
    const { page, article } = readWithFrames(doc, url, {}, opener());
    expect(page.readerable).toBe(true);
    expect(page.blocks.filter((b) => b.kind === 'body').map((b) => b.text).join('\n')).toContain('Northern Isles Transport Board');
    // Block indexes are page-wide: each names the block of the merged article, whose element lives in the frame.
    for (const b of page.blocks) expect(article.blocks[b.index]!.text).toBe(b.text);
    const report = analyzePage(page);
    expect(report.sources.map((s) => s.name)).toContain('Northern Isles Transport Board');
    expect(report.unread).toBeUndefined();
  });

  it("sets a widget frame's blocks at the frame's place in the article, its links made absolute", () => {
    const widget = `<div class="box"><p>The figures come from a survey of 400 passengers carried out in September, according to the Coastal Travel Institute, which counts crossings each year.</p>
      <p>Read <a href="/survey">the whole survey</a>.</p></div>`;
    const page = `<!doctype html><html><head><title>Ferry</title><meta property="og:type" content="article"></head><body><article>
      <h1>Ferry timetable cut for the winter</h1>
      <p>The island ferry will sail four times a day instead of six from November, the operator announced on Tuesday, blaming fuel.</p>
      <iframe src="/widgets/survey.html" width="600" height="300"></iframe>
      <p>Residents said the change would make it harder to reach the hospital on the mainland, and a petition gathered signatures.</p>
    </article></body></html>`;
    const read = readWithFrames(parseDocument(page), url, {}, opener({ '/widgets/survey.html': widget }));
    const texts = read.page.blocks.map((b) => b.text);
    const at = (start: string) => texts.findIndex((t) => t.startsWith(start));
    expect(at('The island ferry')).toBeLessThan(at('The figures come'));
    expect(at('The figures come')).toBeLessThan(at('Residents said'));
    const links = read.page.blocks.flatMap((b) => b.links.map((l) => l.href));
    expect(links).toContain('https://gazette.example/survey');
    expect(analyzePage(read.page).sources.map((s) => s.name)).toContain('Coastal Travel Institute');
  });

  it.each([
    ['an ad slot written into a same-origin frame', 'id="google_ads_iframe_/1234/news_0"'],
    ['a hidden frame', 'hidden'],
    ['a comment thread', 'class="comments-frame"'],
  ])('does not read %s', (_, attrs) => {
    const ad = '<div><p>Sponsored. Great savings this winter, according to the Acme Savings Bank, which offers new accounts every week.</p></div>';
    const doc = parseDocument(`<!doctype html><html><body>${STORY}<iframe ${attrs} srcdoc="${attr(ad)}" width="300" height="250"></iframe></body></html>`);
    const { page } = readWithFrames(doc, url, {}, opener());
    expect(page.blocks.some((b) => b.text.includes('Acme Savings Bank'))).toBe(false);
    expect(page.unread).toBeUndefined();
  });

  it("reads the frames of a page's copy, which has no window to say what is visible", () => {
    const doc = parseDocument(shell(`<iframe srcdoc="${attr(STORY)}" width="800" height="900"></iframe>`));
    Object.defineProperty(doc, 'defaultView', { value: null });
    // Unrendered, a browser's element says it is not visible.
    (doc.querySelector('iframe') as unknown as { checkVisibility: () => boolean }).checkVisibility = () => false;
    expect(framesOf(doc, opener()).open).toHaveLength(1);
  });

  it('reads frames within frames', () => {
    const inner = `<iframe srcdoc="${attr(STORY)}"></iframe>`;
    const doc = parseDocument(shell(`<iframe srcdoc="${attr(`<html><body>${inner}</body></html>`)}"></iframe>`));
    const { page } = readWithFrames(doc, url, {}, opener());
    expect(page.blocks.some((b) => b.text.includes('Northern Isles Transport Board'))).toBe(true);
  });

  it.each([
    ['another site\'s story', '<iframe src="https://syndicate.example/story/42" width="700" height="900"></iframe>', ['https://syndicate.example/story/42']],
    ['a sandboxed srcdoc', `<iframe sandbox="allow-scripts" srcdoc="${attr(STORY)}" width="700" height="900"></iframe>`, [undefined]],
    ['a frame of the default size', '<iframe src="https://syndicate.example/box"></iframe>', ['https://syndicate.example/box']],
    ['an ad slot', '<iframe id="google_ads_iframe_1" src="https://ads.example/x" width="300" height="250"></iframe>', []],
    ['a video player', '<iframe src="https://www.youtube-nocookie.com/embed/abc" width="640" height="360"></iframe>', []],
    ['a tracking pixel', '<iframe src="https://stats.example/p" width="1" height="1"></iframe>', []],
    ['a hidden frame', '<iframe hidden src="https://syndicate.example/story" width="700" height="900"></iframe>', []],
    ['a frame with no address', '<iframe width="700" height="900"></iframe>', []],
  ])('names a closed frame that holds content as unread: %s', (_, frame, urls) => {
    const doc = parseDocument(shell(`<main><p>Short notice.</p>${frame}</main>`));
    const { unread } = framesOf(doc, opener());
    expect(unread.map((u) => u.url)).toEqual(urls);
    expect(unread.every((u) => u.reason === 'frame')).toBe(true);
    expect(unreadFrames(doc, opener())).toEqual(urls.length ? { unread } : {});
  });

  it('carries the unread frames of an article into its report', () => {
    const doc = parseDocument(`<!doctype html><html><body>${STORY}<iframe src="https://syndicate.example/box" width="700" height="500"></iframe></body></html>`);
    const report = analyzePage(readWithFrames(doc, url, {}, opener()).page);
    expect(report.isArticle).toBe(true);
    expect(report.unread).toEqual([{ reason: 'frame', url: 'https://syndicate.example/box' }]);
    expect(Report.parse(report).unread).toHaveLength(1);
  });

  it('says a page was cut when a block is longer than the read takes', () => {
    const long = 'The council met again and the meeting ran late into the night. '.repeat(3300);
    const page = readPage(parseDocument(`<html><body><article><h1>Council</h1><p>${long}</p></article></body></html>`), url).page;
    expect(page.unread).toEqual([{ reason: 'cut' }]);
    expect(readPage(parseDocument(`<html><body>${STORY}</body></html>`), url).page.unread).toBeUndefined();
  });

  it('takes the layout size where there is one', () => {
    const doc = parseDocument('<iframe src="https://syndicate.example/story"></iframe>');
    const frame = doc.querySelector('iframe')!;
    frame.getBoundingClientRect = () => ({ width: 120, height: 90 }) as DOMRect;
    expect(looksLikeContent(frame)).toBe(false);
  });
});
