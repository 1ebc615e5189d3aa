/**
 * A small article of our own, read once by the extension's readers as they start (the reader page reads its
 * HTML, the background analyses its page data) so that their code is compiled before the user's first click:
 * a first read of a 1 MB page took two to four times as long as the next. It has the parts a news page has:
 * navigation, a headline and byline, a captioned photo, body paragraphs with credits, related links, a footer.
 */
import type { PageData } from './page-data';

export const WARM_URL = 'https://warm.invalid/news/bridge';

const PARAGRAPHS = [
  'The river authority said on Monday that the new bridge over the Mellow would open to traffic in the spring, two years after work began.',
  'Engineers lifted the last span into place in March, according to Reuters, and the approach roads on both banks were paved last week.',
  '"We are ready for the first cars," the authority\'s director, Mara Vell, told the Harbour Courier in an interview.',
  'The project cost 40 million euros, the regional government said in a statement, about a tenth more than planned.',
  'Residents of the old quarter had asked for a footpath, which was added to the design in 2023, the city council said.',
  'Traffic on the ferry line is expected to fall by half once the bridge opens, the transport ministry estimated.',
];

const CAPTION = 'The last span of the bridge, lifted in March. Photo: AFP';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The new bridge opens in spring</title>` +
  `<meta property="og:type" content="article"><meta property="og:site_name" content="Valley News"></head><body>` +
  `<header><nav class="menu"><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>` +
  `<main><article><h1>The new bridge opens in spring</h1><p class="byline">By Ada Stone</p>` +
  `<figure><img src="/img/bridge.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure>` +
  `${body}</article><aside class="related"><h2>Related</h2><ul><li><a href="/news/ferry">The ferry's last summer</a></li></ul></aside></main>` +
  `<footer class="site-footer"><p>Copyright Valley News</p></footer></body></html>`;

/** Each paragraph three times over, so the loops run a while. */
const BODY = [0, 1, 2].flatMap((round) => PARAGRAPHS.map((p) => (round ? p.replace('.', `, round ${round}.`) : p)));

/** The article's HTML, for the reader page. */
export const WARM_HTML = page(BODY.map((p) => `<p>${p}</p>`).join(''));

/** The article as the reader gives it to the analysis (the background has no DOM to read HTML with). */
export function warmPageData(): PageData {
  const block = (index: number, text: string, kind: PageData['blocks'][number]['kind']) => ({ index, text, kind, links: [], creditParts: [], pieces: [], creditElement: false });
  return {
    url: WARM_URL,
    pageUrl: WARM_URL,
    base: WARM_URL,
    meta: { title: 'The new bridge opens in spring', site: 'Valley News', authors: [], articleMarked: true, declaredOrigins: [] },
    readerable: true,
    byline: 'By Ada Stone',
    siteName: 'Valley News',
    lang: 'en',
    blocks: [block(4, 'The new bridge opens in spring', 'heading'), block(5, 'By Ada Stone', 'byline'), { ...block(6, CAPTION, 'caption'), image: 'https://warm.invalid/img/bridge.jpg' }, ...BODY.map((p, i) => block(7 + i, p, 'body'))],
  };
}
