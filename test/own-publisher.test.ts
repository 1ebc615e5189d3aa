/** The page's own publisher is never its own source: by its entry, its domain, its names, its short name. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { trace } from '../lib/trace';

const page = (body: string) =>
  parseHTML(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Schools report</title><meta property="og:type" content="article"></head>
<body><article><h1>Schools report</h1>${body}</article></body></html>`).document as unknown as Document;

const story = (credit: string) =>
  page(`<p>The district found that the teacher had left the class alone for most of the afternoon, and parents were told only a week later.</p>
<p>${credit}</p>
<p>The report recommends new rules for substitute teachers and a review of how the district tells families about incidents in class.</p>`);

describe('own publisher', () => {
  it("takes 'The Times' in the Los Angeles Times for the paper itself", () => {
    const report = trace(story('“We should have called them the same day,” the principal told The Times on Friday.'), 'https://www.latimes.com/local/schools-report');
    expect(report.sources.map((s) => s.name)).toEqual([]);
  });

  it("takes 'the Post' in The Washington Post for the paper itself", () => {
    const report = trace(story('“We should have called them the same day,” the principal told the Post on Friday.'), 'https://www.washingtonpost.com/local/schools-report');
    expect(report.sources.map((s) => s.name)).toEqual([]);
  });

  it("keeps 'The Times' on another paper's page", () => {
    const report = trace(story('“We should have called them the same day,” the principal told The Times on Friday.'), 'https://www.example-daily.com/local/schools-report');
    expect(report.sources.map((s) => s.name)).toEqual(['The Times']);
  });

  it("takes a short name that is its site's own label for the page itself, on a section's subdomain too", () => {
    const report = trace(story('“We should have called them the same day,” the principal told NK on Friday.'), 'https://wiadomosci.nk.pl/local/schools-report');
    expect(report.sources.map((s) => s.name)).toEqual([]);
  });

  it("takes a local station's call sign in its own dateline for the page itself, and credits it on another site", () => {
    const dateline = (url: string) => trace(story('HOUSTON, Texas (KTRK) -- The district said on Monday that it would review the case.'), url).sources.map((s) => s.outlet?.id ?? s.name);
    expect(dateline('https://abc13.com/schools-report/123/')).toEqual([]);
    expect(dateline('https://www.example-daily.com/local/schools-report')).toContain('ktrk');
  });

  it('takes a report credited by its full name on its own site for the page itself', () => {
    const report = trace(story('“We should have called them the same day,” the principal told the Los Angeles Times.'), 'https://www.latimes.com/local/schools-report');
    expect(report.sources.map((s) => s.name)).toEqual([]);
  });
});

describe('own site under a picture', () => {
  const figures = (...captions: string[]) =>
    story(`The board met twice before it published the report.</p>${captions.map((c) => `<figure><img src="/p.jpg"><figcaption>${c}</figcaption></figure>`).join('')}<p>Parents were asked to comment.`);
  const credits = (url: string) => trace(figures('The school at dusk. Photo: Harian.example', 'The new wing. Photo: Imago/Blaulicht-News.de'), url).photoCredits.map((p) => p.credit);

  it("drops the page's own site named by its bare address, on the site or one of its sections", () => {
    expect(credits('https://www.harian.example/local/schools-report')).toEqual(['Imago/Blaulicht-News.de']);
    expect(credits('https://regional.harian.example/local/schools-report')).toEqual(['Imago/Blaulicht-News.de']);
  });

  it("keeps another site's address as the credit", () => {
    expect(credits('https://www.example-daily.com/local/schools-report')).toEqual(['Harian.example', 'Imago/Blaulicht-News.de']);
  });
});

describe('own site named by its title', () => {
  const zhPage = (title: string, body: string) =>
    parseHTML(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>市区新建三座口袋公园</h1>${body}</article></body></html>`).document as unknown as Document;
  const zhStory = (line: string, lead: string) =>
    zhPage(
      '市区新建三座口袋公园_城市频道_江城在线_jcnews.cn',
      `<p>${line}</p><p>${lead}据市园林局消息，三座口袋公园将于本月底对市民开放，公园内设有健身步道和儿童游乐区。</p>
<p>市园林局表示，明年还将新建五座口袋公园，重点布局在老旧小区周边，方便居民就近休闲。</p>`,
    );
  const names = (doc: Document, url: string) => trace(doc, url, { force: true }).sources.map((s) => s.name);

  it("takes the title's closing name for the site's own source line and dateline", () => {
    expect(names(zhStory('2024-05-08 10:20 来源：江城在线', '江城在线5月8日讯 '), 'https://www.jcnews.cn/city/2024/0508/1.shtml')).toEqual(['市园林局']);
  });

  it('takes the address label glued to that name for the site too', () => {
    expect(names(zhStory('来源：jcnews江城在线', ''), 'https://www.jcnews.cn/city/2024/0508/1.shtml')).toEqual(['市园林局']);
  });

  it("keeps another outlet named in the source line", () => {
    expect(names(zhStory('来源：南湖晚报', '南湖晚报讯 '), 'https://www.jcnews.cn/city/2024/0508/1.shtml')).toEqual(['南湖晚报', '市园林局']);
  });
});

describe('own site named in another case', () => {
  const ruPage = (body: string) =>
    parseHTML(`<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Мост откроют весной — Вестник</title><meta property="og:site_name" content="Вестник"></head>
<body><article><h1>Мост откроют весной</h1><p>Строительство моста через реку завершат к апрелю, движение по нему откроют в мае, сообщили в администрации города.</p><p>${body}</p>${'<p>Старый мост закроют на ремонт сразу после открытия нового, объезд пройдет по окружной дороге, а автобусы пустят в обход центра города на все лето.</p>'.repeat(5)}</article></body></html>`).document as unknown as Document;

  it("takes the site's own name with a case ending for the page itself", () => {
    const report = trace(ruPage('Об этом сообщил мэр города, передает корреспондент «Вестника».'), 'https://vestnik.example/news/123');
    expect(report.sources.map((s) => s.name)).toEqual([]);
  });

  it('keeps another outlet whose name starts like it', () => {
    const report = trace(ruPage('Об этом сообщает газета «Вестниковед».'), 'https://vestnik.example/news/123');
    expect(report.sources.map((s) => s.name)).toEqual(['Вестниковед']);
  });
});

describe('own publisher in a caption-like source box', () => {
  const boxed = (label: string) =>
    page(`<p>The district found that the teacher had left the class alone for most of the afternoon, and parents were told only a week later.</p>
<div class="photo"><img src="/class.jpg" alt=""><div class="news-source">${label}</div></div>
<p>The report recommends new rules for substitute teachers and a review of how the district tells families about incidents in class.</p>`);

  it("does not credit the page's own publisher as a photo's through a source label ('Source: Valley Courier'); a photo label still does", () => {
    const url = 'https://www.valleycourier.example/local/schools-report';
    const own = trace(boxed('Source: Valley Courier'), url);
    expect(own.photoCredits.map((p) => p.credit)).toEqual([]);
    expect(trace(boxed('Photo: Valley Courier'), url).photoCredits.map((p) => p.credit)).toEqual(['Valley Courier']);
    expect(trace(boxed('Source: Harbour Works'), url).photoCredits.map((p) => p.credit)).toEqual(['Harbour Works']);
  });
});
