/**
 * Turkish attribution cues.
 * Source: usage in Turkish news (Anadolu Ajansı, DHA, İHA, NTV, CNN Türk, Hürriyet, Sabah, Sözcü, BBC Türkçe),
 * checked against ../shared/reference/cues.md and the Turkish page of the corpus. Turkish is postpositional and
 * verb-final, so almost every cue follows its source (`after`): "Reuters'ın haberine göre", "AA muhabirine
 * konuşan", "Valilikten yapılan açıklamada", "İçişleri Bakanlığı tarafından yapılan açıklamada". Case suffixes
 * glue to the name: after an apostrophe (proper names, acronyms, foreign outlets: "Reuters'ın", "AA'ya",
 * "Bloomberg'de") the cue starts with the suffix ("ın haberine göre"), and the apostrophe is an auxiliary the
 * reader steps over, so the name is read without its suffix. Institution names take their suffix without an
 * apostrophe ("Sağlık Bakanlığının"): those cues start at the next word, and orgWords lists the case forms of
 * the nouns that head such names (`cases`). Write words with Turkish capitals as printed (İ, I, ı, i): matching
 * folds case the JavaScript way, which does not map I to ı. Edit: one word or suffix in its table, and a
 * sentence in test/cues/tr.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

/** Suffix allomorphs after an apostrophe: genitive (of), dative (to), ablative (from), locative (in). */
const GEN = ['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün'];
const DAT = ['a', 'e', 'ya', 'ye', 'na', 'ne'];
const ABL = ['dan', 'den', 'tan', 'ten', 'ndan', 'nden'];
const LOC = ['da', 'de', 'ta', 'te', 'nda', 'nde'];
/** Each phrase after each suffix: "ın haberine göre", "nin haberine göre", … */
const suffixed = (suffixes: string[], phrases: string[]) => suffixes.flatMap((s) => phrases.map((p) => `${s} ${p}`));

const BACK = 'aıou';
const HIGH: Record<string, string> = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' };
/**
 * A possessive compound head and its case forms, with vowel harmony: Bakanlığı → Bakanlığının, Bakanlığına,
 * Bakanlığında, Bakanlığından, Bakanlığınca; Belediyesi → Belediyesinin, Belediyesine, …
 */
function cases(word: string): string[] {
  const v = word.match(/[aeıioöuü](?=[^aeıioöuü]*$)/)?.[0] ?? 'a';
  const a = BACK.includes(v) ? 'a' : 'e';
  const h = HIGH[v]!;
  const all = [word, `${word}n${h}n`, `${word}n${a}`, `${word}nd${a}`, `${word}nd${a}n`, `${word}nc${a}`];
  for (const f of all.slice(1)) LEMMAS.push(`${f}>${word}`);
  return all;
}

/** Case forms back to the nominative (Bakanlığının → Bakanlığı, Valilikten → Valilik), read as the file's `lemmas`. */
const LEMMAS: string[] = [];
/** A bare noun's forms with their suffixes glued on (no apostrophe): Valilik → Valilikten, Valiliğin, Valiliğe. */
const bare = (word: string, ...suffixed: string[]) => {
  for (const f of suffixed) LEMMAS.push(`${f}>${word}`);
  return [word, ...suffixed];
};

// What an outlet's report says: the outlet is the source, whoever it is ("haberine göre" = "according to its report").
const REPORT_GEN = ['haberine göre', 'haberinde', 'haberlerine göre', 'aktardığına göre', 'yazdığına göre', 'yayımladığı habere göre', 'internet sitesinde yer alan habere göre', 'internet sitesindeki habere göre', 'muhabirinin haberine göre', 'muhabirinin edindiği bilgiye göre', 'muhabirinin edindiği bilgilere göre'];
// What a body says or publishes: a person may say it too, so the name must look like an organization.
const STATEMENT_GEN = ['bildirdiğine göre', 'duyurduğuna göre', 'açıklamasına göre', 'açıklamasında', 'yazılı açıklamasında', 'açıklamalarına göre', 'verilerine göre', 'raporuna göre', 'raporunda', 'araştırmasına göre', 'anketine göre', 'tahminine göre', 'tahminlerine göre', 'açıkladığı verilere göre', 'açıkladığı rakamlara göre', 'yayımladığı rapora göre', 'yayımladığı verilere göre', 'internet sitesinden yapılan açıklamada', 'sosyal medya hesabından yapılan açıklamada', 'sosyal medya hesabından yapılan paylaşımda', 'edindiği bilgiye göre', 'edindiği bilgilere göre', 'iddiasına göre'];
// Told to an outlet: "CNN Türk'e konuşan", "Reuters'a verdiği demeçte".
const TOLD_DAT = ['konuşan', 'konuştu', 'verdiği demeçte', 'verdiği röportajda', 'verdiği mülakatta', 'yaptığı açıklamada', 'açıklama yapan', 'bilgi veren'];
// From a body: "Valilikten yapılan açıklamada".
const FROM_ABL = ['yapılan açıklamada', 'yapılan yazılı açıklamada', 'yapılan duyuruda', 'yapılan paylaşımda', 'yapılan açıklamaya göre', 'alınan bilgiye göre', 'alınan bilgilere göre', 'edinilen bilgiye göre', 'edinilen bilgilere göre', 'aktarılan bilgiye göre'];
// In an outlet: "Bloomberg'de yer alan habere göre".
const IN_LOC = ['yer alan habere göre', 'yer alan haberde', 'yayımlanan habere göre', 'yayımlanan haberde', 'yayımlanan makalede', 'çıkan habere göre'];

export default {
  lang: 'tr',
  name: 'Turkish',
  script: 'latin',
  nameStyle: 'words',
  // "da"/"de" count: the language guesser splits "Ankara'da" into two words, so they are frequent.
  stopwords: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'daha', 'çok', 'gibi', 'olan', 'ise', 'ki', 'ancak', 'kadar', 'sonra', 'göre', 'değil', 'ama', 'şu', 'tarafından', 'olduğunu', 'olduğu', 'yapılan', 'ilgili', 'arasında', 'üzerine', 'edildi', 'etti', 'oldu', 'yüzde', 'ne', 'her', 'veya', 'hem', 'çünkü', 'dedi', 'ayrıca', 'şekilde'],
  cues: [
    { id: 'report-of', form: 'after', strong: true, words: suffixed(GEN, REPORT_GEN), note: "Reuters'ın haberine göre; AA'nın aktardığına göre: the name before the apostrophe" },
    { id: 'report-in', form: 'after', strong: true, words: suffixed(LOC, IN_LOC), note: "Bloomberg'de yer alan habere göre" },
    { id: 'told-to', form: 'after', strong: true, words: [...suffixed(DAT, TOLD_DAT), 'muhabirine konuşan', 'muhabirine açıklama yapan', 'muhabirine yaptığı açıklamada', 'muhabirine bilgi veren', 'muhabirinin sorularını yanıtlayan', 'muhabirine konuştu'], note: "CNN Türk'e konuşan; AA muhabirine açıklama yapan: the outlet that got the words" },
    { id: 'according', form: 'after', words: [...suffixed(DAT, ['göre']), ...suffixed(GEN, STATEMENT_GEN), ...suffixed(ABL, FROM_ABL), 'kaynaklarına göre', 'kaynaklı haberlere göre', 'kaynaklı habere göre', 'kaynaklı haberde', 'kaynaklı haberlerde'], note: "AA'ya göre; TÜİK'in verilerine göre; MSB'den yapılan açıklamada; Emniyet kaynaklarına göre" },
    {
      id: 'statement',
      form: 'after',
      words: [
        // The suffix glued to an institution's name (no apostrophe): "Sağlık Bakanlığının açıklamasına göre", "Valilikten yapılan açıklamada".
        'göre', ...REPORT_GEN, ...STATEMENT_GEN, ...FROM_ABL, ...TOLD_DAT.filter((w) => w !== 'konuştu'),
        // The name in the nominative before the verb or its phrase: "İçişleri Bakanlığı tarafından yapılan açıklamada", "Bakanlık, yaptığı açıklamada".
        'tarafından yapılan açıklamada', 'tarafından yapılan yazılı açıklamada', 'tarafından açıklanan verilere göre', 'tarafından yayımlanan verilere göre', 'tarafından yayımlanan rapora göre', 'tarafından yayımlanan habere göre', 'tarafından yapılan araştırmaya göre', 'tarafından yapılan açıklamaya göre',
        'yaptığı yazılı açıklamada', 'sosyal medya hesabından yaptığı açıklamada', 'sosyal medya hesabından yaptığı paylaşımda', 'X hesabından yaptığı açıklamada', 'X hesabından yaptığı paylaşımda', 'internet sitesinden yaptığı açıklamada',
        'açıkladı', 'duyurdu', 'bildirdi', 'aktardı', 'doğruladı', 'yalanladı', 'açıklama yaptı', 'yazılı açıklama yaptı', 'iddia etti', 'öne sürdü',
      ],
      note: 'The verb comes last, so only a name right before it (or before the comma that closes the subject) is read',
    },
    {
      id: 'subject',
      form: 'topic',
      words: ['açıkladı', 'duyurdu', 'bildirdi', 'aktardı', 'doğruladı', 'yalanladı', 'açıklama yaptı', 'iddia etti', 'öne sürdü', 'kaydetti', 'belirtti', 'ifade etti', 'vurguladı', 'uyardı', 'açıklamıştı', 'duyurmuştu'],
      note: 'The subject opens the sentence, the verb closes it: "İçişleri Bakanlığı, iki kişinin gözaltına alındığını açıkladı" (only an organization\'s name at the start counts)',
    },
    { id: 'source-line', form: 'label', strong: true, words: ['kaynak', 'haber kaynağı', 'kaynaklar'] },
    { id: 'photo', form: 'label', role: 'photo', strong: true, words: ['fotoğraf', 'foto', 'fotoğraflar', 'görsel', 'görseller', 'fotoğraf kaynağı', 'görsel kaynağı', 'fotoğraf ve video', 'video', 'kamera'] },
  ],
  // The apostrophe before a suffix ("Reuters'" + "ın haberine göre") and the comma that closes a subject
  // ("Sağlık Bakanlığı, yaptığı açıklamada") stand between a name and its cue.
  lemmas: LEMMAS,
  auxiliaries: ["'", ',', 'de', 'da', 'ise', 'bugün', 'dün', 'ayrıca', 'daha önce', 'konuya ilişkin', 'konuyla ilgili', 'olayla ilgili', 'resmi'],
  fillers: ['ve', 'ile'],
  outletWords: [
    ...cases('gazetesi'), ...cases('ajansı'), 'haber ajansı', 'haber ajansının', 'haber ajansına', ...cases('televizyonu'), ...cases('kanalı'), ...cases('haber sitesi'), ...cases('internet sitesi'), ...cases('sitesi'), ...cases('dergisi'), ...cases('radyosu'), 'yayın organı', 'yayın organının',
  ],
  orgWords: [
    ...['Bakanlığı', 'Başkanlığı', 'Müdürlüğü', 'Genel Müdürlüğü', 'Valiliği', 'Kaymakamlığı', 'Belediyesi', 'Başsavcılığı', 'Savcılığı', 'Komutanlığı', 'Kurumu', 'Kurulu', 'Meclisi', 'Ajansı', 'Gazetesi', 'Televizyonu', 'Bankası', 'Borsası', 'Üniversitesi', 'Enstitüsü', 'Vakfı', 'Derneği', 'Odası', 'Birliği', 'Federasyonu', 'Konfederasyonu', 'Sendikası', 'Partisi', 'Cumhurbaşkanlığı', 'Mahkemesi', 'Hakimliği', 'Şirketi', 'Grubu', 'Örgütü', 'Teşkilatı', 'Hükümeti', 'Yönetimi', 'Ofisi', 'Müşavirliği', 'Merkezi', 'Komisyonu', 'Konseyi', 'Büyükelçiliği', 'Konsolosluğu', 'Ordusu', 'Polisi', 'Kuvvetleri', 'Emniyeti', 'Holdingi', 'Sekreterliği'].flatMap(cases),
    ...bare('Bakanlık', 'Bakanlıktan', 'Bakanlığın', 'Bakanlığa'), ...bare('Valilik', 'Valilikten', 'Valiliğin', 'Valiliğe'), ...bare('Başsavcılık', 'Başsavcılıktan', 'Başsavcılığın', 'Başsavcılığa'),
    ...bare('Emniyet', 'Emniyetten', 'Emniyetin', 'Emniyete'), ...bare('Jandarma', 'Jandarmadan', 'Jandarmanın'), ...bare('Belediye', 'Belediyeden', 'Belediyenin'), ...bare('Kaymakamlık', 'Kaymakamlıktan', 'Kaymakamlığın'),
    'Dışişleri', 'İçişleri', 'Genelkurmay', 'Kremlin', 'Pentagon', 'Beyaz Saray', 'Holding', 'A.Ş.', 'AŞ', 'TBMM', 'AFAD', 'MSB', 'TÜİK', 'SGK', 'BDDK', 'SPK', 'TCMB', 'MİT', 'EGM', 'YSK', 'RTÜK', 'MASAK', 'TMSF', 'Kandilli Rasathanesi', 'Meteoroloji',
  ],
  roleWords: ['sözcüsü', 'basın sözcüsü', 'basın müşaviri', 'basın müşavirliği', 'temsilcisi', 'yetkilisi', 'yetkilileri', 'muhabiri', 'muhabirine', 'muhabirinin', 'halkla ilişkiler'],
  positionWords: ['başkanı', 'müdürü', 'genel müdürü', 'genel sekreteri'],
  personTitles: [
    'Cumhurbaşkanı', 'Cumhurbaşkanı Yardımcısı', 'Başbakan', 'Bakan', 'Bakanı', 'Bakan Yardımcısı', 'Başkan', 'Başkanı', 'Genel Başkanı', 'Genel Müdürü', 'Müdürü', 'Vali', 'Valisi', 'Kaymakam', 'Milletvekili', 'Büyükelçi', 'Sayın', 'Bay', 'Bayan',
    'Prof.', 'Prof', 'Doç.', 'Dr.', 'Av.', 'Op.', 'Orgeneral', 'Korgeneral', 'Tümgeneral', 'Tuğgeneral', 'Albay', 'Yarbay', 'Binbaşı', 'Yüzbaşı', 'Komiser', 'Savcı', 'Hakim', 'Kral', 'Kraliçe', 'Prens', 'Papa', 'Şeyh',
    'gazeteci', 'uzman', 'ekonomist', 'akademisyen', 'yazar', 'avukat', 'doktor', 'vatandaş', 'tanık',
  ],
  nameLinks: ['ve'],
  calendar: ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar', 'Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  listJoiners: ['ve', 'ile'],
  excludedLabels: ['ilgili haberler', 'İlgili haberler', 'İlgili Haberler', 'İLGİLİ HABERLER', 'ilgili haber', 'İlgili haber', 'İlgili Haber', 'bunu da okuyun', 'ayrıca okuyun', 'ayrıca bakınız', 'haberin devamı', 'sıradaki haber', 'editör', 'muhabir', 'yazar', 'etiketler', 'abone ol', 'haber merkezi', 'okumaya devam et'],
  notCredits: ['arşiv', 'arşiv fotoğrafı', 'arşiv görüntüsü', 'temsili', 'temsili fotoğraf', 'temsili görsel', 'internet', 'sosyal medya', 'illüstrasyon'],
} satisfies CueFileInput;
