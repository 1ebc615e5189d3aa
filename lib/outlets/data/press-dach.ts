/**
 * German-language press the German, Austrian and Swiss papers quote ("sagte er dem Westfälischen Anzeiger",
 * "wie heise online berichtet", "laut den Oberösterreichischen Nachrichten"), beside the national titles in
 * europe.ts: regional dailies, tech and business sites, broadcasters and the sports wire. Facts: each title's
 * own site. Edit: one entry per title; the forms the press prints (the genitive and dative of adjectives
 * included, since a name must match whole) and its address. A name that is also a word ("Falter", "Heute",
 * "profil", "Stern", "Express", "Der Bund") is left out or kept only with its address or its place.
 */

import type { OutletInput } from '../schema';

const de = (id: string, name: string, aliases: string[], domains: string[], kind: OutletInput['kind'] = 'newspaper', country = 'DE'): OutletInput => ({
  id, name, aliases, domains, kind, country, languages: ['de'],
});

export default [
  // Tech and business sites.
  de('heise-online', 'heise online', ['heise.de', 'Heise Online', 'Heise'], ['heise.de'], 'online'),
  de('golem', 'Golem.de', ['golem.de'], ['golem.de'], 'online'),
  de('t3n', 't3n', ['t3n.de'], ['t3n.de'], 'online'),
  de('computerbild', 'Computer Bild', ['COMPUTER BILD', 'computerbild.de'], ['computerbild.de'], 'magazine'),
  de('neues-deutschland', 'nd', ['Neues Deutschland', 'nd-aktuell.de', 'Neuen Deutschland'], ['nd-aktuell.de']),
  // Regional dailies of Germany.
  de('nuernberger-nachrichten', 'Nürnberger Nachrichten', ['nordbayern.de', 'Nordbayern.de', 'Nürnberger Nachrichten'], ['nordbayern.de']),
  de('westfaelischer-anzeiger', 'Westfälischer Anzeiger', ['Westfälischen Anzeiger', 'Westfälischen Anzeigers', 'wa.de'], ['wa.de']),
  de('westfaelische-nachrichten', 'Westfälische Nachrichten', ['Westfälischen Nachrichten', 'wn.de'], ['wn.de']),
  de('neue-westfaelische', 'Neue Westfälische', ['Neuen Westfälischen', 'nw.de'], ['nw.de']),
  de('ruhr-nachrichten', 'Ruhr Nachrichten', ['ruhrnachrichten.de'], ['ruhrnachrichten.de']),
  de('noz', 'Neue Osnabrücker Zeitung', ['NOZ', 'noz.de', 'Neuen Osnabrücker Zeitung'], ['noz.de']),
  de('weser-kurier', 'Weser-Kurier', ['Weser-Kuriers', 'weser-kurier.de'], ['weser-kurier.de']),
  de('nordwest-zeitung', 'Nordwest-Zeitung', ['NWZ', 'nwzonline.de'], ['nwzonline.de']),
  de('ostsee-zeitung', 'Ostsee-Zeitung', ['ostsee-zeitung.de'], ['ostsee-zeitung.de']),
  de('nordkurier', 'Nordkurier', ['Nordkuriers', 'nordkurier.de'], ['nordkurier.de']),
  de('svz', 'Schweriner Volkszeitung', ['SVZ', 'svz.de'], ['svz.de']),
  de('freie-presse', 'Freie Presse', ['Freien Presse', 'freiepresse.de'], ['freiepresse.de']),
  de('mitteldeutsche-zeitung', 'Mitteldeutsche Zeitung', ['Mitteldeutschen Zeitung', 'mz.de'], ['mz.de']),
  de('volksstimme', 'Volksstimme', ['Magdeburger Volksstimme', 'volksstimme.de'], ['volksstimme.de']),
  de('maerkische-allgemeine', 'Märkische Allgemeine', ['Märkischen Allgemeinen', 'Märkische Allgemeine Zeitung', 'MAZ', 'maz-online.de'], ['maz-online.de']),
  de('lausitzer-rundschau', 'Lausitzer Rundschau', ['lr-online.de'], ['lr-online.de']),
  de('thueringer-allgemeine', 'Thüringer Allgemeine', ['Thüringer Allgemeinen', 'thueringer-allgemeine.de'], ['thueringer-allgemeine.de']),
  de('badische-zeitung', 'Badische Zeitung', ['Badischen Zeitung', 'badische-zeitung.de'], ['badische-zeitung.de']),
  de('suedkurier', 'Südkurier', ['Südkuriers', 'suedkurier.de'], ['suedkurier.de']),
  de('schwaebische', 'Schwäbische Zeitung', ['Schwäbischen Zeitung', 'schwaebische.de'], ['schwaebische.de']),
  de('stuttgarter-nachrichten', 'Stuttgarter Nachrichten', ['stuttgarter-nachrichten.de'], ['stuttgarter-nachrichten.de']),
  de('mannheimer-morgen', 'Mannheimer Morgen', ['Mannheimer Morgens', 'mannheimer-morgen.de'], ['mannheimer-morgen.de']),
  de('rhein-neckar-zeitung', 'Rhein-Neckar-Zeitung', ['rnz.de'], ['rnz.de']),
  de('saarbruecker-zeitung', 'Saarbrücker Zeitung', ['saarbruecker-zeitung.de'], ['saarbruecker-zeitung.de']),
  de('volksfreund', 'Trierischer Volksfreund', ['Trierischen Volksfreund', 'Trierischen Volksfreunds', 'volksfreund.de'], ['volksfreund.de']),
  de('hna', 'Hessische/Niedersächsische Allgemeine', ['HNA', 'hna.de'], ['hna.de']),
  de('braunschweiger-zeitung', 'Braunschweiger Zeitung', ['braunschweiger-zeitung.de'], ['braunschweiger-zeitung.de']),
  de('aachener-zeitung', 'Aachener Zeitung', ['aachener-zeitung.de'], ['aachener-zeitung.de']),
  de('general-anzeiger-bonn', 'General-Anzeiger', ['General-Anzeiger Bonn', 'Bonner General-Anzeiger', 'General-Anzeigers', 'ga.de'], ['ga.de']),
  de('express-koeln', 'Kölner Express', ['express.de', 'Express Köln'], ['express.de']),
  de('abendzeitung', 'Abendzeitung', ['Abendzeitung München', 'AZ München', 'abendzeitung-muenchen.de'], ['abendzeitung-muenchen.de']),
  de('fnp', 'Frankfurter Neue Presse', ['Frankfurter Neuen Presse', 'FNP', 'fnp.de'], ['fnp.de']),
  de('mopo', 'Hamburger Morgenpost', ['Mopo', 'MOPO', 'mopo.de'], ['mopo.de']),
  // Broadcasters.
  de('phoenix', 'phoenix', ['Phoenix (Sender)', 'phoenix.de'], ['phoenix.de'], 'broadcaster'),
  de('3sat', '3sat', ['3sat.de'], ['3sat.de'], 'broadcaster'),
  de('prosieben', 'ProSieben', ['Pro7', 'prosieben.de'], ['prosieben.de'], 'broadcaster'),
  de('radio-bremen', 'Radio Bremen', ['butenunbinnen.de'], ['radiobremen.de', 'butenunbinnen.de'], 'broadcaster'),
  de('saarlaendischer-rundfunk', 'Saarländischer Rundfunk', ['Saarländischen Rundfunks', 'Saarländischen Rundfunk', 'sr.de'], ['sr.de'], 'broadcaster'),
  // The sports wire.
  de('sid', 'Sport-Informations-Dienst', ['SID', 'Sport-Informations-Diensts'], ['sid.de'], 'wire'),
  // Austria.
  de('wiener-zeitung', 'Wiener Zeitung', ['wienerzeitung.at'], ['wienerzeitung.at'], 'newspaper', 'AT'),
  de('ooen', 'Oberösterreichische Nachrichten', ['Oberösterreichischen Nachrichten', 'OÖN', 'OÖNachrichten', 'nachrichten.at'], ['nachrichten.at'], 'newspaper', 'AT'),
  de('tiroler-tageszeitung', 'Tiroler Tageszeitung', ['tt.com'], ['tt.com'], 'newspaper', 'AT'),
  de('vorarlberger-nachrichten', 'Vorarlberger Nachrichten', ['vn.at'], ['vn.at'], 'newspaper', 'AT'),
  de('puls24', 'Puls 24', ['PULS 24', 'puls24.at'], ['puls24.at'], 'broadcaster', 'AT'),
  de('heute-at', 'heute.at', ['Heute.at'], ['heute.at'], 'newspaper', 'AT'),
  de('falter', 'Falter (Wochenzeitung)', ['falter.at', 'Wiener Stadtzeitung Falter'], ['falter.at'], 'newspaper', 'AT'),
  // Switzerland.
  de('aargauer-zeitung', 'Aargauer Zeitung', ['aargauerzeitung.ch'], ['aargauerzeitung.ch'], 'newspaper', 'CH'),
  de('luzerner-zeitung', 'Luzerner Zeitung', ['luzernerzeitung.ch'], ['luzernerzeitung.ch'], 'newspaper', 'CH'),
  de('st-galler-tagblatt', 'St. Galler Tagblatt', ['tagblatt.ch'], ['tagblatt.ch'], 'newspaper', 'CH'),
  de('sonntagszeitung', 'SonntagsZeitung', ['Sonntagszeitung (Schweiz)', 'sonntagszeitung.ch'], ['sonntagszeitung.ch'], 'newspaper', 'CH'),
  de('watson-ch', 'watson.ch', ['Watson.ch'], ['watson.ch'], 'online', 'CH'),
  de('weltwoche', 'Die Weltwoche', ['Weltwoche', 'weltwoche.ch'], ['weltwoche.ch'], 'magazine', 'CH'),
  de('berner-zeitung', 'Berner Zeitung', ['bernerzeitung.ch'], ['bernerzeitung.ch'], 'newspaper', 'CH'),
] satisfies OutletInput[];
