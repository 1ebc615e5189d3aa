/**
 * Issue 11, item 1: each body once, under the name the page prints. Pages written here in the shapes real
 * sites print (credit labels in hidden spans, a cue glued to a name, a short form the text defines).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../lib/node/load';
import { trace } from '../lib/trace';

/** An article page: a real-sized body (so it reads as one) with the given blocks among its paragraphs. */
function page(lang: string, filler: string, blocks: string[], head = ''): string {
  const body = blocks.flatMap((b, i) => [`<p>${filler} (${i + 1})</p>`, b]).join('\n');
  return `<html lang="${lang}"><head><title>T</title>${head}</head><body><article><h1>T</h1>${body}<p>${filler} (end)</p><p>${filler} (end 2)</p></article></body></html>`;
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
