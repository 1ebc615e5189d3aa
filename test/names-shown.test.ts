/**
 * Issue 11, item 1: each body once, under the name the page prints. Pages written here in the shapes real
 * sites print (credit labels in hidden spans, a cue glued to a name, a short form the text defines).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../lib/format';
import { parseDocument } from '../lib/node/load';
import { basedOnName, creditedSources } from '../lib/shown';
import { OutletKind } from '../lib/report';
import { trace } from '../lib/trace';
import { wordsFrom } from '../lib/words';

/** An article page: a real-sized body (so it reads as one) with the given blocks among its paragraphs. */
function page(lang: string, filler: string, blocks: string[], tail = ''): string {
  const body = blocks.flatMap((b, i) => [`<p>${filler} (${i + 1})</p>`, b]).join('\n');
  return `<html lang="${lang}"><head><title>T</title></head><body><article><h1>T</h1>${body}${[1, 2, 3, 4, 5].map((i) => `<p>${filler} (end ${i})</p>`).join('')}${tail}</article></body></html>`;
}
const traced = (html: string, url: string) => trace(parseDocument(html), url);

const EN = 'The harbour board met on Monday to weigh the cost of dredging the channel again, and members argued for an hour about the ferry timetable and the old pier that storms damaged last winter.';

describe('credit labels hidden in spans', () => {
  // A credit element that prints its label twice (one copy for screen readers) glued to the name.
  const figure = (img: string, caption: string) =>
    `<figure><img src="https://img.example/${img}.jpg"><figcaption><span class="caption-text">${caption}</span><span class="caption-credit"><span class="sr-only">Credit</span><span aria-hidden="true">Credit</span>Ines Varga/The Harbour Herald</span></figcaption></figure>`;
  it('reads the credit without its labels, once for the two pictures it credits', () => {
    const r = traced(page('en', EN, [figure('a', 'The pier after the storm.'), figure('b', 'Divers check the channel.')]), 'https://herald.example/2025/03/04/harbour-dredging');
    expect(r.photoCredits.map((p) => [p.credit, p.mentions.length])).toEqual([['Ines Varga/The Harbour Herald', 2]]);
  });
});

const AR = 'عقد مجلس المدينة اجتماعا مساء الثلاثاء لمناقشة ميزانية العام المقبل، وتحدث الأعضاء مطولا عن الطرق والمدارس والمكتبة المغلقة منذ فيضانات الربيع الماضي.';

describe('the same body under two names', () => {
  it('reads a short form the text defines as the body named in full before it', () => {
    const html = page('ar', AR, [
      '<p>أفاد المرصد السوري لحقوق الإنسان بأن غارات جوية استهدفت بلدة في ريف إدلب الجنوبي فجر اليوم.</p>',
      '<p>وقال المرصد إن عدد الضحايا ارتفع إلى خمسة مدنيين، وإن فرق الدفاع المدني تواصل البحث.</p>',
    ]);
    const r = traced(html, 'https://akhbar.example/2025/03/04/idlib');
    expect(r.sources.map((s) => [s.outlet?.id, s.mentions.length])).toEqual([['sohr', 2]]);
  });
});

const ID = 'Dewan kota menggelar rapat pada Selasa malam untuk membahas anggaran baru tahun depan, dan para anggota berbicara panjang tentang jalan, sekolah, serta perpustakaan yang tutup sejak banjir.';
const ZH = '本周二晚间，市区遭遇强降雨，多条道路出现严重积水，部分公交线路临时停运，市民出行受到较大影响，相关部门已经启动了应急预案。';

describe('one body under two names the text gives it', () => {
  it.each([
    // An acronym the text defines in brackets after the full name.
    ['en', EN, ['The Eastvale Harbour Commission (EHC) said the channel would close in April.', 'The EHC said later that the work would take a week.'], 'Eastvale Harbour Commission'],
    ['id', ID, ['Lembaga Riset Pesisir Nusantara (LRPN) menyatakan air laut naik sepuluh sentimeter.', 'Menurut LRPN, kenaikan itu terjadi dalam lima tahun.'], 'Lembaga Riset Pesisir Nusantara'],
    // The same naming words in another order.
    ['en', EN, ['The Department of Coastal Protection said the channel would close in April.', 'According to the Coastal Protection Department, the work would take a week.'], 'Department of Coastal Protection'],
  ])('%s: %s', (lang, filler, paragraphs, name) => {
    const r = traced(page(lang, filler, paragraphs.map((p) => `<p>${p}</p>`)), 'https://paper.example/2025/03/04/harbour-story');
    expect(r.sources.map((s) => [s.name, s.mentions.length])).toEqual([[name, 2]]);
  });
});

describe('the name the page prints', () => {
  it('keeps the printed name beside the registry entry it resolves to', () => {
    const html = page('id', ID, ['<p>Kementerian Pertahanan Rusia mengatakan pasukannya telah menguasai dua desa di wilayah timur.</p>']);
    const [s] = traced(html, 'https://berita.example/2025/03/04/desa').sources;
    expect([s?.outlet?.id, s?.name, s?.printed]).toEqual(['ru-ministry-of-defence', 'Russian Ministry of Defence', 'Kementerian Pertahanan Rusia']);
  });

  it('prints no second name when the page prints the registry\'s', () => {
    const html = page('id', ID, ['<p>Hal itu disampaikan kantor berita Reuters pada Senin.</p>']);
    const [s] = traced(html, 'https://berita.example/2025/03/04/desa').sources;
    expect([s?.name, s?.printed]).toEqual(['Reuters', undefined]);
  });
});

describe('an origin label', () => {
  it('names the page it is based on, and credits no one else with it', () => {
    const html = page('zh', ZH, [], '<p>来源：<a href="https://www.thepaper.cn/newsDetail_forward_30000001">澎湃新闻网</a></p>');
    const r = traced(html, 'https://news.example.cn/a/2025/0304/1.html');
    expect(r.basedOn.map((b) => [b.url, basedOnName(r, b)])).toEqual([['https://www.thepaper.cn/newsDetail_forward_30000001', '澎湃新闻网']]);
    expect(creditedSources(r)).toEqual([]);
  });

  it('keeps a source the text credits as well as the origin line', () => {
    const html = page('id', ID, ['<p>Menurut kantor berita Reuters, kedua desa dikuasai pada Minggu.</p>'], '<p>Sumber: <a href="https://www.reuters.com/world/europe/two-villages-taken-2025-03-03/">Reuters</a></p>');
    const r = traced(html, 'https://berita.example/2025/03/04/desa');
    expect(creditedSources(r).map((s) => s.name)).toEqual(['Reuters']);
  });
});

describe('copy as text in the UI\'s language', () => {
  const messages = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
  const html = page('id', ID, ['<p>Kementerian Pertahanan Rusia mengatakan pasukannya telah menguasai dua desa, menurut kantor berita TASS.</p>'], '<figure><img src="https://img.example/a.jpg"><figcaption>Tank di dekat garis depan. Foto: Kementerian Pertahanan Rusia</figcaption></figure>');
  const r = traced(html, 'https://berita.example/2025/03/04/desa');

  it('says it in Indonesian for an Indonesian UI: kinds, countries, ownership, headings; names as printed', () => {
    const text = formatReport(r, wordsFrom(messages('id')));
    expect(text).toContain('↳ Kementerian Pertahanan Rusia (Russian Ministry of Defence)  (lembaga pemerintah · Rusia)');
    expect(text).toMatch(/↳ TASS \s*\(kantor berita · Rusia\)\n\s+Milik negara \(sumber fakta ini: https:/);
    expect(text).toContain('Kredit foto:');
    expect(text).not.toMatch(/government|wire|Photo credits|not in the registry/);
  });

  it('says it in English by default, with the registry\'s facts', () => {
    const text = formatReport(r);
    expect(text).toContain('↳ Kementerian Pertahanan Rusia (Russian Ministry of Defence)  (government body · Russia)');
    expect(text).toMatch(/State-owned: TASS is a federal state unitary enterprise/);
  });
});

describe('the registry\'s closed sets have words in every UI language', () => {
  it.each(['en', 'id', 'vi'])('%s: every outlet kind and ownership kind', (lang) => {
    const m = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
    for (const kind of OutletKind.options) expect(m[`kind_${kind}`]?.message, kind).toBeTruthy();
    for (const kind of ['state_owned', 'state_funded', 'public']) expect(m[`ownership_${kind}`]?.message, kind).toBeTruthy();
    expect(m.uiLang.message).toBe(lang);
  });
});
