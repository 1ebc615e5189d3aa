/**
 * The cue probe (lib/cues/probe.ts) only skips searches that would find nothing: a probed cue regex finds
 * exactly what the plain regex of the same words finds, in every language's cue tables, on sentences
 * written for this test and on random mixes of cue words, names and odd characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages } from '../../lib/cues/index';
import { CueProbe, ProbedRegExp } from '../../lib/cues/probe';

/** Every match (index and text) of a global regex, searched as the detector searches: from lastIndex 0. */
function matches(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (!m[0]) re.lastIndex++;
  }
  return out;
}

function sameAsPlain(code: string, text: string): void {
  for (const c of languages().get(code)!.cues) {
    const plain = new RegExp(c.regex.source, c.regex.flags);
    expect(matches(c.regex, text), `${c.tag} in ${JSON.stringify(text)}`).toEqual(matches(plain, text));
  }
}

describe('cue probe', () => {
  it.each([
    ['en', 'The harbour board said in a statement on Monday that the pier would close.'],
    ['en', 'According to the Harbour Trust, the ferry was late; officials told reporters it would run again.'],
    ['en', 'Photo: Lena Ortiz/Coastline Wire'],
    ['en', 'SOURCE: Tidewater Bureau'],
    ['en', '"We are ready," said the union\'s spokesman, Sam Reyes.'],
    ['en', 'Newsweekreported that the Westbay Trust saidX, then said.'],
    ['id', 'Menurut Badan Cuaca Pesisir, hujan deras turun; kata juru bicara dinas, jalan ditutup.'],
    ['id', 'Republikasumber : Kantor Warta Selatan'],
    ['vi', 'Theo Cục Thủy văn, mưa lớn kéo dài; ông Minh cho biết đường đã đóng.'],
    ['de', 'Wie die Hafenbehörde mitteilte, bleibt der Kai geschlossen, sagte ein Sprecher.'],
    ['fr', "D'après l'Office des ports, selon un porte-parole, le quai restera fermé."],
    ['zh', '据沿海气象台报道，暴雨持续，港务局称码头关闭。'],
    ['ja', '港湾局は13日、埠頭を閉鎖すると発表した。'],
    ['ar', 'وقال مكتب الموانئ إن الرصيف سيغلق.'],
    ['en', '𠀀said 𠀀 according to 𝒜gency, saidsaid said'],
    ['en', ''],
  ])('%s: %s', (code, text) => sameAsPlain(code, text));

  it('finds the same as the plain regexes on random mixes of cue words', () => {
    const langs = ['en', 'id', 'vi', 'de', 'zh', 'fr', 'es'];
    const cueWords = langs.flatMap((code) => languages().get(code)!.data.cues.flatMap((c) => c.words.slice(0, 6)));
    const piece = fc.oneof(fc.constantFrom(...cueWords), fc.constantFrom('Reuters', 'Bộ Y tế', 'X', '—', '(', ':', "'", '’', ' ', '\n', '𝒜'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.constantFrom(...langs), fc.array(piece, { maxLength: 12 }), fc.constantFrom('', ' ', 'x'), (code, pieces, glue) => sameAsPlain(code, pieces.join(glue))),
      { seed: 20261207, numRuns: 300 },
    );
    // 300 runs of every language's regexes, twice each: seconds on a loaded 2-core machine, not a time limit.
  }, 60_000);

  it('tells where a cue may first match, so the search starts there', () => {
    const probe = new CueProbe([['said'], ['according to'], ['Sumber']], 'latin');
    // The first word's place, less the white space before it (a cue word may open with some).
    expect(probe.firstAt(0, 'The board said it, and said so again.')).toBe(9);
    expect(probe.firstAt(1, 'He said, According to the board, it would close.')).toBe(8);
    expect(probe.firstAt(0, 'said the board.')).toBe(0);
    // A word inside another ("Newsaid") is no start; none at all is -1.
    expect(probe.firstAt(0, 'Newsaid nothing.')).toBe(-1);
    expect(probe.firstAt(2, 'No label here.')).toBe(-1);
    const probed = new ProbedRegExp('according\\s+to', 'gu', probe, 1);
    expect(matches(probed, 'He said, according to the board and according to the port.')).toEqual([
      [9, 'according to'],
      [36, 'according to'],
    ]);
  });

  it('keeps every place a cue may start, and searches from any lastIndex as the plain regex does', () => {
    const probe = new CueProbe([['said'], ['according to'], [' ']], 'latin');
    const text = 'The board said it, according to the port, and said so again; Newsaid no.';
    expect(probe.starts(0, text)).toEqual([10, 46]);
    expect(probe.starts(1, 'Nothing here.')).toEqual([]);
    // A cue of white space alone can be ruled out nowhere: searched as usual.
    expect(probe.starts(2, text)).toBeUndefined();
    const probed = new ProbedRegExp('(?<![\\p{L}])said', 'gu', probe, 0);
    const plain = new RegExp(probed.source, 'gu');
    for (const from of [0, 5, 10, 11, 46, 47, 200]) {
      probed.lastIndex = from;
      plain.lastIndex = from;
      const [a, b] = [probed.exec(text), plain.exec(text)];
      expect([a?.index, a?.[0], probed.lastIndex], `from ${from}`).toEqual([b?.index, b?.[0], plain.lastIndex]);
    }
    expect(text.replace(probed, 'X')).toBe(text.replace(plain, 'X'));
    expect(probed.test('Newsaid nothing')).toBe(false);
  });

  it('regexes derived from a probed one are plain (split, matchAll)', () => {
    const probed = new ProbedRegExp('a', 'gu', new CueProbe([['b']], 'latin'), 0);
    expect('xax'.split(probed)).toEqual(['x', 'x']);
    expect([...'aa'.matchAll(probed)].length).toBe(2);
  });
});
