/**
 * Turkish cues: sentences modelled on Turkish press usage, and near-misses that must not credit. A name
 * followed by an apostrophe is read without its case suffix ("Reuters'ın" → Reuters); an institution's name
 * with its suffix glued on is printed as it stands ("Sağlık Bakanlığının").
 */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('tr: datelines and wire end credits', () => {
  it.each([
    // The place of a dateline is no subject: the body after it is ("ANKARA" credited the government, "İSTANBUL" itself).
    ['İZMİR (İHA) - Sağlık Bakanlığı, yeni vaka sayısını açıkladı.', ['İHA', 'Sağlık Bakanlığı']],
    ['ANKARA (AA) - Ticaret Bakanlığı, ihracatın arttığını duyurdu.', ['AA', 'Ticaret Bakanlığı']],
    ['Yangın sabaha karşı kontrol altına alındı. (İHA)', ['İHA']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'tr').sources).toEqual(folded(expected));
  });
});

describe('tr: sources', () => {
  it.each([
    ["Reuters'ın haberine göre, iki ülke arasındaki görüşmeler yarın yeniden başlayacak.", ['Reuters']],
    ["Anadolu Ajansı'nın haberine göre, operasyonda 12 şüpheli gözaltına alındı.", ['Anadolu Ajansı']],
    ['AA muhabirine konuşan yetkili, çalışmaların sürdüğünü belirtti.', ['AA']],
    ['Sağlık Bakanlığının açıklamasına göre, yeni vaka sayısı geçen hafta yüzde 8 arttı.', ['Sağlık Bakanlığı']],
    ['İçişleri Bakanlığı tarafından yapılan yazılı açıklamada, sahte genelgelere itibar edilmemesi istendi.', ['İçişleri Bakanlığı']],
    ['Valilikten yapılan açıklamada, yangının kontrol altına alındığı bildirildi.', ['Valilik']],
    ['Başsavcılıktan yapılan açıklamada, şüphelilerin tutuklandığı belirtildi.', ['Başsavcılık']],
    ["TÜİK'in verilerine göre, yıllık enflasyon yüzde 44 oldu.", ['TÜİK']],
    ["MSB'den yapılan açıklamada, tatbikatın başarıyla tamamlandığı kaydedildi.", ['MSB']],
    ["Bloomberg'de yer alan habere göre, şirket satış için görüşmelere başladı.", ['Bloomberg']],
    ['Milli Savunma Bakanlığı, sosyal medya hesabından yaptığı açıklamada tatbikatın sürdüğünü duyurdu.', ['Milli Savunma Bakanlığı']],
    ["CNN Türk'e konuşan uzman, artçı sarsıntıların sürebileceğini söyledi.", ['CNN Türk']],
    ['The Guardian gazetesinin haberine göre, hükümet yeni bir yasa hazırlıyor.', ['Guardian']],
    ["AFAD'ın açıklamasına göre, depremin büyüklüğü 5,1 olarak ölçüldü.", ['AFAD']],
    ['Emniyet kaynaklarına göre, saldırgan kısa sürede yakalandı.', ['Emniyet']],
    ["Sözcü'ye konuşan kaynaklar, toplantının ertelendiğini söyledi.", ['Sözcü']],
    ['Kaynak: AA', ['AA']],
    ["DHA'nın aktardığına göre, yaralılar hastaneye kaldırıldı.", ['DHA']],
    ['İstanbul Valiliği, yaptığı açıklamada tedbirlerin süreceğini bildirdi.', ['İstanbul Valiliği']],
    // The subject opens the sentence and the verb closes it, with the whole statement between.
    ['Ticaret Bakanlığı, ihracatın geçen ay yüzde 9 arttığını açıkladı.', ['Ticaret Bakanlığı']],
    ['Merkez Bankası politika faizini yüzde 45 seviyesinde sabit tuttuğunu duyurdu.', ['Merkez Bankası']],
    ['Ankara Valiliği, kar yağışı nedeniyle okulların iki gün tatil edildiğini bildirdi.', ['Ankara Valiliği']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'tr').sources).toEqual(folded(expected));
  });
});

describe('tr: photo credits', () => {
  it.each([
    ['Deprem bölgesinde arama kurtarma çalışmaları sürüyor. (Fotoğraf: AA)', ['AA']],
    ['Fotoğraf: Murat Kaya / DHA', ['Murat Kaya / DHA']],
    ['Görsel: Reuters', ['Reuters']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'tr', 'caption').photos).toEqual(folded(expected));
  });
});

describe('tr: must not credit', () => {
  it.each([
    ["Cumhurbaşkanı Erdoğan'a göre, ekonomi doğru yolda ilerliyor."],
    ['Bakan Koca, yaptığı açıklamada aşı çalışmalarının sürdüğünü söyledi.'],
    ["Ahmet Yılmaz'ın iddiasına göre, olay gece saatlerinde yaşandı."],
    ['Uzmanlara göre, kış aylarında vaka sayısı artabilir.'],
    ["İlgili Haberler: Reuters'ın haberine göre seçim ertelendi"],
    ['Muhabir: Ayşe Demir'],
    ['Buna göre, başvurular yarın başlayacak.'],
    ['"Bunu kabul etmeyeceğiz" dedi Erdoğan.'],
    ['İstanbul Cumhuriyet Başsavcılığınca yürütülen soruşturmada 15 şüpheli gözaltına alındı.'],
    ["ABD kaynaklı şirket Türkiye'de yeni bir fabrika kuracak."],
    ['Sağlık Bakanı Fahrettin Koca açıkladı.'],
    ['Bakan Ayşe Demir, yeni destek paketinin gelecek ay açıklanacağını belirtti.'],
    ['Mehmet Kaya, mahkemenin kararını açıkladı.'],
    ["Konya'da düzenlenen törende yeni proje açıkladı."],
  ])('%s', (text) => {
    expect(credits(text, 'tr').sources).toEqual([]);
  });

  it.each([["İstanbul Boğazı'nda gemi trafiği. Fotoğraf: Arşiv"], ['Temsili fotoğraf'], ['Fotoğraf: Temsili']])('no photo credit in %s', (text) => {
    expect(credits(text, 'tr', 'caption').photos).toEqual([]);
  });
});
