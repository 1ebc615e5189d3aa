/** One excerpt for every quote shown or exported: sentence or word bounds, the credit inside, cuts marked "…". */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip } from '../lib/detect/finding';
import { cutAround, ELLIPSIS, excerpt, isWordBound } from '../lib/excerpt';

const SEED = Number(process.env.PROP_SEED ?? 20261207);
const strip = (s: string) => s.replace(/^…/, '').replace(/…$/, '');

describe('excerpt: a table in several languages', () => {
  const long = (s: string, n: number) => Array.from({ length: n }, () => s).join(' ');
  it.each([
    // [language, text, credit, max, what must be in it, what must not]
    ['en, credit at the end', `${long('The harbour stayed shut for a third day as crews cleared the wreck.', 6)} The outage was first reported by the Coastline Courier on Monday.`, 'Coastline Courier', 120, 'first reported by the Coastline Courier', 'crews cleared the wre…'],
    ['en, credit at the start', `According to the Valley Water Board, ${long('the reservoir level fell again overnight and pumps ran at full load', 5)}.`, 'Valley Water Board', 100, 'According to the Valley Water Board,', undefined],
    ['id, credit in the middle', `${long('Hujan deras mengguyur kawasan pesisir sejak pagi hari.', 4)} Menurut Badan Meteorologi Daerah, cuaca buruk masih berlanjut. ${long('Warga diminta menjauhi tepi sungai yang meluap.', 4)}`, 'Badan Meteorologi Daerah', 120, 'Menurut Badan Meteorologi Daerah, cuaca buruk masih berlanjut.', undefined],
    ['vi, syllables cut only at spaces', `${long('Mưa lớn kéo dài nhiều ngày khiến nước sông dâng cao', 5)}, Sở Giao thông vận tải cho biết sẽ sớm thông xe tuyến đường ven biển ${long('sau khi sửa chữa xong cây cầu bị hư hỏng', 5)}`, 'Sở Giao thông vận tải', 110, 'Sở Giao thông vận tải cho biết', undefined],
    ['de, a long compound is never split', `${long('Die Bauarbeiten am Hafen dauern länger als geplant, heißt es.', 4)} Das teilte die Landesstraßenbaubehörde am Dienstag mit. ${long('Anwohner müssen weiter mit Umleitungen rechnen.', 4)}`, 'Landesstraßenbaubehörde', 90, 'Landesstraßenbaubehörde', undefined],
    ['zh, cut between characters', `${'连日暴雨导致多条道路积水，交通一度中断。'.repeat(6)}据滨海日报报道，抢修工作将于周末完成。${'居民被提醒远离河岸。'.repeat(6)}`, '滨海日报', 60, '据滨海日报报道', undefined],
    ['ja, cut between characters', `${'大雨の影響で各地の道路が冠水した。'.repeat(6)}港湾新聞によると、復旧は週末になる見通しだ。${'住民は川に近づかないよう呼びかけられている。'.repeat(5)}`, '港湾新聞', 60, '港湾新聞によると', undefined],
    ['th, cut at a word bound', `${'ฝนตกหนักต่อเนื่องหลายวันทำให้ถนนหลายสายถูกน้ำท่วม '.repeat(5)}สำนักข่าวชายฝั่งรายงานว่าการซ่อมแซมจะเสร็จในสัปดาห์หน้า ${'ประชาชนถูกขอให้อยู่ห่างจากริมแม่น้ำ '.repeat(5)}`, 'สำนักข่าวชายฝั่ง', 80, 'สำนักข่าวชายฝั่งรายงาน', undefined],
    ['ar, right-to-left words', `${long('استمرت الأمطار الغزيرة لعدة أيام وأغلقت الطرق الرئيسية في المدينة', 5)} وقالت وكالة الأنباء الساحلية إن الإصلاحات ستنتهي قريبا ${long('وطلب من السكان الابتعاد عن ضفاف النهر', 5)}`, 'وكالة الأنباء الساحلية', 120, 'وكالة الأنباء الساحلية', undefined],
  ])('%s', (_, text, credit, max, must, mustNot) => {
    const cut = excerpt(text, [credit], max);
    expect(cut).toContain(must);
    expect(cut).toMatch(/^…|…$/);
    expect(cut.length).toBeLessThanOrEqual(max + 2);
    if (mustNot) expect(cut).not.toContain(mustNot);
    // Whatever it kept is the text's own, in one piece.
    expect(text.replace(/\s+/g, ' ')).toContain(strip(cut));
  });

  it('keeps a short quote whole, white space collapsed and bidi controls dropped', () => {
    expect(excerpt('Theo  Báo Cảng biển,\u202E tàu đã cập bến.', ['Báo Cảng biển'])).toBe('Theo Báo Cảng biển, tàu đã cập bến.');
  });

  it('keeps the cue words beside the name when they stand near it', () => {
    const text = `${'Ships queued outside the port for days while the cranes were repaired. '.repeat(4)}Those figures come from the Port Authority of Westmere, its spokesperson said in a statement. ${'Traders expect the backlog to clear slowly. '.repeat(4)}`;
    const cut = excerpt(text, ['Port Authority of Westmere', 'its spokesperson said'], 120);
    expect(cut).toContain('Port Authority of Westmere, its spokesperson said');
  });

  it('a credit longer than the limit stays whole', () => {
    const credit = 'The Very Long Name Of A Public Body '.repeat(4).trim();
    expect(excerpt(`${'word '.repeat(80)}said ${credit} today ${'word '.repeat(80)}`, [credit], 40)).toContain(credit);
  });

  it('an anchor found nowhere cuts from the start', () => {
    expect(excerpt(`${'Alpha beta gamma delta. '.repeat(30)}`, ['Nowhere'], 50)).toMatch(/^Alpha beta gamma delta\..*…$/);
  });

  it('never cuts a word of a spaced script, nor a Thai word, nor before a combining mark', () => {
    expect(isWordBound('harbour authority', 3)).toBe(false);
    expect(isWordBound('harbour authority', 8)).toBe(true);
    expect(isWordBound('滨海日报报道', 2)).toBe(true);
    expect(isWordBound('สำนักข่าว', 1)).toBe(false); // before the vowel sign of สำ
    expect(isWordBound('😀😀', 1)).toBe(false);
  });
});

describe('the detector clips its evidence the same way', () => {
  it('cuts a 600-character sentence at word bounds around the name, marking each cut', () => {
    const sentence = `${'the crews worked through the night '.repeat(10)}said Harbour Radio News ${'while traffic waited on both banks '.repeat(10)}`;
    const ev = clip(sentence, sentence.indexOf('Harbour Radio News'));
    expect(ev).toContain('said Harbour Radio News');
    expect(ev.startsWith(ELLIPSIS) && ev.endsWith(ELLIPSIS)).toBe(true);
    expect(sentence).toContain(strip(ev));
    expect(strip(ev)).toMatch(/^\S+( \S+)*$/);
    expect(sentence.split(' ')).toEqual(expect.arrayContaining(strip(ev).split(' ')));
  });
});

describe('property: the credit is always inside, and a spaced script is never cut inside a word', () => {
  const word = fc.stringMatching(/^[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵäöüß]{1,12}$/);
  const words = (n: number) => fc.array(word, { minLength: 0, maxLength: n });
  const credit = fc.array(fc.stringMatching(/^[A-Z][a-z]{2,10}$/), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
  const sep = fc.constantFrom(' ', '. ', ', ', '! ', ' — ');

  it('spaced scripts', () => {
    fc.assert(
      fc.property(words(120), credit, words(120), sep, fc.integer({ min: 20, max: 300 }), (before, name, after, s, max) => {
        const text = [before.join(' '), name, after.join(' ')].filter(Boolean).join(s).trim();
        const cut = excerpt(text, [name], max);
        expect(cut).toContain(name);
        const body = strip(cut);
        expect(text).toContain(body);
        const at = text.indexOf(body);
        // Both ends of what was kept are word bounds of the text.
        expect(isWordBound(text, at) && isWordBound(text, at + body.length)).toBe(true);
        if (at > 0) expect(cut.startsWith(ELLIPSIS)).toBe(true);
        if (at + body.length < text.length) expect(cut.endsWith(ELLIPSIS)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('unspaced scripts: the credit is inside, cuts marked', () => {
    const han = fc.stringMatching(/^[\u4e00-\u4fff]{0,200}$/);
    fc.assert(
      fc.property(han, fc.stringMatching(/^[\u5000-\u50ff]{2,6}$/), han, fc.integer({ min: 10, max: 120 }), (a, name, b, max) => {
        const text = `${a}据${name}报道，${b}`;
        const cut = excerpt(text, [name], max);
        expect(cut).toContain(name);
        expect(text).toContain(strip(cut));
        expect(cutAround(text, 0, 0, text.length)).toBe(text);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
