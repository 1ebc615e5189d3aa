/**
 * Key facts that survive translation: dates in every form the press prints them become one day/month,
 * numbers one value, names one folded word; a story's facts looked up in another page give the match.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { storyNames, storyOf } from '../../lib/follow/facts';
import { matchStory } from '../../lib/follow/match';
import { MONTH_ROWS } from '../../lib/follow/months';
import { limiter } from '../../lib/follow/limiter';
import { parseDocument } from '../../lib/html';
import { readPage } from '../../lib/page';

const storyOfText = (body: string, lang = 'en', title = 'A story') =>
  storyOf({ page: readPage(parseDocument(`<html lang="${lang}"><head><title>${title}</title></head><body><article><p>${body}</p></article></body></html>`), 'https://x.example/a').page, lang, exclude: [] });

describe('dates', () => {
  it.each([
    ['id', 'Kunjungan itu dimulai pada 14 Oktober di ibu kota.', '14/10'],
    ['vi', 'Chuyến thăm bắt đầu ngày 14/10 tại thủ đô.', '14/10'],
    ['vi', 'Chuyến thăm bắt đầu ngày 14 tháng 10 tại thủ đô.', '14/10'],
    ['en', 'The visit began on October 14 in the capital.', '14/10'],
    ['en', 'The visit began on Oct. 14 in the capital.', '14/10'],
    ['de', 'Der Besuch begann am 14. Oktober in der Hauptstadt.', '14/10'],
    ['es', 'La visita comenzó el 14 de octubre en la capital.', '14/10'],
    ['fr', 'La visite a commencé le 14 octobre dans la capitale.', '14/10'],
    ['zh', '访问于10月14日在首都开始。', '14/10'],
    ['ko', '방문은 10월 14일 수도에서 시작됐다.', '14/10'],
    ['en', 'Filed 2024-10-14 from the capital.', '14/10'],
    ['de', 'Stand: 14.10.2024, aus der Hauptstadt.', '14/10'],
    ['en', 'The deadline was 10/14/2024, officials said.', '14/10'],
  ])('%s: %s → %s', (lang, text, key) => {
    expect(storyOfText(text, lang).dates).toContain(key);
  });

  it.each([
    ['en', 'Growth was 3.5 percent and may 10 firms close.'],
    ['en', 'The meeting started at 14:10 in the capital.'],
  ])('%s: no date in %s', (lang, text) => {
    expect(storyOfText(text, lang).dates).toEqual([]);
  });

  it('has twelve months in every language row', () => {
    for (const row of Object.values(MONTH_ROWS)) expect(row).toHaveLength(12);
  });
});

describe('numbers and names', () => {
  it('reads thousands separators of every kind as one number, and leaves ids, times and small numbers out', () => {
    expect(storyOfText('Some 45,000 people came, 45.000 said others; 3 left at 21:08, see 204241014210826959.').numbers).toEqual(['45000']);
  });

  it('takes names the text repeats, not sentence openers or table words', () => {
    const s = storyOfText('Minister Kovalenko met Tanaka in Oslo. Kovalenko said talks in Oslo went well. However, Tanaka disagreed.');
    expect(s.facts.filter((f) => f.kind === 'name').map((f) => f.text).sort()).toEqual(['Kovalenko', 'Oslo', 'Tanaka']);
  });
});

describe('names as they are read', () => {
  it('shows a word in the name it usually sits in, and compares the word alone', () => {
    const s = storyOfText('Ông Tập Cận Bình tiếp khách tại Bắc Kinh. Tại Bắc Kinh, ông Tập Cận Bình phát biểu.', 'vi');
    expect(s.facts.filter((f) => f.kind === 'name').map((f) => f.text)).toEqual(['Tập Cận Bình', 'Bắc Kinh']);
    const other = storyOfText('Xi spoke in Beijing; Kinh was not there.', 'en');
    expect(matchStory(s, other)).toEqual({ score: 0.5, matched: ['Bắc Kinh'], missing: ['Tập Cận Bình'] });
  });
});

describe('matchStory', () => {
  it('matches a translation by names, dates and numbers; misses what another story lacks', () => {
    const copy = storyOfText('Menteri Kovalenko tiba di Oslo pada 14 Oktober. Kovalenko bertemu Tanaka di Oslo, dan 1.200 tentara hadir. Tanaka senang.', 'id');
    const original = storyOfText('Minister Kovalenko arrived in Oslo on October 14 and met Tanaka. Some 1,200 troops attended, Kovalenko said.', 'en');
    const other = storyOfText('A glasshouse opened in Cedar Falls on June 2 with 400 species, curator Brenner said. Brenner was pleased.', 'en');
    const same = matchStory(copy, original)!;
    expect(same).toEqual({ score: 1, matched: ['Oslo', 'Kovalenko', 'Tanaka', '14 Oktober', '1.200'], missing: [] });
    expect(matchStory(copy, other)!.score).toBe(0);
  });

  it('has no match when the copy has no facts', () => {
    expect(matchStory(storyOfText('it was fine.'), storyOfText('Something else.'))).toBeUndefined();
  });
});

describe('limiter', () => {
  it('starts tasks in order, one per host', async () => {
    const run = limiter(4, 1);
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 10));
      log.push(`end ${name}`);
    };
    await Promise.all([run('a', task('a1')), run('a', task('a2')), run('b', task('b1'))]);
    expect(log.indexOf('start a2')).toBeGreaterThan(log.indexOf('end a1'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
  });
});

describe("the names alone (what a report's searches need)", () => {
  const pages = ['demo/seed-article-id.html', ...readdirSync('test/pages').map((d) => `test/pages/${d}/index.html`)].filter((f) => {
    try {
      return !!readFileSync(f);
    } catch {
      return false;
    }
  });
  it.each(pages)('%s: the same names as the whole story', (file) => {
    const { page } = readPage(parseDocument(readFileSync(file, 'utf8')), 'https://x.example/a');
    const input = { page, lang: page.lang?.slice(0, 2) ?? 'en', published: '2024-10-14', exclude: ['Reuters'] };
    const whole = storyOf(input);
    const names = storyNames(input);
    expect(names.facts).toEqual(whole.facts.filter((f) => f.kind === 'name'));
    expect([names.lang, names.published]).toEqual([whole.lang, whole.published]);
  });
});

