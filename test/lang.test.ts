import { describe, expect, it } from 'vitest';
import { languages } from '../lib/cues/index';
import { guessLang, scriptOf } from '../lib/lang';

// scriptOf counts characters in one pass (ASCII letters without a regex, other characters by a cached
// script): these rows pin what the counting must say.
describe('scriptOf', () => {
  it.each([
    ['Officials said on Tuesday that the bridge would reopen.', 'latin'],
    ['Người phát ngôn cho biết cây cầu sẽ mở lại.', 'latin'],
    ['Официальные лица заявили во вторник', 'cyrillic'],
    ['官员周二表示大桥将重新开放', 'han'],
    // A little kana among Han characters is Japanese.
    ['政府は火曜日に橋を再開すると発表した', 'kana'],
    // Characters beyond the BMP (CJK Extension B) count once each, as Han.
    ['𠀀𠀁𠀂 abc', 'han'],
    ['관계자들은 화요일 다리가 다시 열린다고 말했다', 'hangul'],
    ['وقال المسؤولون يوم الثلاثاء', 'arabic'],
    // A character of these scripts weighs three Latin letters: a Chinese or Japanese sentence quoting an English
    // title or a firm's Latin name stays Chinese or Japanese; an English one naming a Chinese firm stays English.
    ['研究团队在英国期刊《自然》发表题为Deep ocean warming since the industrial era的论文。', 'han'],
    ['Northwind Tradingは12日、新しい工場を建設すると発表した', 'kana'],
    ['The company, known as 华为 in China, said on Monday it would appeal.', 'latin'],
    ['12345 !!! ---', 'latin'],
    ['', 'latin'],
  ])('%s → %s', (text, script) => {
    expect(scriptOf(text)).toBe(script);
  });

  it('reads only the first 2,000 characters', () => {
    expect(scriptOf(`${'a'.repeat(2000)}${'官'.repeat(3000)}`)).toBe('latin');
  });
});

describe('guessLang', () => {
  const all = () => languages().values();
  it('gives the same answer when asked again with another fallback', () => {
    const text = 'Menurut keterangan polisi, jembatan itu akan dibuka kembali pada hari Selasa dan warga bisa melintas.';
    expect(guessLang(text, all(), 'en')).toBe('id');
    expect(guessLang(text, all(), 'vi')).toBe('id');
    expect(guessLang(text, all(), 'id')).toBe('id');
  });

  it('falls back on the fallback for short text, whichever fallback', () => {
    expect(guessLang('Jakarta Post', all(), 'id')).toBe('id');
    expect(guessLang('Jakarta Post', all(), 'en')).toBe('en');
  });

  // A line too short for its words to tell is in the language whose own letters it holds, whatever the fallback.
  it.each([
    ['Nguồn: Tuổi Trẻ', 'en', 'vi'],
    ['Ảnh: AFP', 'id', 'vi'],
    ['Bộ Y tế cho biết', 'id', 'vi'],
    ['Tin, ảnh: Hải Yến', 'en', 'vi'],
    // No Vietnamese letter: the fallback stays ("ê" and "â" are French and Portuguese letters too).
    ['Photo: Lê Anh/VNA', 'en', 'en'],
    ['Theo TTXVN', 'id', 'id'],
    ['Sumber: Antara', 'id', 'id'],
  ])('%s (fallback %s) → %s', (text, fallback, lang) => {
    expect(guessLang(text, all(), fallback)).toBe(lang);
  });
});
