/** Reading the article out of a page: the body, captions and credits, and what is furniture. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectBlocks } from '../lib/blocks';
import { coverage } from '../lib/coverage';
import { parseDocument } from '../lib/node/load';
import { readPage } from '../lib/page';

const page = (path: string, url = 'https://diario.example/nota') => readPage(parseDocument(readFileSync(path, 'utf8')), url).page;

// The tests below that trace import the pipeline and build the outlet registry the first time: seconds on a
// loaded machine, more than one test's 5 s. Done once here, with time to spare.
beforeAll(async () => {
  const { outletRegistry } = await import('../lib/outlets/index');
  await import('../lib/trace');
  outletRegistry();
}, 60_000);

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
  it("reads a figure's <cite> as its picture's credit, a plain name too; not a quotation's <cite>", async () => {
    const { trace } = await import('../lib/trace');
    const doc = parseDocument(`<html><body><article><h1>Smog returns to the valley</h1>
      <p>${'The haze settled over the valley again this week, and schools kept children indoors. '.repeat(5)}</p>
      <figure><img src="/chart.png"><span><figcaption>Fine particles rose all autumn.</figcaption><cite><a href="https://x.example/">Harbor Air Monitor</a></cite></span></figure>
      <p>${'Farmers burned stubble in the fields around the city, as they do every November. '.repeat(4)}</p>
      <figure><blockquote><p>We have to act before the next winter comes.</p></blockquote><figcaption>— <cite>Mayor Lena Ortiz</cite></figcaption></figure>
      <p>${'The council will vote on new rules for burning in the spring, officials said. '.repeat(4)}</p>
    </article></body></html>`);
    const report = trace(doc, 'https://valley.example/smog');
    expect(report.photoCredits.map((p) => p.credit)).toEqual(['Harbor Air Monitor']);
  });

  it('reads a figure the page wraps in a button that enlarges it (its caption and credit), not a plain button', async () => {
    const { trace } = await import('../lib/trace');
    const doc = parseDocument(`<html><body><article><h1>Ferry service cut for the winter</h1>
      <p>${'The island ferry will sail twice a day from November, the operator told passengers this week. '.repeat(5)}</p>
      <button class="lightbox" type="button"><span>View 3 Images</span><figure><img src="/ferry.jpg"><figcaption><p>Passengers boarding at the pier<cite class="media-credit">(Image: Ola Berg via Northlight)</cite></p></figcaption></figure></button>
      <p>${'Islanders say the cut leaves workers stranded on the mainland after late shifts in town. '.repeat(4)}</p>
      <button type="button">Photo: Share this story</button>
      <p>${'The council will ask the operator to restore the evening crossing before the summer. '.repeat(4)}</p>
    </article></body></html>`);
    const report = trace(doc, 'https://coast.example/ferry');
    expect(report.photoCredits.map((p) => p.credit)).toEqual(['Ola Berg via Northlight']);
  });


  it('finds credits in a hero figure (in a header of the page, outside the article), the article header, unnamed spans, inline asides, a schema.org copyrightHolder; not counters or related boxes', async () => {
    const { trace } = await import('../lib/trace');
    const report = trace(parseDocument(readFileSync('test/pages/captions/index.html', 'utf8')), 'https://ledger.example/floods');
    expect(report.photoCredits.map((p) => p.credit).sort()).toEqual(
      ['@rivercam', 'Dana Kowal / Reuters file', 'Lena Ortiz. AFP', 'Mia Chen/AP Video', 'Tom Reyes for The Valley Ledger'].sort(),
    );
  });
});

describe('caption and credit markup of other shapes', () => {
  it('reads a data-credit attribute, an attribution span, a closing picture agency, a video box\'s "Source:", "Courtesy of", "Photo illustration by", one unnamed span beside the text; not a caption\'s date', async () => {
    const { trace } = await import('../lib/trace');
    const report = trace(parseDocument(readFileSync('test/pages/caption-shapes/index.html', 'utf8')), 'https://harbourgazette.example/ferry');
    expect(report.photoCredits.map((p) => p.credit).sort()).toEqual(
      ['Coastline Television', 'Harbour Works Ltd', 'Kai Lund', 'Nils Aho for The Island Post', 'Olga Brandt', 'Piet Maas/Getty Images', 'Shutterstock'].sort(),
    );
    // "Courtesy of" credits the picture, not the story; a caption's "Source:" stays a source too (a chart's data come from it).
    expect(report.sources.map((s) => s.name)).toEqual(['Coastline Television']);
  });
});

describe('captions a gallery or a lead picture prints in markup of its own', () => {
  it('reads a teaser\'s credit span that holds all of its block\'s text, and a caption line printed as a heading around a credit span', async () => {
    const { trace } = await import('../lib/trace');
    const report = trace(parseDocument(readFileSync('test/pages/gallery-captions/index.html', 'utf8')), 'https://ledger.example/ferry');
    expect(report.photoCredits.map((p) => p.credit).sort()).toEqual(['HARBOUR POLICE, ASSOCIATED PRESS', 'Nora Vance']);
    expect(report.sources).toEqual([]);
  });
});

describe('a caption named with an underscore', () => {
  it('reads <span class="img_descr"> beside its picture as the caption, not as a body paragraph', () => {
    const para = (t: string) => `<p>${t.repeat(4)}</p>`;
    const doc = parseDocument(`<html lang="zh"><body><article>
      ${para('市政府周二宣布，全市将新建二十座社区公园，预计明年夏天前完工，方便居民日常锻炼。')}
      <div class="img_wrapper"><img src="/p/park.jpg" alt=""><span class="img_descr">2024年5月3日，杭州，在西湖边散步的游客。（视觉中国）</span></div>
      ${para('负责人表示，新公园将配备健身器材和步道，并在周末向公众开放更长时间。')}
    </article></body></html>`);
    const caption = readPage(doc, 'https://xinwen.example/a').page.blocks.find((b) => b.text.includes('西湖'))!;
    expect(caption.kind).toBe('caption');
  });

  it('reads an abbreviated class ("img_cptn") and a media box\'s description ("media-block__description") beside a picture as captions; not a description box with no picture', () => {
    const para = (t: string) => `<p>${t.repeat(4)}</p>`;
    const text = 'The port authority said on Monday that the new terminal would open in June, a year later than planned. ';
    const doc = parseDocument(`<html lang="en"><body><article>${para(text)}
      <div class="_a1b img_cptn"><img src="/p/quay.jpg" alt="">File photo of the old quay at dusk. (Reuters)</div>
      ${para(text)}
      <div class="media-block"><img src="/p/ferry.jpg" alt=""><div class="media-block__description">Ferry / Tom Reyes/Harbour Times</div></div>
      ${para(text)}
      <div class="product-description">Free shipping on orders over ten dollars (AP)</div>
    </article></body></html>`);
    const kinds = readPage(doc, 'https://harbour.example/a').page.blocks.map((b) => [b.text.slice(0, 12), b.kind]);
    expect(kinds).toContainEqual(['File photo o', 'caption']);
    expect(kinds).toContainEqual(['Ferry / Tom ', 'caption']);
    expect(kinds).not.toContainEqual(['Free shippin', 'caption']);
  });

  it('leaves a caption\'s "show more" toggle (role="button") out of its text, as it leaves a <button>', () => {
    const doc = parseDocument('<html><body><figure><img src="/a.jpg"><figcaption>The knife found in the flat. Foto: Harbour Police <span class="toggle" role="button">Vis mer</span></figcaption></figure></body></html>');
    expect(collectBlocks(doc.body!).map((b) => b.text)).toEqual(['The knife found in the flat. Foto: Harbour Police']);
  });
});

describe('a caption named by its id alone', () => {
  it('reads <div id="caption_news"> under the lead picture as its caption, and its credit', async () => {
    const para = (t: string) => `<p>${t.repeat(3)}</p>`;
    const doc = parseDocument(`<html lang="id"><body><div class="berita">
      <h1>Pasar tradisional ramai jelang Lebaran</h1>
      <div id="image_news"><img src="/img/pasar.jpg" alt=""><div id="caption_news">Pedagang melayani pembeli di Pasar Baru, Kamis (4/4). Harga bawang merah naik. (ANTARA FOTO/Rina Wulandari)</div></div>
      ${para('Harga sejumlah bahan pokok di pasar tradisional naik menjelang Lebaran, sementara pasokan dari daerah sentra masih lancar. ')}
      ${para('Pedagang berharap pemerintah daerah menggelar operasi pasar agar harga kembali stabil pekan depan. ')}
    </div></body></html>`);
    const caption = readPage(doc, 'https://kabar.example/pasar-lebaran-123').page.blocks.find((b) => b.text.includes('Pasar Baru'))!;
    expect(caption.kind).toBe('caption');
    const { trace } = await import('../lib/trace');
    expect(trace(doc, 'https://kabar.example/pasar-lebaran-123').photoCredits.map((p) => p.credit)).toEqual(['ANTARA FOTO/Rina Wulandari']);
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

describe('a picture credit marked as its author', () => {
  it('is the photo’s credit, not the article’s byline, when only a figure prints it', async () => {
    const { trace } = await import('../lib/trace');
    const body = '<p>' + 'The new stand opened on Saturday and the club sold every seat for the first match of the season. '.repeat(4) + '</p>';
    const figure = '<figure><img src="/a.jpg"><figcaption><span class="media-description">Fans outside the stand.</span><span class="media-author">Reuters</span></figcaption></figure>';
    const report = trace(parseDocument(`<html><body><article><h1>A new stand</h1>${figure}${body}${body}</article></body></html>`), 'https://sport.example/stand');
    expect(report.sources.map((s) => s.name)).toEqual([]);
    expect(report.photoCredits.map((p) => p.credit)).toEqual(['Reuters']);
    // The same name in an author box of the article is its byline: the wire's copy.
    const byline = '<div class="byline">Reuters</div>';
    const wire = trace(parseDocument(`<html><body><article><h1>A new stand</h1>${byline}${figure}${body}${body}</article></body></html>`), 'https://sport.example/stand');
    expect(wire.sources.map((s) => s.name)).toEqual(['Reuters']);
  });
});

describe('what is not a photo credit', () => {
  it('drops bylines, timestamps and brackets around a credit', async () => {
    const { captionCredits } = await import('../lib/detect/photo');
    const { outletRegistry } = await import('../lib/outlets/index');
    const credits = (text: string, pieces: string[] = []) => captionCredits(text, 0, false, outletRegistry(), { pieces }).map((f) => f.name);
    expect(credits('Police at the scene. (Luis Sinco / Los Angeles Times)')).toEqual(['Luis Sinco / Los Angeles Times']);
    expect(credits('x', ['Ein Zug im Bahnhof.', 'Von Markus Balser und Klaus Ott'])).toEqual([]);
    expect(credits('x', ['Der Zug.', '© 17:27 17.03.2020 12:01'])).toEqual([]);
    // A site's rights notice in an element classed as a credit is no picture's credit.
    expect(captionCredits('Copyrights ⓒ 한빛방송. 무단전재 및 재배포 금지', 0, true, outletRegistry()).map((f) => f.name)).toEqual([]);
    expect(captionCredits('新闻网版权所有\nContent@news.example', 0, true, outletRegistry()).map((f) => f.name)).toEqual([]);
    expect(captionCredits('x', 0, false, outletRegistry(), { parts: ['Copyright © 2024 Hanbit Daily. All rights reserved.'] }).map((f) => f.name)).toEqual([]);
  });
});

describe('a picture label before a link to a gallery', () => {
  it('credits no one for the gallery\'s headline or a call to look; a linked name stays a credit', async () => {
    const { trace } = await import('../lib/trace');
    const doc = parseDocument(`<html><body><article><h1>Thousands line the streets for the harvest parade</h1>
      <p>${'Thousands of people lined the old town on Saturday for the harvest parade, back after two years. '.repeat(3)}</p>
      <p>PHOTOS: <a href="https://town.example/photogallery/0,2201,88123,00.html">Floats Roll Through the Old Town</a></p>
      <p>${'The floats were built by schools, clubs and farms from across the valley, the organisers said. '.repeat(3)}</p>
      <figure><img src="/a.jpg"><figcaption>A float built by the rowing club. Photos: <a href="/galleries/harvest-parade">Open gallery</a></figcaption></figure>
      <p>Fotos: <a href="https://town.example/bildergalerie/umzug-2024-99881">Bildergalerie ansehen</a></p>
      <p>Photos: <a href="https://town.example/gallery/harvest-parade-2024">See all 24 pictures</a></p>
      <figure><img src="/b.jpg"><figcaption>The brass band at the market square. Photo: <a href="https://town.example/gallery/mira-holt">Mira Holt</a></figcaption></figure>
      <p>${'The parade ended at the market square, where bands played until late in the evening. '.repeat(3)}</p>
    </article></body></html>`);
    const report = trace(doc, 'https://town.example/news/parade');
    expect(report.photoCredits.map((p) => p.credit)).toEqual(['Mira Holt']);
  });
});

describe('a credit span printing its label inside brackets', () => {
  it('drops the brackets and the label: "(Image: X via Getty Images)", "(Picture: Y/AP)", "(Photo: Z)"', async () => {
    const { captionCredits } = await import('../lib/detect/photo');
    const { outletRegistry } = await import('../lib/outlets/index');
    const parts = (part: string) => captionCredits('x', 0, false, outletRegistry(), { parts: [part] }).map((f) => f.name);
    expect(parts('(Image: Lena Park via Getty Images)')).toEqual(['Lena Park via Getty Images']);
    expect(parts('(Picture: Ivo Marsh/AP)')).toEqual(['Ivo Marsh/AP']);
    expect(parts('(Photo: Harbour Trust)')).toEqual(['Harbour Trust']);
    // A bracket with no label keeps its name whole.
    expect(parts('(Image Source)')).toEqual(['Image Source']);
  });
});

describe('an article printed as <br>-separated lines in one container', () => {
  const READ_IN_FULL = new Set(['body', 'heading', 'caption', 'byline', 'fringe']);
  const read = (path: string, url: string) => readPage(parseDocument(readFileSync(path, 'utf8')), url);

  // [page, its address, sentences with credits that must be read as body, furniture text no block reads in full]
  it.each([
    [
      'br-lines-div',
      'https://wartapantura.example/ekonomi/cabai',
      ['Semarang (Antara) -', 'Menurut Reuters, kenaikan', 'kata juru bicara Dinas Perdagangan Kota Semarang', 'menurut keterangan tertulis'],
      ['Berita Terkait', 'Menurut Kompas', 'Menurut Bloomberg', 'Menurut BPS', 'Hak cipta'],
    ],
    [
      'br-lines-td',
      'https://valleycourier.example/news/bridge',
      ['ASHFORD FALLS —', 'according to the Federal Highway Administration', 'the Quill County Historical Society said in a statement'],
      ['Ferry fares rise again', 'according to our circulation desk'],
    ],
    [
      'unclosed-p',
      'https://deccanledger.example/india/monsoon',
      ['according to the India Meteorological Department', 'Officials of the city corporation said', 'The district administration said in a statement', '(With inputs from PTI)'],
      ['according to my neighbour', 'according to Bloomberg data'],
    ],
    [
      'inline-runs',
      'https://harbortimes.example/economy/ships',
      ['BUSAN, May 17 (Yonhap) --', 'according to a regulatory filing', 'Industry analysts said', 'an official at the yard told reporters'],
      ['Related: Shipbuilders expect', 'according to my cousin'],
    ],
  ])('%s: every line the article keeps is read as body, the furniture is not', (slug, url, credits, furniture) => {
    const { page, article } = read(`test/pages/${slug}/index.html`, url);
    expect(page.readerable).toBe(true);
    const body = page.blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    for (const c of credits) expect(body.some((t) => t.includes(c)), c).toBe(true);
    const inFull = page.blocks.filter((b) => READ_IN_FULL.has(b.kind)).map((b) => b.text).join('\n');
    for (const f of furniture) expect(inFull, f).not.toContain(f);
    expect(coverage(article).lost).toEqual([]);
  });

  it('finds the credits in those lines, and none in the furniture around them', async () => {
    const { trace } = await import('../lib/trace');
    const names = (slug: string, url: string) => trace(parseDocument(readFileSync(`test/pages/${slug}/index.html`, 'utf8')), url).sources.map((s) => s.name);
    const id = names('br-lines-div', 'https://wartapantura.example/ekonomi/cabai');
    expect(id).toEqual(expect.arrayContaining(['ANTARA', 'Reuters', 'Dinas Perdagangan Kota Semarang']));
    expect(id.join('|')).not.toMatch(/Kompas|Bloomberg|BPS/);
    expect(names('br-lines-td', 'https://valleycourier.example/news/bridge').sort()).toEqual(['Federal Highway Administration', 'Quill County Historical Society']);
    expect(names('unclosed-p', 'https://deccanledger.example/india/monsoon')).toContain('India Meteorological Department');
    expect(names('unclosed-p', 'https://deccanledger.example/india/monsoon').join('|')).not.toMatch(/Bloomberg/);
  });

  it('ties each line to its own <br>, so a badge can stand at the end of its line', () => {
    const { article } = read('test/pages/br-lines-div/index.html', 'https://wartapantura.example/ekonomi/cabai');
    const reuters = article.blocks.find((b) => b.text.startsWith('Menurut Reuters'))!;
    expect(reuters.el.getAttribute('class')).toBe('isi-berita');
    expect(reuters.end?.tagName).toBe('BR');
    expect(reuters.end?.previousSibling?.textContent).toContain('merusak tanaman petani.');
  });

  it('keeps a <br>-separated text whole where Readability keeps it whole (a caption and its credit line)', () => {
    const doc = parseDocument(`<html><body><article><h1>Flood</h1>
      <p>${'The river rose above the old bridge overnight, and crews worked until dawn. '.repeat(4)}</p>
      <p>${'Shops on the quay stayed shut while the water drained back into the channel. '.repeat(4)}</p>
      <figure><img src="/a.jpg"><figcaption>The quay at dawn.<br>Photo: Ana Ruiz/Reuters</figcaption></figure>
    </article></body></html>`);
    const caption = readPage(doc, 'https://news.example/a').page.blocks.filter((b) => b.kind === 'caption');
    expect(caption.map((b) => b.text)).toEqual(['The quay at dawn.\nPhoto: Ana Ruiz/Reuters']);
  });
});

describe('a saved page with two <body> tags', () => {
  it('reads the content of both, as a browser does (scripts between head and body; a page without <html>)', () => {
    const text = 'According to the Harbour Authority, the pier reopens on Monday after two weeks of repairs to its deck. ';
    const scripts = `<!doctype html><html><head><title>Pier</title></head><script>var a = 1;</script><body><article><p>${text.repeat(3)}</p></article></body></html>`;
    const bare = `<head><title>Pier</title></head><head><meta charset="utf-8"></head><body><article><p>${text.repeat(3)}</p></article></body>`;
    const noHead = `<body class="single"><article><p>${text.repeat(3)}</p></article></body>`;
    for (const html of [scripts, bare, noHead]) {
      expect(parseDocument(html).body!.querySelector('body')).toBeNull();
      const { page } = readPage(parseDocument(html), 'https://news.example/pier');
      expect(page.blocks.some((b) => b.kind === 'body' && b.text.startsWith('According to the Harbour Authority'))).toBe(true);
    }
  });
});

describe('a body in boxes named like furniture', () => {
  it('reads paragraphs a CMS puts in "article-widget" boxes as body, and still drops a related-links box among them', () => {
    const para = (t: string) => `<div class="article-widget"><div class="wrap"><div class="text"><p>${t}</p></div></div></div>`;
    const doc = parseDocument(`<html><body><div class="article-widgets">
      ${para('The regional water board will raise tariffs by nine percent from July, the board said in a statement on Monday, citing the cost of new pipes.')}
      ${para('Households in the valley already pay more than the national average, according to the Consumer Council, which called the rise unfair to pensioners.')}
      ${para('The board said the money would replace mains laid in the 1950s, some of which lose a fifth of the water they carry before it reaches a tap.')}
      <div class="related-stories"><p><a href="/x">Tariffs rise across the country, according to the Utilities Forum</a></p></div>
      ${para('A public hearing on the plan will be held in the town hall next month, and written objections can be sent until the end of June.')}
    </div></body></html>`);
    const { page } = readPage(doc, 'https://valleynews.example/water');
    const body = page.blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    expect(body.some((t) => t.includes('according to the Consumer Council'))).toBe(true);
    expect(body.length).toBe(4);
    expect(page.blocks.some((b) => b.text.includes('Utilities Forum'))).toBe(false);
  });
});

describe('a short wire brief', () => {
  const brief = () => parseDocument(readFileSync('test/pages/wire-brief/index.html', 'utf8'));
  const url = 'https://nordkurier.example/hamburg/elbtunnel';

  it('is no article unasked (the automatic path skips it), and is read when the user asks', async () => {
    const { trace } = await import('../lib/trace');
    const unasked = trace(brief(), url);
    expect(unasked.isArticle).toBe(false);
    expect(unasked.sources).toEqual([]);
    const asked = trace(brief(), url, { force: true });
    expect(asked.isArticle).toBe(true);
    expect(asked.sources.map((s) => s.outlet?.id ?? s.name)).toContain('dpa');
    // Asked, the page's menu and footer are still no part of it.
    const { page } = readPage(brief(), url, { force: true });
    expect(page.blocks.map((b) => b.text).join('\n')).not.toMatch(/Impressum|Wirtschaft/);
  });
});

describe('text standing in the article\'s container', () => {
  it('reads the text a nested table left outside an unclosed <p> as body (Readability drops it)', () => {
    const lines = [
      'Menurut Reuters, harga kopi dunia naik tajam pada perdagangan Senin karena panen di Amerika Selatan menurun.',
      'Kenaikan itu terjadi setelah cuaca kering melanda kebun-kebun besar di dataran tinggi selama hampir dua bulan.',
      '"Kami memperkirakan harga akan tetap tinggi sampai akhir tahun," kata juru bicara Asosiasi Eksportir Kopi, Rina Hartati, di Medan.',
      'Para petani di Sumatera Utara berharap kenaikan harga itu ikut mengangkat pendapatan mereka musim ini.',
    ];
    const html = `<body><div class="menu"><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a></div><p class="isi"><b>MEDAN</b> - ${lines[0]}<br><br>${lines[1]}<table><tr><td><img src="/kopi.jpg"><br>Foto: Antara/Dedi</td></tr></table>${lines[2]}<br><br>${lines[3]}</p></body>`;
    const { page } = readPage(parseDocument(html), 'https://kabarsumut.example/ekonomi/kopi');
    const body = page.blocks.filter((b) => b.kind === 'body').map((b) => b.text);
    for (const line of lines) expect(body.some((t) => t.includes(line)), line).toBe(true);
  });
});

describe('text a saved page holds where the walk used to miss it', () => {
  const para = 'The county road agency said on Tuesday that the bridge over the mill stream will stay closed until the spring, after divers found cracks in two of its piers. ';

  it('reads a caption and its credit that a page puts inside <picture>', async () => {
    const { trace } = await import('../lib/trace');
    const html = `<html><body><article><p>${para.repeat(3)}</p>
      <div class="illustration"><picture><source srcset="/b.webp"><img src="/b.jpg" alt=""><div class="illustration__caption"><p class="legend">Divers under the old bridge on Monday.</p><p class="credits">Jon Vale/Reuters</p></div></picture></div>
      <p>${para.repeat(2)}</p></article></body></html>`;
    const report = trace(parseDocument(html), 'https://courier.example/bridge');
    expect(report.photoCredits.map((p) => p.credit)).toEqual(['Jon Vale/Reuters']);
    // A <picture> of sources and an image alone adds no text.
    const bare = parseDocument('<html><body><picture><source srcset="/a.webp"><img src="/a.jpg" alt="A bridge"></picture></body></html>');
    expect(collectBlocks(bare.body!)).toEqual([]);
  });

  it('reads a body a page ships in a display:none wrapper that its script shows, and not a hidden box beside a shown body', () => {
    const hidden = `<html><body><div id="page" style="display: none;"><article><h1>Bridge stays shut</h1><p>${para.repeat(3)}</p><p>${para}</p></article></div></body></html>`;
    const { page } = readPage(parseDocument(hidden), 'https://courier.example/bridge');
    expect(page.readerable).toBe(true);
    expect(page.blocks.filter((b) => b.kind === 'body').length).toBeGreaterThan(0);
    const shown = `<html><body><article><p>${para.repeat(3)}</p></article><div class="modal" style="display:none"><p>According to the Tourist Board, the valley is best seen from the ridge at dawn, when the mist lies over the river. </p></div></body></html>`;
    expect(readPage(parseDocument(shown), 'https://courier.example/bridge').page.blocks.map((b) => b.text).join(' ')).not.toContain('Tourist Board');
  });

  it('reads pages whose markup a browser repairs: a script before <html>, a <div> before <body>, no <html> but "<html" quoted in an attribute', () => {
    const pages = [
      `<!DOCTYPE html><script>var t = 1;</script><html lang="en"><head><title>Bridge</title></head><body><article><p>${para.repeat(3)}</p></article></body></html>`,
      `<!doctype html><html lang="en"><head><title>Bridge</title></head><div class="container"><div class="menu"><a href="/">Home</a></div><body><article><p>${para.repeat(3)}</p></article></body></div></html>`,
      `<head><title>Bridge</title><meta name="state" content="{&quot;html&quot;:&quot;<!DOCTYPE html>\\n<html lang=\\&quot;en\\&quot;>&quot;}"></head><body><article><p>${para.repeat(3)}</p></article></body>`,
    ];
    for (const html of pages) {
      const { page } = readPage(parseDocument(html), 'https://courier.example/bridge');
      expect(page.blocks.some((b) => b.kind === 'body' && b.text.startsWith('The county road agency said')), html.slice(0, 60)).toBe(true);
    }
  });
});

describe('a caption\'s label with its name in an element of its own, and a caption printed as a heading named so', () => {
  const para = (t: string) => `<p>${t.repeat(3)}</p>`;
  const body = `${para('Die Stadt hat am Dienstag neue Pläne für den Umbau des Marktplatzes vorgestellt, der im kommenden Frühjahr beginnen soll. ')}
    ${para('Anwohner hatten sich über Lärm und fehlende Parkplätze beklagt; eine Bürgerversammlung ist für den kommenden Monat geplant. ')}`;
  it('reads "Foto: <div><p>Name</p></div>" as the picture\'s credit (the label\'s block held the label alone)', async () => {
    const doc = parseDocument(`<html lang="de"><body><article><h1>Marktplatz wird umgebaut</h1>
      <figure><img src="/a.jpg"><figcaption><div><p>Der Marktplatz am Abend.</p></div><div class="foto">Foto: <div><p>Lena Hartwig</p></div></div></figcaption></figure>
      ${body}</article></body></html>`);
    const { trace } = await import('../lib/trace');
    expect(trace(doc, 'https://stadtblatt.example/markt').photoCredits.map((p) => p.credit)).toEqual(['Lena Hartwig']);
  });
  it('reads a heading named a caption inside a figure as the caption ("<h2 class=figure__caption>… Bild: X</h2>")', async () => {
    const doc = parseDocument(`<html lang="de"><body><article><h1>Marktplatz wird umgebaut</h1>
      <figure><div><img src="/a.jpg"></div><h2 class="figure__caption">Der Marktplatz am Abend. Bild: Jonas Reiter/Stadtarchiv</h2></figure>
      ${body}</article></body></html>`);
    const { trace } = await import('../lib/trace');
    expect(trace(doc, 'https://stadtblatt.example/markt').photoCredits.map((p) => p.credit)).toEqual(['Jonas Reiter/Stadtarchiv']);
  });
});
