/**
 * States speaking (lib/states, lib/detect/states.ts): a state credited for a statement or a position is its
 * government, in every language the product reads; a state that only acts, a place, a nationality and a
 * team credit no one. Sentences written for these tests in the shapes the press prints.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { STATES } from '../lib/states/countries';
import { SPEECH } from '../lib/states/speech';
import { Speech, State } from '../lib/states/schema';
import { credits, folded } from './cues/harness';

describe('the states table', () => {
  it('is valid', () => {
    expect(() => z.array(State).parse(STATES)).not.toThrow();
    for (const s of Object.values(SPEECH)) expect(() => Speech.parse(s)).not.toThrow();
  });

  it('gives each name, seat and adjective to one state only', () => {
    const owner = new Map<string, string>();
    for (const s of z.array(State).parse(STATES)) {
      for (const n of [...s.names, ...s.seats, ...s.people, s.government]) {
        const k = n.toLowerCase();
        expect(owner.get(k) ?? s.code, `${n}: ${owner.get(k)} and ${s.code}`).toBe(s.code);
        owner.set(k, s.code);
      }
    }
  });
});

describe('a state credited with a statement is its government', () => {
  it.each([
    ['en', 'Russia said the exercises were defensive and posed no threat to its neighbours.', ['Russian government']],
    ['en', 'Iran accused Israel of sabotaging the centrifuges at the enrichment site.', ['Iranian government']],
    ['en', 'Beijing warned that it would take countermeasures if the sale went ahead.', ['Chinese government']],
    ['en', 'The Australian government has ruled out a royal commission into the scheme.', ['Australian government']],
    ['en', 'Canadian officials said the embassy would stay closed until further notice.', ['Canadian government']],
    ['en', 'The vessel had entered Chinese waters, according to Beijing.', ['Chinese government']],
    // A clause set off by commas between the state and its verb, auxiliaries and all.
    ['en', 'Israel, which controls the border crossings, has pledged to punish the group.', ['Israeli government']],
    ['en', 'Norway, the largest donor to the fund, said it would double its pledge.', ['Norwegian government']],
    ['de', 'Russland, das die Vorwürfe bestreitet, erklärte, das Schiff sei in seinen Gewässern gewesen.', ['Russian government']],
    // Officials of a state, by its people's name or its seat, speak for its government (as the labels have it).
    ['en', 'American officials said the talks would resume.', ['United States government']],
    ['en', 'Ministry officials in Moscow said the talks would resume.', ['Russian government']],
    // States listed together speak together; a list with anything else in it credits no state.
    ['en', 'Britain, France and Germany said they would trigger the sanctions mechanism.', ['British government', 'French government', 'German government']],
    ['id', 'Arab Saudi, Uni Emirat Arab dan Mesir menyatakan dukungan terhadap gencatan senjata.', ['Saudi government', 'UAE government', 'Egyptian government']],
    ['vi', 'Mỹ, Nhật Bản và Pháp cho biết sẽ tiếp tục hỗ trợ các nỗ lực ngoại giao trong khu vực.', ['United States government', 'Japanese government', 'French government']],
    // A state's name that is also a word or a given name ("Anh": he, "Đức", "Ý": idea) names it as an item of a list of states.
    ['vi', 'Mỹ, Anh và Pháp tuyên bố sẽ cùng cử tàu hộ tống qua eo biển.', ['United States government', 'British government', 'French government']],
    ['vi', 'Đức, Ý và Tây Ban Nha cho biết sẽ mở lại đại sứ quán trong tháng tới.', ['German government', 'Italian government', 'Spanish government']],
    ['vi', 'Canada và Anh lên án vụ tấn công nhằm vào dân thường.', ['Canadian government', 'British government']],
    // A comma before the last joiner; a state known in the list by its short form in brackets.
    ['id', 'Jepang, Korea Selatan, dan Australia menyatakan keprihatinan atas uji coba rudal itu.', ['Japanese government', 'South Korean government', 'Australian government']],
    ['en', 'Canada, Australia, and New Zealand said they would send observers to the vote.', ['Canadian government', 'Australian government', 'New Zealand government']],
    ['vi', 'Qatar, Các Tiểu vương quốc Ả Rập Thống nhất (UAE) và Ai Cập ra tuyên bố chung kêu gọi ngừng bắn.', ['Qatari government', 'UAE government', 'Egyptian government']],
    ['id', 'Rusia mengatakan serangan balasan akan dilakukan dalam waktu dekat.', ['Russian government']],
    ['id', 'Moskow menyatakan tidak akan menarik pasukannya dari wilayah tersebut.', ['Russian government']],
    ['id', 'Pemerintah Jepang menegaskan tidak akan mencabut larangan impor tersebut.', ['Japanese government']],
    ['id', 'Iran membantah terlibat dalam serangan terhadap kapal tanker di Teluk Oman.', ['Iranian government']],
    ['id', 'Para pejabat di Seoul mengatakan peluncuran rudal itu gagal.', ['South Korean government']],
    ['vi', 'Bắc Kinh tuyên bố sẽ có biện pháp đáp trả nếu Washington tiếp tục gây sức ép.', ['Chinese government']],
    ['vi', 'Nga cho biết lực lượng phòng không đã bắn hạ 15 UAV trong đêm qua trên nhiều tỉnh.', ['Russian government']],
    ['vi', 'Chính phủ Hàn Quốc cho biết sẽ hỗ trợ các doanh nghiệp bị ảnh hưởng bởi thuế quan mới.', ['South Korean government']],
    ['vi', 'Mỹ cáo buộc Triều Tiên cung cấp đạn pháo cho các bên tham chiến ở châu Âu.', ['United States government']],
    ['vi', 'Theo Bình Nhưỡng, vụ phóng là một phần của cuộc tập trận thường niên của quân đội.', ['North Korean government']],
    // A state's side in talks or a dispute is its government.
    ['vi', 'Phía Hàn Quốc cho biết hai bên đã thống nhất lịch họp tiếp theo.', ['South Korean government']],
    ['vi', 'Phía Nhật Bản tuyên bố sẽ nới lỏng hạn chế xuất khẩu sau cuộc gặp.', ['Japanese government']],
    ['de', 'Russland erklärte, die Übungen seien rein defensiv und richteten sich gegen niemanden.', ['Russian government']],
    ['de', 'Peking warnte vor einer weiteren Eskalation in der Meerenge.', ['Chinese government']],
    ['es', 'Rusia anunció que desplegará nuevos misiles en la frontera occidental antes del invierno.', ['Russian government']],
    ['es', 'Caracas denunció una nueva injerencia en sus asuntos internos.', ['Venezuelan government']],
    ['fr', 'Pékin a averti que toute ingérence aurait des conséquences graves.', ['Chinese government']],
    ['pt', 'A China anunciou novas tarifas sobre produtos agrícolas importados.', ['Chinese government']],
    ['it', 'Mosca ha detto che i colloqui riprenderanno la prossima settimana a Istanbul.', ['Russian government']],
    ['ru', 'Киев заявил, что удар пришелся по объектам энергетической инфраструктуры.', ['Ukrainian government']],
    // The verb agrees with a plural name and a masculine one: "США потребовали", "Китай призвал".
    ['ru', 'США потребовали немедленно освободить задержанного репортера.', ['United States government']],
    ['ru', 'Китай призвал все стороны проявить сдержанность и вернуться к переговорам.', ['Chinese government']],
    // Plural names and compound tenses, and demands and protests: "Les Pays-Bas ont annoncé", "Gli Stati Uniti hanno chiesto".
    ['fr', 'Les Pays-Bas ont annoncé la fermeture provisoire de leur ambassade.', ['Dutch government']],
    ['fr', 'Le Japon a protesté contre la reprise des essais de missiles.', ['Japanese government']],
    ['es', 'Estados Unidos pidió a Colombia la extradición del empresario.', ['United States government']],
    ['es', 'Los Países Bajos han anunciado que cerrarán su consulado en la ciudad.', ['Dutch government']],
    ['pt', 'Os Estados Unidos pediram a libertação imediata do jornalista.', ['United States government']],
    ['it', 'Gli Stati Uniti hanno chiesto alla Germania di estradare il tecnico.', ['United States government']],
    ['it', 'La Spagna ha protestato per la detenzione del peschereccio.', ['Spanish government']],
    // After a comma or a quote the verb comes first, the state after it.
    ['fr', 'La Russie a livré des obus à la Corée du Nord, affirme Séoul.', ['South Korean government']],
    ['es', '«No cederemos ante las presiones», advirtió Moscú.', ['Russian government']],
    ['pt', 'O navio entrou em águas territoriais, afirmou Pequim.', ['Chinese government']],
    ['it', 'Il drone è stato abbattuto sopra il mare, afferma Ankara.', ['Turkish government']],
    // "Stressed", "underlined": a state's statement in every language ('destacó', 'destacou' also mean "stood out").
    ['it', 'Pechino ha sottolineato di attenersi ai principi di cooperazione nella regione.', ['Chinese government']],
    ['fr', 'Tokyo a souligné que la zone restait sous son contrôle.', ['Japanese government']],
    ['es', 'Brasil subrayó que no aceptará presiones externas sobre la Amazonía.', ['Brazilian government']],
    ['pt', 'A Rússia ressaltou que as manobras são de caráter defensivo.', ['Russian government']],
    ['ru', 'Турция подчеркнула, что не намерена закрывать проливы.', ['Turkish government']],
    ['pl', 'Rosja oskarżyła Kijów o ostrzał elektrowni w obwodzie zaporoskim.', ['Russian government']],
    ['pl', 'Chiny ostrzegły, że odpowiedzą na nowe cła na samochody elektryczne.', ['Chinese government']],
    ['pl', 'Stany Zjednoczone zapowiedziały kolejny pakiet pomocy wojskowej.', ['United States government']],
    ['pl', 'Izrael oświadczył, że nie wstrzyma operacji w Strefie Gazy.', ['Israeli government']],
    ['pl', 'Moskwa zaprzeczyła doniesieniom o mobilizacji rezerwistów.', ['Russian government']],
    ['zh', '俄方表示，将对上述制裁采取必要的反制措施。', ['Russian government']],
    ['zh', '北京警告称，任何外部干涉都将付出代价。', ['Chinese government']],
    ['ja', 'ロシアは13日、大規模な軍事演習を開始したと発表した。', ['Russian government']],
    ['ko', '북한은 이날 성명을 내고 정찰위성 발사에 성공했다고 밝혔다.', ['North Korean government']],
    ['ar', 'وقالت روسيا إن المحادثات ستستأنف في إسطنبول الأسبوع المقبل.', ['Russian government']],
    ['ar', 'اتهمت إيران إسرائيل بالوقوف وراء الهجوم على المنشأة النووية.', ['Iranian government']],
    ['ar', 'كانت روسيا اتهمت الأسبوع الماضي أوكرانيا بقصف المحطة.', ['Russian government']],
  ])('%s: %s', (lang, text, expected) => {
    expect(credits(text, lang).sources).toEqual(folded(expected));
  });
});

describe('a state that only acts, a place, a nationality or a team credits no one', () => {
  it.each([
    ['en', 'Russia invaded Ukraine in February 2022 and the war continues.'],
    ['en', 'A man from Iran said he had waited for hours at the border crossing.'],
    // The word before a list's first state decides for the whole list, as it does for one name.
    ['en', 'Fans from Poland, Sweden and Germany said the stadium had sold out within hours.'],
    ['id', 'Wisatawan asal Jepang, Korea Selatan dan Australia mengatakan pantai itu bersih.'],
    ['en', 'A Russian journalist said the footage had been filmed last year.'],
    ['en', 'China Southern said the flight had been delayed by the storm.'],
    ['en', 'Tesla, Ford and China said nothing about the plan.'],
    ['en', 'The US maintains tariffs on steel and aluminium imports from the region.'],
    ['en', 'MOSCOW, March 3 (Staff) - Temperatures fell below freezing overnight.'],
    // A clause about a person names no state.
    ['en', 'Jane Roe, who grew up in Norway, said the queues were long.'],
    ['id', 'Rusia menginvasi Ukraina pada Februari 2022 dan perang masih berlangsung.'],
    ['id', 'Indonesia memastikan tiket ke semifinal setelah menang 2-0 atas Thailand.'],
    ['id', 'Warga Rusia mengatakan harga kebutuhan pokok terus naik sejak awal tahun.'],
    ['vi', 'Nga tấn công Ukraine vào năm 2022 và cuộc chiến vẫn chưa kết thúc.'],
    ['vi', 'Việt Nam khẳng định sức mạnh khi đánh bại Thái Lan với tỷ số 3-0 trong trận chung kết.'],
    ['vi', 'Chiến thắng là mục tiêu cao nhất của cả đội", HLV người Hàn Quốc nói sau trận đấu.'],
    ['vi', 'Các nước theo Mỹ áp lệnh trừng phạt đối với Nga từ năm 2022 đến nay.'],
    ['vi', 'Bà Nga cho biết gia đình đã chờ đợi rất lâu để được nhận nhà mới.'],
    // A state's press is not its government.
    ['vi', 'Theo báo Mỹ, hai bên sẽ gặp nhau tại Geneva vào tuần tới.'],
    ['vi', 'Tờ báo Hàn Quốc đưa tin tổng thống sẽ sang thăm Nhật Bản vào tháng tới.'],
    ['id', 'Menurut media Rusia, serangan itu menewaskan tiga orang di Kherson.'],
    // Alone or beside people, "Anh" is he and "Đức" a given name.
    ['vi', 'Anh cho biết sẽ về quê ăn Tết cùng gia đình vào cuối tuần.'],
    ['vi', 'Đức và Minh cho biết đã hoàn thành bài tập nhóm từ tối qua.'],
    ['vi', 'Anh và chị Hoa cho biết đã chờ xe buýt hơn một tiếng.'],
    ['zh', '来自中国的游客表示，当地的服务非常周到。'],
    // The inverted verb opens no clause of its own here: it is another subject's.
    ['fr', 'Il affirme Paris prêt à reprendre les négociations.'],
    // A word elided onto the name places it: "dell'Italia", "d'Israël" are of the state, not the state speaking.
    ['it', "I tifosi dell'Italia hanno protestato a lungo contro l'arbitro."],
    ['fr', "Les supporters d'Israël ont protesté contre la décision de l'arbitre."],
    // The men's plural is a people ("Niemcy zapowiedzieli": Germans), a state takes the other plural; "z Rosji" is where they are from.
    ['pl', 'Niemcy zapowiedzieli protest przed ambasadą w sobotę.'],
    ['pl', 'Turyści z Rosji ostrzegli innych podróżnych przed upałem.'],
    ['pl', 'Rosja zaatakowała Ukrainę w lutym 2022 roku.'],
    ['es', 'Francia destacó en el torneo con tres victorias seguidas.'],
    ['pt', 'O Brasil destacou-se na competição com cinco medalhas.'],
  ])('%s: %s', (lang, text) => {
    expect(credits(text, lang).sources).toEqual([]);
  });
});
