/**
 * Big article pages written for the timing tests: a news story whose body is as long as asked, with credit
 * lines, a captioned photo, navigation, related links and a footer around it. Deterministic (no randomness),
 * so every run measures the same page.
 */

const WORDS =
  'council harbour budget river minister tuesday report village bridge weather season market festival school road station union water energy plan'.split(
    ' ',
  );

/** The site's other words: teasers and comments never repeat a sentence of the story. */
const OTHER = 'garden recipe travel museum concert football island coffee winter holiday camera fashion library puzzle'.split(' ');

/** A sentence of plain words, different for each `n`. */
function sentence(n: number, words = 14, list = WORDS): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(list[(n * 7 + i * 3 + (n >> 3)) % list.length]!);
  const s = out.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

/** A body paragraph; every 40th carries a credit line, every 7th a link. */
function paragraph(n: number): string {
  const text = [sentence(n), sentence(n + 1, 18), sentence(n + 2, 11)].join(' ');
  if (n % 40 === 5) return `<p>${text} The figures were confirmed by the harbour office, according to Reuters.</p>`;
  if (n % 40 === 25) return `<p>${text} The Moscow Times reported that the plan was delayed.</p>`;
  if (n % 7 === 3) return `<p>${text} <a href="/story/${n}">More on the ${WORDS[n % WORDS.length]}</a> later.</p>`;
  return `<p>${text}</p>`;
}

const HEAD = (title: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Daily">
<meta property="og:title" content="${title}"></head><body>
<header class="site-header"><nav class="menu">${Array.from({ length: 30 }, (_, i) => `<a href="/section/${i}">Section ${i}</a>`).join(' ')}</nav></header>
<main><article><h1>${title}</h1><p class="byline">By Ana Lind</p>
<figure><img src="/photo.jpg" alt=""><figcaption>Boats in the harbour at dawn. Photo: Reuters</figcaption></figure>`;

const TAIL = `</article>
<aside class="related"><h2>Related</h2><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/related/${i}">Related story ${i}</a></li>`).join('')}</ul></aside></main>
<footer class="site-footer"><p>Copyright Harbour Daily</p></footer></body></html>`;

/** A teaser card of the kind news sites stack around a story (image, kicker, headline, a line of text). */
function card(n: number): string {
  return `<div class="card card--${n % 4}"><a class="card__link" href="/story/${n}"><div class="card__media"><img src="/img/${n}.jpg" alt="" loading="lazy"></div><div class="card__body"><span class="card__kicker">${OTHER[n % OTHER.length]}</span><h3 class="card__title">${sentence(n, 7, OTHER)}</h3><p class="card__teaser">${sentence(n + 3, 12, OTHER)}</p></div></a></div>`;
}

/** A reader's comment under the story. */
function comment(n: number): string {
  return `<div class="comment" id="c${n}"><div class="comment__head"><b>reader${n}</b> <time>2 hours ago</time></div><p>${sentence(n + 5, 16, OTHER)}</p><div class="comment__actions"><button>Reply</button> <button>Like</button></div></div>`;
}

/**
 * An article page of about `bytes` bytes of HTML, shaped like a real one: most of its weight is the site
 * around the story (a state script, styles, teaser grids, comments), the story itself a long read of 100
 * paragraphs per megabyte (at most 400).
 */
export function articlePage(bytes: number): string {
  const paragraphs = Math.min(400, Math.max(60, Math.round(bytes / 10_000)));
  const state = `<script id="__STATE__" type="application/json">${JSON.stringify({ items: Array.from({ length: Math.round(bytes * 0.3 / 120) }, (_, i) => ({ id: i, title: sentence(i, 8, OTHER), slug: `story-${i}` })) })}</script>`;
  const style = `<style>${Array.from({ length: Math.round(bytes * 0.05 / 60) }, (_, i) => `.c${i}{margin:${i % 9}px;color:#${(i * 2654435761 % 0xffffff).toString(16).padStart(6, '0')}}`).join('')}</style>`;
  const head = HEAD('The harbour plan, in full').replace('</head>', `${style}${state}</head>`);
  const body = Array.from({ length: paragraphs }, (_, n) => paragraph(n)).join('\n');
  const filler: string[] = [];
  let size = head.length + body.length + TAIL.length;
  for (let n = 0; size < bytes; n++) {
    const piece = n % 3 === 2 ? comment(n) : card(n);
    filler.push(piece);
    size += piece.length;
  }
  const half = Math.ceil(filler.length / 2);
  const grid = `<section class="more-news">${filler.slice(0, half).join('')}</section>`;
  const comments = `<section class="comments">${filler.slice(half).join('')}</section>`;
  return head + body + TAIL.replace('</main>', `</main>${grid}${comments}`);
}

/** An article of `count` short paragraphs. */
export function paragraphsPage(count: number): string {
  return HEAD('Many short paragraphs') + Array.from({ length: count }, (_, n) => (n % 40 === 5 ? paragraph(n) : `<p>${sentence(n, 6)}</p>`)).join('\n') + TAIL;
}

/** A normal article followed by a list of `count` links (a sitemap-like footer). */
export function linksPage(count: number): string {
  const body = Array.from({ length: 60 }, (_, n) => paragraph(n)).join('\n');
  const links = Array.from({ length: count }, (_, i) => `<li><a href="/archive/${i}">Archive ${i}</a></li>`).join('');
  return HEAD('An article among many links') + body + `</article><ul class="archive">${links}</ul>` + TAIL.replace('</article>', '');
}
