/**
 * Engine cases that cut across languages: each row a way of printing a credit the reader must handle
 * (or a near-miss it must not take), whatever the language's own tables say.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../lib/detect';
import { outletRegistry } from '../lib/outlets/index';
import type { PageBlock } from '../lib/page';
import { credits, folded, printedPhotoCredits } from './cues/harness';

describe('engine: names', () => {
  it.each([
    ['ru', 'Министерство обороны России сообщило об уничтожении беспилотников.', ['Министерство обороны России']],
    ['fr', "L'Agence du revenu du Canada a indiqué que le stratagème visait le fisc.", ['Agence du revenu du Canada']],
    ['ja', '米紙ワシントン・ポストによると、交渉は難航している。', ['ワシントン・ポスト']],
    ['en', 'The senator told the New York Times that the bill would pass.', ['New York Times']],
    ['en', 'The strike hit a depot near the border, according to U.S. Central Command.', ['U.S. Central Command']],
    ['en', 'The bill is stalled in committee, The Hill reported.', ['The Hill']],
    ['vi', 'Ảnh: Chosun Tờ Yonhap dẫn lời một quan chức cho biết tàu sẽ rời cảng.', ['Yonhap']],
    ['id', 'REPUBLIKA.CO.ID, LEBAK -- Banjir merendam ratusan rumah di Lebak.', ['REPUBLIKA.CO.ID']],
    ['fr', 'Selon Le Monde, le projet sera abandonné.', ['Le Monde']],
    ['fr', '« Nous allons continuer », a confié au Parisien le maire.', ['Le Parisien']],
    ['de', 'Wie das Nachrichtenmagazin „Spiegel“ berichtet, wurde der Vertrag gekündigt.', ['Spiegel']],
    ['pt', 'Segundo o jornal Estado de S. Paulo, o decreto sai amanhã.', ['Estado de S. Paulo']],
    ['es', 'El secretario general de la ONU dijo que la paz era posible.', ['ONU']],
  ])('%s: %s', (lang, text, expected) => {
    expect(credits(text, lang).sources).toEqual(folded(expected));
  });

  it.each([
    // Read back from the role, "and" joins a person to an office: "Trump and US Trade" is no name.
    ['en', 'Trump and US Trade Representative Robert Lighthizer recognize the deal is weak, a person briefed on the call said.'],
    ['tl', 'Sinabi ng DOH Secretary Teodoro Herbosa na ligtas ang bakuna.'],
    ['en', 'Police said the driver was taken to hospital.'],
    ['en', 'The Dow Jones Industrial Average added 256.81 points to a record.'],
    ['es', 'El ex secretario general de la ONU dijo que la paz era posible.'],
    ['de', 'Mikaela Shiffrin (USA/Ski alpin): Die Favoritin startet am Sonntag.'],
  ])('%s: no source in %s', (lang, text) => {
    expect(credits(text, lang).sources).toEqual([]);
  });
});

describe('engine: photo credits', () => {
  it.each([
    ['zh', '小花母亲供图', 'body', ['小花母亲']],
    ['ja', '記者団の質問に答える首相（写真：共同）', 'caption', ['共同']],
    ['en', 'President Joe Biden at the White House, Washington / AFP', 'caption', ['AFP']],
    ['ja', '韓国の国旗＝ＡＰ', 'caption', ['ＡＰ']],
    ['ko', '두 정상이 대화하고 있다. 뉴스1', 'caption', ['뉴스1']],
    ['en', '© REUTERS / Amr Abdallah Dalsh', 'body', ['REUTERS / Amr Abdallah Dalsh']],
    ['en', 'Protesters gather outside the court on Monday. (Dustin Franz/AFP/Getty Images)', 'body', ['Dustin Franz/AFP/Getty Images']],
    ['en', 'A voter leaves the booth. | Illustration by POLITICO / AP Photo', 'body', ['POLITICO / AP Photo']],
    ['fr', 'Roman Prymula, photo: Archives du Gouvernement tchèque', 'body', ['Archives du Gouvernement tchèque']],
    ['id', 'Presiden Joko Widodo, foto: Biro Pers Sekretariat Presiden', 'body', ['Biro Pers Sekretariat Presiden']],
    // A source label under a picture or a video names its credit (and stays a source).
    ['vi', 'Người dân đi bộ trên phố đi bộ Nguyễn Huệ. (Nguồn: Xinhua)', 'caption', ['Xinhua']],
    ['en', 'Firefighters at the scene of the blaze. Source: Metro Fire Department', 'caption', ['Metro Fire Department']],
    // A picture agency or stock site the registry knows, closing the caption on its own.
    ['en', 'A container ship enters the port at dawn. Alamy', 'caption', ['Alamy']],
    ['en', 'Students sit an exam in the main hall. iStock', 'caption', ['iStock']],
    // A "Name/Agency" credit glued to the caption's last word by scraping.
    ['id', 'Petugas memeriksa kendaraan di gerbang tol Cikampek.Republika/Thoudy Badai', 'caption', ['Republika/Thoudy Badai']],
    ['en', 'A courtroom sketch of the hearing. Courtesy of Linda Marsh', 'caption', ['Linda Marsh']],
  ] as const)('%s: %s', (lang, text, kind, expected) => {
    expect(credits(text, lang, kind).photos).toEqual(folded([...expected]));
  });
});

describe('engine: photo credits as printed', () => {
  it.each([
    ['ko', '강연을 하고 있는 대통령 당선인 [사진 출처 = 연합뉴스]', ['연합뉴스']],
    ['ja', '記者会見する首相（写真＝共同）', ['共同']],
    ['en', 'Protesters gather outside the court. (Dustin Franz/AFP/Getty Images)', ['Dustin Franz/AFP/Getty Images']],
    // "Dok." after "Foto:" is a second label, not part of the name: one credit, printed once.
    ['id', 'Banjir merendam permukiman warga. Foto: Dok. Humas Pemkab Garut', ['Humas Pemkab Garut']],
    ['id', 'Banjir merendam permukiman warga. (Dok. BPBD Kabupaten Bandung)', ['BPBD Kabupaten Bandung']],
  ])('%s: %s', (lang, text, expected) => {
    expect(printedPhotoCredits(text, lang)).toEqual(expected);
  });
});

describe('engine: after the body', () => {
  const detectTail = (text: string, links: { href: string; text: string }[], kind: 'tail' | 'fringe' = 'tail') => {
    const body: PageBlock = { index: 0, text: 'Soal ujian untuk jenjang SMA disiarkan pukul 10.00 WIB.', links: [], kind: 'body', creditParts: [], pieces: [], creditElement: false };
    const tail: PageBlock = { index: 1, text, links, kind, creditParts: [], pieces: [], creditElement: false };
    return detect({ blocks: [body, tail] }, 'id', outletRegistry()).findings.filter((f) => f.role === 'source').map((f) => f.name);
  };

  it.each([
    ['(AFP)', ['AFP']],
    // The editor's initials beside the agency.
    ['aja/PAP', ['PAP']],
    ['red/dpa', ['dpa']],
    // Initials alone, or beside no agency, credit no one.
    ['abc/xyz', []],
  ])('takes an end credit printed as a line of its own: %s', (line, expected) => {
    expect(detectTail(line, [])).toEqual(expected);
  });

  it('takes no tag for a credit: a block that is one link to a tag page', () => {
    expect(detectTail('TVRI', [{ href: 'https://news.example/tag/tvri', text: 'TVRI' }])).toEqual([]);
    expect(detectTail('AFP', [{ href: 'https://news.example/topics/afp?src=article', text: 'AFP' }])).toEqual([]);
  });

  it("takes an end credit linked to the agency's author page", () => {
    expect(detectTail('AFP', [{ href: 'https://news.example/auteur/2005-afp', text: 'AFP' }])).toEqual(['AFP']);
  });
});

describe('engine: a copyright credit closing a line', () => {
  it.each([
    ['meta', 'A cyclist rides past a blocked fuel plant near La Paz, November 19, 2019. © Reuters / David Mercado', ['Reuters / David Mercado']],
    ['body', '© AFP / Jim Watson', ['AFP / Jim Watson']],
    // A site's copyright names no photo's author.
    ['meta', '© 2019 Reuters. All rights reserved.', []],
  ] as const)('%s: %s', (kind, text, expected) => {
    expect(printedPhotoCredits(text, 'en', kind)).toEqual([...expected]);
  });

  it('takes no file in a sentence for a photo label', () => {
    expect(credits('The file was sent to prosecutors on Monday. He opened the file: Reuters had it first.', 'en').photos).toEqual([]);
  });
});

describe('engine: a label glued to the word before it (scraped text)', () => {
  it.each([
    ['id', 'Simak berita lainnya di Republikasumber : Kementerian Perhubungan', ['Kementerian Perhubungan']],
    // Words that merely end like a label credit no one.
    ['en', 'Read the whole thread at resource: https://example.com/x', []],
    ['id', 'Hal itu disampaikan Narasumber: Dr. Budi di Jakarta.', []],
  ] as const)('%s: %s', (lang, text, expected) => {
    const found = credits(text, lang);
    expect([...found.sources, ...found.basedOn]).toEqual(folded([...expected]));
  });
});
