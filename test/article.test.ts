/** Reading the article out of a page: the body, captions and credits, and what is furniture. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../lib/blocks';
import { parseDocument } from '../lib/node/load';
import { readPage } from '../lib/page';

const page = (path: string, url = 'https://diario.example/nota') => readPage(parseDocument(readFileSync(path, 'utf8')), url).page;

describe('article', () => {
  it('takes the body the page declares (JSON-LD articleBody) when Readability picks notice boxes', () => {
    const { blocks, readerable } = page('test/pages/notice-boxes/index.html');
    expect(readerable).toBe(true);
    const body = blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    expect(body.some((t) => t.startsWith('Según el ministerio de Transportes'))).toBe(true);
    expect(body.some((t) => t.startsWith('Estamos recopilando'))).toBe(false);
  });

  it('keeps the seed page\'s comments, related links and footer out of the article', () => {
    const texts = page('demo/seed-article-id.html').blocks.map((b) => b.text).join('\n');
    expect(texts).toContain('Menurut TASS');
    expect(texts).not.toMatch(/Komentar \(0\)|Berita terkait|Hak cipta/);
  });

  it('reads a newline inside text as a space and <br> as a line break', () => {
    const doc = parseDocument('<html><body><p>Clinton said,\n  The New York Times\nreported.<br>Photo: AP</p></body></html>');
    expect(collectBlocks(doc.body!).map((b) => b.text)).toEqual(['Clinton said, The New York Times reported.\nPhoto: AP']);
  });

  it('finds credit elements glued inside a caption', () => {
    const doc = parseDocument(`<html><body><article>
      <p>${'The house stands at the end of a quiet street in the old town, near the river. '.repeat(5)}</p>
      <figure><img src="/a.jpg"><figcaption><span>The house in Braunau am Inn, Austria.</span><span class="credit">Leonhard Foeger / Reuters file</span></figcaption></figure>
      <p>${'Officials said the building would be converted within two years, after a long debate. '.repeat(4)}</p>
    </article></body></html>`);
    const caption = readPage(doc, 'https://news.example/a').page.blocks.find((b) => b.kind === 'caption')!;
    expect(caption.creditParts).toEqual(['Leonhard Foeger / Reuters file']);
    expect(caption.image).toBe('https://news.example/a.jpg');
  });
});

describe('photo credits where pages print them', () => {
  it('finds credits in a hero figure (in a header of the page, outside the article), the article header, unnamed spans, inline asides, a schema.org copyrightHolder; not counters or related boxes', async () => {
    const { trace } = await import('../lib/trace');
    const report = trace(parseDocument(readFileSync('test/pages/captions/index.html', 'utf8')), 'https://ledger.example/floods');
    expect(report.photoCredits.map((p) => p.credit).sort()).toEqual(
      ['@rivercam', 'Dana Kowal / Reuters file', 'Lena Ortiz. AFP', 'Mia Chen/AP Video', 'Tom Reyes for The Valley Ledger'].sort(),
    );
  });
});

describe('the lead picture in a busy container', () => {
  it('takes the caption just before the body, though the container also holds a long list of links', async () => {
    const { trace } = await import('../lib/trace');
    const report = trace(parseDocument(readFileSync('test/pages/hero-busy/index.html', 'utf8')), 'https://news.example/read/1');
    expect(report.photoCredits.map((p) => p.credit)).toEqual(['Tangkapan layar Kanal YouTube Warta Kota']);
    expect(report.sources).toEqual([]);
  });
});

describe('the body, whole', () => {
  const report = async () => {
    const { trace } = await import('../lib/trace');
    return trace(parseDocument(readFileSync('test/pages/split-body/index.html', 'utf8')), 'https://city.example/harbour');
  };

  it('keeps short paragraphs among the body, the rest behind a "read more" expander, and the end credit after it', async () => {
    const names = (await report()).sources.map((s) => s.name).sort();
    expect(names).toEqual(['Harbour Gazette', 'Port Authority', 'Waterfront Business Association']);
  });

  it('does not read an author box named "creditos" as a photo credit, nor a teaser repeating the lead', async () => {
    const r = await report();
    expect(r.photoCredits).toEqual([]);
    const { page } = readPage(parseDocument(readFileSync('test/pages/split-body/index.html', 'utf8')), 'https://city.example/harbour');
    expect(page.blocks.filter((b) => b.kind === 'body' && b.links.length > 0)).toEqual([]);
  });
});

describe('credit elements beside images', () => {
  it('reads a copyright line under an image, a credit in a figure footer; not an author box with a portrait', async () => {
    const { trace } = await import('../lib/trace');
    const html = `<html><body><article>
      <div class="single-image"><div class="media"><img src="/a.jpg"></div><div class="single-image__meta"><div class="a-copyright">© Shutterstock/racorn</div></div></div>
      <p>${'The ten principles come from a book about a long and happy life on a small island. '.repeat(4)}</p>
      <figure><picture><img src="/b.jpg"></picture><footer class="credit"><span class="copyright">APA/Georg Hochmuth</span></footer></figure>
      <p>${'She was known for her sharp wit and for the balls she organised in the city every winter. '.repeat(4)}</p>
      <div class="author"><img src="/avatar.jpg"><div class="creditos-nota"><span class="autores">Published by Ana Ruiz</span></div></div>
    </article></body></html>`;
    const report = trace(parseDocument(html), 'https://magazin.example/a');
    expect(report.photoCredits.map((p) => p.credit).sort()).toEqual(['APA/Georg Hochmuth', 'Shutterstock/racorn']);
  });
});

describe('what is not a photo credit', () => {
  it('drops bylines, timestamps and brackets around a credit', async () => {
    const { captionCredits } = await import('../lib/detect/photo');
    const { outletRegistry } = await import('../lib/outlets/index');
    const credits = (text: string, pieces: string[] = []) => captionCredits(text, 0, false, outletRegistry(), [], pieces).map((f) => f.name);
    expect(credits('Police at the scene. (Luis Sinco / Los Angeles Times)')).toEqual(['Luis Sinco / Los Angeles Times']);
    expect(credits('x', ['Ein Zug im Bahnhof.', 'Von Markus Balser und Klaus Ott'])).toEqual([]);
    expect(credits('x', ['Der Zug.', '© 17:27 17.03.2020 12:01'])).toEqual([]);
  });
});

describe('a saved page with two <body> tags', () => {
  it('reads the content of both, as a browser does (scripts between head and body; a page without <html>)', () => {
    const text = 'According to the Harbour Authority, the pier reopens on Monday after two weeks of repairs to its deck. ';
    const scripts = `<!doctype html><html><head><title>Pier</title></head><script>var a = 1;</script><body><article><p>${text.repeat(3)}</p></article></body></html>`;
    const bare = `<head><title>Pier</title></head><head><meta charset="utf-8"></head><body><article><p>${text.repeat(3)}</p></article></body>`;
    for (const html of [scripts, bare]) {
      const { page } = readPage(parseDocument(html), 'https://news.example/pier');
      expect(page.blocks.some((b) => b.kind === 'body' && b.text.startsWith('According to the Harbour Authority'))).toBe(true);
    }
  });
});
