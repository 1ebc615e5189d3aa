/** Credits on pages written in the shapes real sites print them: wire and origin credits, photo credits. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../lib/node/load';
import { citedJournal } from '../lib/detect/citations';
import { trace } from '../lib/trace';

const traced = (path: string, url: string) => trace(parseDocument(readFileSync(path, 'utf8')), url);

describe('photo credits on an Indonesian page', () => {
  it('reads glued, courtesy and slash credits; not the author and editor line, related titles or the editors\' initials', () => {
    const report = traced('test/pages/id-captions/index.html', 'https://harian.example/read/2025/05/12/banjir');
    expect(report.photoCredits.map((p) => p.credit).sort()).toEqual(['ANTARA FOTO/Budi Santoso', 'Republika/Putra M. Akbar', 'ist']);
  });
});

/** A page with a real-sized body (so it reads as an article) and the given paragraphs around it. */
function page(lang: string, filler: string, before: string, after: string): string {
  const body = Array.from({ length: 6 }, (_, i) => `<p>${filler} (${i + 1})</p>`).join('\n');
  return `<html lang="${lang}"><head><title>T</title></head><body><article><h1>T</h1>${before}${body}${after}</article><footer><a href="/about">About</a></footer></body></html>`;
}
const EN = 'The council met on Tuesday evening to discuss the new budget for the coming year, and members spoke at length about roads, schools and the library that has been closed since the spring floods.';
const VI = 'Hội đồng nhân dân thành phố đã họp vào chiều thứ ba để thảo luận về ngân sách mới cho năm tới, các đại biểu đã phát biểu về đường sá, trường học và thư viện bị đóng cửa từ sau trận lũ mùa xuân.';
const ID = 'Dewan kota menggelar rapat pada Selasa malam untuk membahas anggaran baru tahun depan, dan para anggota berbicara panjang tentang jalan, sekolah, serta perpustakaan yang tutup sejak banjir musim semi.';
const DE = 'Der Stadtrat hat am Dienstagabend über den neuen Haushalt für das kommende Jahr beraten, und die Mitglieder sprachen lange über Straßen, Schulen und die Bibliothek, die seit dem Hochwasser im Frühjahr geschlossen ist.';
const AR = 'ناقش المجلس البلدي مساء الثلاثاء ميزانية العام المقبل، وتحدث الأعضاء طويلا عن الطرق والمدارس والمكتبة المغلقة منذ فيضانات الربيع.';
const RU = 'Городской совет во вторник вечером обсудил новый бюджет на следующий год, и депутаты долго говорили о дорогах, школах и библиотеке, закрытой после весеннего наводнения.';
const JA = '市議会は火曜日の夜、来年度の新しい予算について話し合い、議員たちは道路や学校、春の洪水以来閉館している図書館について長い時間をかけて意見を述べた。';
const basedOn = (html: string, url: string) => trace(parseDocument(html), url).basedOn.map((b) => b.url);
const sources = (html: string, url: string) => trace(parseDocument(html), url).sources.map((s) => s.name);

describe('the page an article copies, where a link says so', () => {
  it.each([
    // A republishing line with "Read the original article" linked (The Conversation's licence line).
    ['en', EN, '', '<p>This article is republished from <a href="https://theconversation.com/">The Conversation</a> under a Creative Commons license. Read the <a href="https://theconversation.com/why-cities-flood-more-often-now-212345">original article</a>.</p>', 'https://theconversation.com/why-cities-flood-more-often-now-212345'],
    ['en', EN, '', '<p><em>This story first appeared on <a href="https://grist.org/cities/the-library-that-floods-every-spring/">Grist</a>.</em></p>', 'https://grist.org/cities/the-library-that-floods-every-spring/'],
    // Tribun's network line: the title is linked.
    ['id', ID, '', '<p>Artikel ini telah tayang di <a href="https://www.tribunnews.com/">Tribunnews.com</a> dengan judul <a href="https://www.tribunnews.com/regional/2024/05/12/dewan-kota-bahas-anggaran-baru">Dewan Kota Bahas Anggaran Baru</a></p>', 'https://www.tribunnews.com/regional/2024/05/12/dewan-kota-bahas-anggaran-baru'],
    // An end credit linked to the article it copies, and a "Link bài gốc".
    ['vi', VI, '', '<p><strong>Theo <a href="https://baotintuc.vn/thoi-su/hoi-dong-thanh-pho-ban-ngan-sach-20240512093011.htm">TTXVN</a></strong></p>', 'https://baotintuc.vn/thoi-su/hoi-dong-thanh-pho-ban-ngan-sach-20240512093011.htm'],
    ['vi', VI, '', '<p><a href="https://vnexpress.net/hoi-dong-thanh-pho-ban-ngan-sach-4745123.html">Link bài gốc</a></p>', 'https://vnexpress.net/hoi-dong-thanh-pho-ban-ngan-sach-4745123.html'],
    // A portal carrying a broadcaster's story: its link to the original, the article's id in the query.
    ['ja', JA, '', '<p>テレビ局ニュース</p><p><a href="https://news.tv.example/list/article?id=tv-20240512-1234567">元記事を読む</a></p>', 'https://news.tv.example/list/article?id=tv-20240512-1234567'],
    // A translated article, the original's title linked.
    ['de', DE, '', '<p>Von der Redaktion übersetzte und bearbeitete Fassung des Artikels <a href="https://www.citylab.example/2021/04/the-library-and-the-flood/">»The Library and the Flood«</a> aus »CityLab«.</p>', 'https://www.citylab.example/2021/04/the-library-and-the-flood/'],
    // Carried over from a sister site, the statement inside a sentence (no spaces around the phrase), the original linked.
    ['ja', JA, '', '<p>（本記事は、<a href="https://japan.techsite.example/article/35100123.htm">テックサイトで2024年5月8日に掲載した記事</a>からの転載です）</p>', 'https://japan.techsite.example/article/35100123.htm'],
    // A translated article under its original, linked by the paper's name; a story first printed on a sister site.
    ['ru', RU, '', '<p>Оригинал статьи: <a href="https://www.harbour-times.example/2024/05/12/council-budget-library-flood">The Harbour Times</a></p>', 'https://www.harbour-times.example/2024/05/12/council-budget-library-flood'],
    ['ru', RU, '', '<p><em>Материал впервые опубликован на сайте <a href="https://gorod.example/society/2024/05/12/sovet-obsudil-byudzhet">«Городские вести»</a>.</em></p>', 'https://gorod.example/society/2024/05/12/sovet-obsudil-byudzhet'],
    // A member paper's story carried by a wire, the paper's name linked in the dateline.
    ['en', EN, '<p><a href="https://forward.com/news/512345/council-budget-library-flood/">FORWARD</a> via JTA — The council met on Tuesday to talk about the library.</p>', '', 'https://forward.com/news/512345/council-budget-library-flood/'],
  ])('%s: %#', (lang, filler, before, after, expected) => {
    expect(basedOn(page(lang, filler, before, after), 'https://paper.example/news/2024/council')).toEqual([expected]);
  });

  it.each([
    // A source named in a sentence, linked: that source's own link, not the origin.
    ['en', EN, '', '<p>The <a href="https://www.postandcourier.com/news/council-debates-budget/article_123456.html">Post and Courier</a> newspaper reported on the debate:</p>'],
    // An end credit linked to the outlet's front page: no article to point at.
    ['vi', VI, '', '<p>Theo <a href="https://vov.vn/">VOV</a></p>'],
    // A rights notice that forbids reprinting names no origin ("無断転載を禁じます"), its link the site's terms.
    ['ja', JA, '', '<p>記事の<a href="https://paper.example/info/terms-of-use-2024">無断転載を禁じます</a></p>'],
    // A story first told somewhere, not the text's origin: no link to an article.
    ['ru', RU, '', '<p>Об этом впервые сообщил <a href="https://t.me/gorod_example">телеграм-канал</a> городского совета.</p>'],
    // The page's own address printed at its end.
    ['en', EN, '', '<p>Originally published at <a href="https://paper.example/news/2024/council-budget-library">paper.example</a></p>'],
  ])('no origin: %s %#', (lang, filler, before, after) => {
    expect(basedOn(page(lang, filler, before, after), 'https://paper.example/news/2024/council')).toEqual([]);
  });

  it('credits the member paper and the wire of a "via" dateline', () => {
    const html = page('en', EN, '<p>KVELLER via JTA — Parents across the country are rethinking summer camp this year.</p>', '');
    expect(sources(html, 'https://paper.example/news/2024/camp').sort()).toEqual(['JTA', 'KVELLER']);
  });
});

describe('reference lists: each entry credits its journal', () => {
  it.each([
    ['Berger, T. et al.: Root fungi share sugar between trees. Current Biology 28, 2019', 'Current Biology'],
    ['Okafor, N. et al.: Dust storms and crop yields in the Sahel. Nature 601, 2022', 'Nature'],
    ['Hsu, L. et al. (2021). Urban heat and sleep loss. Nature Climate Change, 11(6), 512-519.', 'Nature Climate Change'],
    ['Moreau A, Diallo B. Salt intake in school meals. Lancet. 2020;395(10230):1234-40.', 'Lancet'],
    ['Ivanova, P. et al.: Gene loss in a parasitic vine (Cuscutaceae). Molecular Biology and Evolution 35, 2018', 'Molecular Biology and Evolution'],
  ])('%s', (line, journal) => {
    expect(citedJournal(line)).toBe(journal);
  });

  it.each([
    ['Smith and colleagues studied the vine for years. The results appeared 12, 2020'],
    ['Bayern won the final. Munich 3, 2021'],
    ['Hsu et al. found that heat shortens sleep by about 20 minutes a night in cities.'],
  ])('not an entry: %s', (line) => {
    expect(citedJournal(line)).toBeUndefined();
  });
});

describe('German end credits', () => {
  const report = (before: string, after: string) => trace(parseDocument(page('de', DE, before, after)), 'https://zeitung.example/politik/haushalt-123.html');
  const FIGURE = '<figure><img src="https://zeitung.example/img/rat.jpg" alt=""><figcaption>Der Ratssaal am Abend. Foto: Jana Roth</figcaption></figure>';

  it('reads a source line in the article\'s footer box as its end credit, not a picture\'s', () => {
    const r = report(FIGURE, '<p class="article-footer_source">Quelle: zeitung-beispiel.de, kmo/dpa</p>');
    expect(r.sources.map((s) => s.name)).toContain('Deutsche Presse-Agentur');
    expect(r.photoCredits.map((p) => p.credit)).toEqual(['Jana Roth']);
  });

  it('takes no credit from a related article\'s card, its picture and headline linked to it', () => {
    const card = '<div class="listing"><h4>Ähnliche:</h4><ul class="row"><li><article><figure><a href="/politik/schulen-456.html"><img src="https://zeitung.example/img/schule.jpg" alt=""></a><figcaption><div class="copyright">Lea Brandt/dpa</div></figcaption></figure><h3><a href="/politik/schulen-456.html">Schulen bleiben offen</a></h3></article></li></ul></div>';
    const r = report(FIGURE, card);
    expect(r.photoCredits.map((p) => p.credit)).toEqual(['Jana Roth']);
  });

  it('reads a box of caption pieces beside a picture, though no one element holds all its text', () => {
    const hero = '<div class="hero"><div class="frame"><img src="https://zeitung.example/img/rat.jpg" alt=""></div><div class="image-container-text"><span class="image-container-caption">Der Ratssaal am Abend.</span><span class="image-container-source">Jana Roth/dpa</span></div></div>';
    expect(report(hero, '').photoCredits.map((p) => p.credit)).toEqual(['Jana Roth/dpa']);
  });

  it("takes no photo credit from an outlet's name beside its logo (a translated article's source box)", () => {
    const box = '<a class="article-source" href="#box-source"><img class="source-logo" src="https://zeitung.example/logos/wsj.jpg" alt="Logo"><div class="source-infos"><div class="source-name">The Wall Street Journal</div><div class="source-lang">Aus dem Englischen</div></div></a>';
    expect(report(box, '').photoCredits).toEqual([]);
    // The same box with a picture in it is a caption still.
    const pictured = '<div class="media"><img src="https://zeitung.example/img/rat.jpg" alt="Der Ratssaal"><div class="image-source">Jana Roth/dpa</div></div>';
    expect(report(pictured, '').photoCredits.map((p) => p.credit)).toEqual(['Jana Roth/dpa']);
  });

  it("reads an author-marked line beside a figure and its caption as the picture's credit, not the article's byline", () => {
    const box = '<div class="media"><div><figure class="image"><img src="https://zeitung.example/img/rat.jpg" alt="Rat"></figure><figcaption>Der Ratssaal</figcaption><span class="author">dpa</span></div></div>';
    const r = report(box, '');
    expect(r.photoCredits.map((p) => p.credit)).toEqual(['dpa']);
    expect(r.sources).toEqual([]);
  });

  it('reads each item of a list under a "Quellen:" line of its own', () => {
    const r = report('', '<p>Quellen:</p><ul><li>Landtag Brandenburg, Stellungnahmen zur Anhörung</li><li>Eigene Recherchen</li><li>Meldung Gewerkschaft Verdi</li></ul>');
    expect(r.sources.map((s) => s.name).sort()).toEqual(['Landtag Brandenburg', 'ver.di']);
  });

  it('ends a source list at the next field of a metadata box ("التاريخ: …", the date)', () => {
    const html = page('ar', AR, '<div class="meta"><p>المصدر:</p><p>التاريخ: 03 يونيو 2024</p></div>', '');
    expect(sources(html, 'https://jarida.example/news/2024-06-03-1.html')).toEqual([]);
  });
});

describe('a language menu inside the article', () => {
  // Multilingual sites list their editions by their own names; "العربية" is also Al Arabiya's name, a word there.
  const MENU = '<ul class="editions"><li>English</li><li>日本語</li><li>简体字</li><li>Français</li><li>Español</li><li>العربية</li><li>Русский</li></ul>';

  it('credits no outlet for an edition named by its language', () => {
    expect(sources(page('ja', JA, MENU, ''), 'https://zasshi.example/ja/a09001/')).toEqual([]);
  });

  it('still reads the same name as an end credit where a credit mark stands with it', () => {
    expect(sources(page('ar', AR, '', '<p>© العربية</p>'), 'https://jarida.example/news/2024-06-03-2.html')).toEqual(['Al Arabiya']);
  });
});

describe('a Vietnamese page\'s source line above the body and a caption set as a heading', () => {
  /** A header (title, then a meta line of author, source, time), then the body, outside each other's boxes. */
  const vnPage = (meta: string, inBody = '') =>
    `<html lang="vi"><head><title>T</title></head><body><div class="post-header"><h1 class="post-title">Hội đồng thành phố bàn ngân sách năm tới</h1><div class="post-meta">${meta}</div><div class="post-share"><a href="javascript:;">Chia sẻ</a></div></div><div class="post-body">${Array.from({ length: 6 }, (_, i) => `<p>${VI} (${i + 1})</p>`).join('')}${inBody}</div><footer><a href="/gioi-thieu">Giới thiệu</a></footer></body></html>`;
  const url = 'https://tin.example.vn/hoi-dong-ban-ngan-sach-20240512.htm';

  it.each([
    // VCCorp's header: "Theo <a>outlet</a>" in a span named as the source.
    ['<span class="post-author">Minh Anh, </span>\n<span class="post-source">Theo <a href="https://helino.vn/">Helino</a></span>\n<span class="post-time">08:15 12/05/2024</span>', ['Helino']],
    ['<span class="meta-author">Hà Linh</span> <span class="meta-source">Theo <a href="http://ttvn.toquoc.vn/">Trí Thức Trẻ</a></span>', ['Trí Thức Trẻ']],
    ['<div class="article-source">Nguồn: Báo Thanh Niên</div>', ['Thanh Niên']],
    // A meta line with no element named as its source, or a source element that credits no one.
    ['<span class="post-author">Minh Anh</span> <span class="post-time">08:15 12/05/2024</span>', []],
    ['<span class="post-source">Tổng hợp</span>', []],
  ])('%s', (meta, expected) => {
    expect(sources(vnPage(meta), url).sort()).toEqual(expected);
  });

  it('reads a caption printed as a heading in a caption-named table cell, and its credit', () => {
    const figure = '<table class="picture"><tr><td class="pic"><img src="https://tin.example.vn/anh/hoi-dong.jpg" alt=""></td></tr><tr><td class="caption"><h2><em>Các đại biểu tại phiên họp. Ảnh: Bảo vệ Pháp luật</em></h2></td></tr></table>';
    expect(trace(parseDocument(vnPage('<span class="post-time">08:15</span>', figure)), url).photoCredits.map((p) => p.credit)).toEqual(['Bảo vệ Pháp luật']);
  });
});
