/** German cues: sentences modelled on German-language press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { outletRegistry } from '../../lib/outlets/index';
import { credits, folded } from './harness';

/** The registry entries a sentence's credits resolve to. */
function knownIds(text: string): string[] {
  const block = { index: 0, text, links: [], kind: 'body' as const, creditParts: [], pieces: [], creditElement: false };
  const { findings } = detect({ blocks: [block] }, 'de', outletRegistry());
  return [...new Set(findings.filter((f) => f.role === 'source').map((f) => f.known?.id ?? `?${f.name}`))];
}

describe('de: sources', () => {
  it.each([
    ['Laut Statistischem Bundesamt ist die Wirtschaft im dritten Quartal leicht gewachsen.', ['Statistischem Bundesamt']],
    ['Nach Angaben der Polizei Nürnberg wurden bei dem Unfall drei Menschen verletzt.', ['Polizei Nürnberg']],
    ['Angaben der Berliner Feuerwehr zufolge konnte der Brand am frühen Morgen gelöscht werden.', ['Berliner Feuerwehr']],
    ['Die Gewerkschaft Verdi teilte am Dienstag mit, der Warnstreik werde ausgeweitet.', ['Gewerkschaft Verdi']],
    ['Sie starb nach langer Krankheit. Das teilte die Organisation Künstler helfen Künstlern mit.', ['Künstler helfen Künstlern']],
    ['In der Nacht kam eine leichte Entwarnung der Clinica Universidad de La Sabana nördlich von Bogotá.', ['Clinica Universidad de La Sabana']],
    ['Die Spenden seien um ein Drittel gestiegen, teilte die Initiative Brot für die Welt am Dienstag mit.', ['Brot für die Welt']],
    ['Der Autobauer Porsche erklärte, die Auslieferungen verzögerten sich um Wochen.', ['Porsche']],
    ['Die Spielervereinigung VdV warnte vor einer weiteren Aufstockung des Spielplans.', ['Spielervereinigung VdV']],
    ['Ihr Team Jumbo-Visma schrieb bei Twitter, die Fahrerin sei wohlauf.', ['Team Jumbo-Visma']],
    ['Einem Bericht des Spiegel zufolge plant die Bundesregierung neue Schulden.', ['Spiegel']],
    ['Die Staatsanwaltschaft Köln teilte am Dienstag mit, dass Anklage erhoben worden sei.', ['Staatsanwaltschaft Köln']],
    ['Wie die Wasserschutzpolizei Hamburg mitteilte, wurde niemand verletzt.', ['Wasserschutzpolizei Hamburg']],
    ['„Wir prüfen den Vorgang“, sagte ein Sprecher des Verteidigungsministeriums.', ['Verteidigungsministerium']],
    ['Die Lage sei unter Kontrolle, so ein Sprecher der Bundespolizei.', ['Bundespolizei']],
    ['Das berichtete die Nachrichtenagentur Reuters unter Berufung auf Regierungskreise.', ['Reuters']],
    ['Das teilte der Deutsche Wetterdienst am Sonntag mit.', ['Deutsche Wetterdienst']],
    ['Der Deutsche Wetterdienst warnte vor Sturmböen und Starkregen.', ['Deutsche Wetterdienst']],
    ['„Die Proteste waren friedlich“, schrieb der AStA der Universität Leipzig auf Twitter.', ['AStA der Universität Leipzig']],
    ['Er werde nicht zurücktreten, sagte der Minister gegenüber der Zeitung Die Welt.', ['Die Welt']],
    ['Nach Informationen des Norddeutschen Rundfunks ermittelt die Polizei gegen zwei Beamte.', ['Norddeutschen Rundfunks']],
    ['Das Robert Koch-Institut meldete am Dienstag mehr als 12.000 Neuinfektionen.', ['Robert Koch-Institut']],
    ['Die Bundesregierung erklärte, sie werde die Hilfen aufstocken.', ['Bundesregierung']],
    ['Die Kosten des Programms sind laut dem Europäischen Rechnungshof deutlich gestiegen.', ['Europäischen Rechnungshof']],
    ['Am Montag sagte ein Sprecher des Auswärtigen Amts, man beobachte die Lage genau.', ['Auswärtigen Amts']],
    ['Die Zahl der Arbeitslosen ist im Mai gesunken, wie die Bundesagentur für Arbeit mitteilte.', ['Bundesagentur für Arbeit']],
    ['Quelle: Statistisches Bundesamt', ['Statistisches Bundesamt']],
    ['Quellen: Robert Koch-Institut; Statistisches Bundesamt', ['Robert Koch-Institut', 'Statistisches Bundesamt']],
    ['Ihre Ergebnisse stellen die Biologen im Fachjournal „Cell Reports“ vor.', ['Cell Reports']],
    ['Das zeigt eine Auswertung, die in der Fachzeitschrift The Lancet erschienen ist.', ['The Lancet']],
    ['Laut einer Umfrage des Meinungsforschungsinstituts Infratest dimap liegt die Union vorn.', ['Infratest dimap']],
    ['Das Ifo-Institut rechnet für das kommende Jahr mit einem Wachstum von 0,4 Prozent.', ['Ifo-Institut']],
    ['Der ADAC rechnet am Wochenende mit vollen Autobahnen.', ['ADAC']],
    ['Das sagte die Ministerin am Sonntag dem Nachrichtenmagazin Spiegel.', ['Spiegel']],
    ['Die Verhandlungen seien gescheitert, sagte ein Diplomat der Zeitung Die Welt.', ['Welt']],
    ['Das teilte die Organisation Ärzte ohne Grenzen am Montag mit.', ['Ärzte ohne Grenzen']],
    ['Laut Reporter ohne Grenzen wurden 2023 weltweit 45 Journalisten getötet.', ['Reporter ohne Grenzen']],
    ['Wie Ärzte ohne Grenzen mitteilte, wurde die Klinik geschlossen.', ['Ärzte ohne Grenzen']],
    ['Wie das Robert Koch-Institut gemeldet hat, steigen die Zahlen.', ['Robert Koch-Institut']],
    // Austria's press release ("Aussendung") stands where a "Mitteilung" does; a state of Austria or Germany named as a body.
    ['Das teilte die Wirtschaftskammer Österreich in einer Aussendung mit.', ['Wirtschaftskammer Österreich']],
    ['Die Mieten steigen, heißt es in einer Aussendung der Arbeiterkammer Wien.', ['Arbeiterkammer Wien']],
    ['Inzwischen informierte das Land Tirol, dass der Unterricht wieder beginnt.', ['Land Tirol']],
    ['Das teilte die Gewerkschaft Verdi vorab mit.', ['Gewerkschaft Verdi']],
    // A command by its compound ("Kommando"), in the genitive.
    ['Der Tanker wurde nach Angaben des US-Südkommandos geentert.', ['US-Südkommando']],
    // Regional and tech press (lib/outlets/data/press-dach.ts), told in the dative or credited by a cue.
    ['„Das wird knapp“, sagte der Meteorologe dem Westfälischen Anzeiger.', ['Westfälischen Anzeiger']],
    ['Samsung wird Heise zufolge das Urteil prüfen.', ['Heise']],
    ['Laut den Oberösterreichischen Nachrichten ist die Straße gesperrt.', ['Oberösterreichischen Nachrichten']],
    // A list ending at the verb: each body in it speaks; a person in it does not.
    ['Wie Reuters und Bloomberg berichteten, stockt der Verkauf.', ['Reuters', 'Bloomberg']],
    ['Anna Berg und der Spiegel berichten, der Verkauf stocke.', ['Spiegel']],
    // Swiss German prints no ß: "gemäss", "hiess es aus dem Aussenministerium".
    ['Gemäss der Kantonspolizei Zürich wurde bei dem Brand niemand verletzt.', ['Kantonspolizei Zürich']],
    ['Man beobachte die Lage, hiess es aus dem Verteidigungsministerium.', ['Verteidigungsministerium']],
    // A source label's list, semicolons between its items; a credit line after the label (the editor's initials beside a wire).
    ['Quellen: Statistisches Bundesamt; Bundesagentur für Arbeit', ['Statistisches Bundesamt', 'Bundesagentur für Arbeit']],
    ['Quelle: stern.de, kmo/dpa', ['stern.de', 'dpa']],
    // A later item of one plain noun is the list going on, not a body.
    ['Quellen: Landtag Brandenburg, Stellungnahmen zum Gesetzentwurf', ['Landtag Brandenburg']],
    // Wires and the editor's initials in brackets closing the last paragraph.
    ['Die Zahl der Anträge stieg um ein Fünftel. (AFP/dpa/kle)', ['AFP', 'dpa']],
    // A spokesperson or an executive glued to the body's name.
    ['„Wir bedauern die Verspätungen“, sagte Eurowings-Sprecherin Anna Keller.', ['Eurowings']],
    ['Das bestätigte Kreml-Sprecher Dmitri Peskow am Dienstag.', ['Kreml']],
    ['Wie Tesvolt-Chef Daniel Hannemann am Montag ankündigte, wird das Werk erweitert.', ['Tesvolt']],
    ['Novamed-Vorstandschefin Petra Lang kündigte an, 300 Stellen zu streichen.', ['Novamed']],
    // A body's position, stated with the name before the verb.
    ['Der Bundesverband der Verbraucherzentralen kritisierte die Pläne scharf.', ['Bundesverband der Verbraucherzentralen']],
    // A short form of a company named before with its legal form, a kind of firm for the nearest company.
    ['Die Brandt Logistik GmbH baut 300 Stellen ab. Brandt teilte am Montag mit, das Werk bleibe offen.', ['Brandt Logistik GmbH']],
    ['Die Kessler Werke AG schließt zwei Standorte. Der Konzern teilte mit, 200 Stellen fielen weg.', ['Kessler Werke AG']],
    // A role or position glued to the body's name in one word: a known body, or the body of that kind named just before.
    ['Das sei „völlig unbegründet“, erklärte Kremlsprecher Dmitri Peskow am Dienstag.', ['Kreml']],
    ['Pentagonsprecherin Sabrina Singh sagte, man prüfe die Berichte.', ['Pentagon']],
    ['Das Verkehrsministerium prüft den Antrag. Ministeriumssprecher Karl Weiß sagte, eine Entscheidung falle im Mai.', ['Verkehrsministerium']],
    ['Die Landesregierung in Kiel plant Kürzungen. Regierungssprecherin Eva Berg sagte, alle Ressorts müssten dazu beitragen.', ['Landesregierung in Kiel']],
    ['Die Regierung in Kiew dementierte den Bericht. Ein Regierungssprecher sagte, es gebe keine Verhandlungen.', ['Ukrainian government']],
    ['Die Polizei Dortmund sucht Zeugen. Polizeisprecher Uwe Kamp sagte, der Täter sei geflohen.', ['Polizei Dortmund']],
    ['Die Brenntag SE streicht Stellen. Konzernchef Christian Kohlpaintner kündigte an, zwei Werke zu schließen.', ['Brenntag SE']],
    ['Das Innenministerium prüft die Vorwürfe. Ein Sprecher des Ministeriums sagte, man nehme sie ernst.', ['Innenministerium']],
    // "heißt es aus/bei X", and the body before "hieß es".
    ['Man sei besorgt, heißt es aus dem Auswärtigen Amt.', ['Auswärtigen Amt']],
    ['Man prüfe den Vorgang, hieß es seitens der Stadtwerke Bochum.', ['Stadtwerke Bochum']],
    ['Aus dem Verteidigungsministerium hieß es, die Lieferung sei unterwegs.', ['Verteidigungsministerium']],
    ['Das teilte der Energieversorger Enviam am Montag mit.', ['Energieversorger Enviam']],
    // Names the press prints in small letters, and a known short form in brackets.
    ['Wie die Nachrichtenagentur dpa meldet, soll der Bahnhof im Mai öffnen.', ['dpa']],
    ['Laut dpa stieg die Zahl der Anträge um ein Drittel.', ['dpa']],
    ['Das Statistische Bundesamt (Destatis) teilte am Mittwoch mit, die Preise seien gestiegen.', ['Statistische Bundesamt']],
    ['Die Ölallianz Opec+ teilte mit, die Förderung werde gekürzt.', ['Opec+']],
    // An outlet as the audience, named by an article or a preposition beside the reporting verb.
    ['„Das war knapp“, sagte Torhüter Jonas Keller dem Kicker.', ['kicker']],
    ['Das sagte die Ministerin am Sonntag im ZDF.', ['ZDF']],
    ['„Wir sind zufrieden“, sagte der Trainer nach dem Spiel bei Sky.', ['Sky']],
    ['Der Bild sagte er, man werde um den Titel kämpfen.', ['Bild']],
    // A known name with small words inside, in quotes; an executive's position opening the inverted subject.
    ['Wie die „Welt am Sonntag“ berichtet, soll der Vertrag verlängert werden.', ['Welt am Sonntag']],
    ['Das sagte der Vorstandsvorsitzende der Deutschen Bank, Christian Sewing, am Dienstag.', ['Deutschen Bank']],
    ['„Es war ein Fehler“, sagte sie der Sport1.', ['Sport1']],
    // A company named alone between a split verb and its particle, or before it; a kind of firm for the one named before.
    ['Das teilte Eon am Montag mit.', ['Eon']],
    ['Dies gab Rheinmetall am Dienstagabend offiziell bekannt.', ['Rheinmetall']],
    ['Das gab die Deutsche Bahn auf Anfrage bekannt.', ['Deutsche Bahn']],
    ['Das bestätigte Adidas auf Nachfrage.', ['Adidas']],
    ['Zalando baut Stellen ab. Wie der Onlinehändler mitteilte, fallen 500 Jobs weg.', ['Zalando']],
    ['Das teilte der Chemiekonzern Bayer am Mittwoch in Leverkusen mit.', ['Bayer']],
    // What a body published opens the words after the cue; the body alone is credited.
    ['Laut einer Umfrage des Pew Research Center sind die Wähler gespalten.', ['Pew Research Center']],
    ['Einer Studie der Universität Uppsala zufolge schlafen Jugendliche weniger.', ['Universität Uppsala']],
    ['Laut einer Erhebung der Bertelsmann Stiftung fehlen 20.000 Lehrkräfte.', ['Bertelsmann Stiftung']],
    // A body named by a compound the tables don't list, by its last part.
    ['Das geht aus einer Studie der Hans-Böckler-Stiftung hervor.', ['Hans-Böckler-Stiftung']],
    ['Das ergab eine Auswertung des Vergleichsportals Tarifcheck.', ['Tarifcheck']],
    ['Das teilte der Bayerische Jagdverband am Freitag mit.', ['Bayerischer Jagdverband']],
    ['Laut dem Sächsischen Staatsministerium für Kultus fällt der Unterricht aus.', ['Sächsisches Staatsministerium für Kultus']],
    // The reporter's name before a citing phrase that stands between it and its verb.
    ['Wie das „Wall Street Journal“ unter Berufung auf Insider berichtete, stockt der Verkauf.', ['Wall Street Journal']],
    ['Wie die Nachrichtenagentur AFP unter Berufung auf die Polizei meldete, gab es zwei Tote.', ['AFP']],
    // A known name glued to what it published credits it with the figures.
    ['Eine Forsa-Umfrage im Auftrag der Zeitung zeigt einen Rückgang.', ['Forsa']],
    ['Laut einer YouGov-Studie sind viele Pendler unzufrieden.', ['YouGov']],
    ['Nach Destatis-Angaben stiegen die Mieten um vier Prozent.', ['Destatis']],
    // A kind of institute before a known name; an outlet word inside a name that runs on through a link word.
    ['Das zeigt eine Befragung des Instituts YouGov unter 2000 Erwachsenen.', ['YouGov']],
    ['Wie Radio und Fernsehen SRF berichtet, bleibt der Pass gesperrt.', ['Radio und Fernsehen SRF']],
    // Two known names a link word joins are a list, after an outlet word in the plural too.
    ['Laut den Nachrichtenagenturen Reuters und AFP gab es mehrere Tote.', ['Reuters', 'AFP']],
    ['Der Text entstand mit Material der Nachrichtenagenturen dpa und AFP.', ['dpa', 'AFP']],
    ['Der Artikel basiert auf Material der Deutschen Presse-Agentur.', ['Deutschen Presse-Agentur']],
    // Advice and expectations are positions.
    ['Das Auswärtige Amt rät von Reisen in die Grenzregion ab.', ['Auswärtige Amt']],
    ['Das Ifo-Institut erwartet für das nächste Jahr ein leichtes Plus.', ['Ifo-Institut']],
    // "hieß es" has no subject: the body after a preposition before it is the source.
    ['Beim Bundesamt für Strahlenschutz hieß es, die Werte seien unbedenklich.', ['Bundesamt für Strahlenschutz']],
    // A body's researchers or forecasters in the plural stating what it found: the body.
    ['Forscher der Universität Greifswald fanden heraus, dass die Vögel nachts singen.', ['Universität Greifswald']],
    ['Wissenschaftler des Alfred-Wegener-Instituts haben herausgefunden, dass das Eis schneller schmilzt.', ['Alfred-Wegener-Institut']],
    ['Laut Forschern der Universität Greifswald singen die Vögel nachts.', ['Universität Greifswald']],
    // An outlet word opening the name says what the rest is, an outlet word inside it included.
    ['Der Sender Radio Lindental berichtete zuerst über den Unfall.', ['Radio Lindental']],
    ['Laut dem Sender Hit Radio Nordsee ist die Brücke gesperrt.', ['Hit Radio Nordsee']],
    // A body with its seat; a mission abroad named by its state's adjective; a local force by its place.
    ['Die chinesische Botschaft in Berlin erklärte, man weise die Vorwürfe zurück.', ['chinesische Botschaft']],
    ['Der Chemiekonzern Lanxess in Köln teilte am Montag mit, man streiche Stellen.', ['Lanxess']],
    ['Bayer in Köln teilte mit, der Umsatz sei gestiegen.', ['Bayer']],
    // "die Bahn" is the national railway, and a firm's name glued to its spokesperson is the firm.
    ['Die Bahn teilte am Montag mit, dass der Zug ausfällt.', ['Bahn']],
    ['Bahn-Sprecherin Anna Kerner sagte, die Strecke sei frei.', ['Bahn']],
    // An ampersand joins a firm's name.
    ['Kessler & Partner teilte mit, der Umsatz sei gestiegen.', ['Kessler & Partner']],
    ['Laut dem Marktforschungsunternehmen Kantar stiegen die Umsätze.', ['Kantar']],
    // "Die Behörde" for the authority named before by a word such bodies end in.
    ['Das Kraftfahrt-Bundesamt rief die Autos zurück. Die Behörde teilte mit, der Fehler sei behoben.', ['Kraftfahrt-Bundesamt']],
    // A compound ending in a ministry's own name, not only in its kind.
    ['Betroffen seien laut Bundesjustizministerium rund 40 Gerichte.', ['Bundesjustizministerium']],
    ['Das Landesinnenministerium teilte am Abend mit, die Lage sei ruhig.', ['Landesinnenministerium']],
    // Quoted titles in a list: each is credited, those named by ordinary words too.
    ['Wie „Handelsblatt“ und „Zeit“ berichten, ist der Deal geplatzt.', ['Handelsblatt', 'Zeit']],
    ['Darüber berichteten der „Spiegel“ und die „Welt“ am Sonntag.', ['Spiegel', 'Welt']],
    ['Das sagte der Trainer der „Frankfurter Rundschau“ und dem „Kicker“.', ['Frankfurter Rundschau', 'Kicker']],
    ['Wie die „Zeit“ am Freitag berichtete, tritt der Vorstand zurück.', ['Zeit']],
    // An adjective in small letters between the article and the outlet word.
    ['Laut dem norwegischen Nachrichtenportal Vartland verzögert sich der Bau.', ['Vartland']],
    ['Das meldete der staatliche Sender Telepaz am Abend.', ['Telepaz']],
    // A magazine known by its name without the article, in Swiss quotes.
    ['Der «Economist» schreibt von einer Trendwende am Immobilienmarkt.', ['Economist']],
    ['„Wir prüfen die Vorwürfe“, kommentiert Siemens den Bericht.', ['Siemens']],
    // A paper's own chart opens the credit line: the paper, which the page then knows as its own.
    ['Quelle: Infografik Tagesbote', ['Tagesbote']],
    // The perfect with its auxiliary first, as a main clause prints it.
    ['Das Landesamt für Umwelt hatte am Montag mitgeteilt, dass die Pegel sinken.', ['Landesamt für Umwelt']],
    ['Die Reederei Nordlicht gab an, das Schiff sei nicht beschädigt.', ['Reederei Nordlicht']],
    ['Wie der Verband Agrarhandel angab, fiel die Ernte schwächer aus.', ['Verband Agrarhandel']],
    // What a paper or an agency learned ("erfahren"): only an outlet, and "erfuhr" only before a clause.
    ['Wie die Frankfurter Allgemeine Zeitung erfahren hat, soll das Werk schließen.', ['Frankfurter Allgemeine Zeitung']],
    ['Der Verkauf stehe kurz bevor, erfuhr die APA aus Branchenkreisen.', ['APA']],
    ['Wie das Nachrichtenportal Netzwelt Nord erfuhr, startet der Dienst im Mai.', ['Netzwelt Nord']],
    ['Das Technikportal Chipradar hat erfahren, dass das neue Modell im Herbst erscheint.', ['Chipradar']],
    // A news site named by its subject before a name in guillemets.
    ['Die Android-News-Seite »Droidfeed« berichtet, dass das Update verschoben wird.', ['Droidfeed']],
    // A known name printed with its own acronym after it, no brackets.
    ['Die Weltgesundheitsorganisation WHO warnte am Freitag vor einer neuen Welle.', ['Weltgesundheitsorganisation WHO']],
    // An attribute between the article and the noun: the noun speaks, not the agent inside the attribute.
    ['Nach Angaben des von den Rebellen kontrollierten Innenministeriums wurden 14 Menschen getötet.', ['Innenministerium']],
    ['Laut dem von der Landesregierung beauftragten Institut für Verkehrsforschung steigen die Pendlerzahlen.', ['Institut für Verkehrsforschung']],
    ['Gemäss des von der Miliz Al-Nasr geführten Gesundheitsministeriums gab es 30 Verletzte.', ['Gesundheitsministerium']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'de').sources).toEqual(folded(expected));
  });
});

// A body in the genitive or dative is one source under its nominative: the registry's entry when it knows the
// name (found by the nominative's endings), else the name with its adjectives and nouns put back in the nominative.
describe('de: inflected names', () => {
  it.each([
    ['Laut Angaben des Statistischen Bundesamts sank die Zahl der Baugenehmigungen.', 'de-destatis'],
    ['Laut Statistischem Bundesamt ist das der höchste Wert seit Jahren.', 'de-destatis'],
    ['Nach Daten des Robert Koch-Instituts sank die Inzidenz in allen Ländern.', 'de-rki'],
    ['Wie dem Deutschen Wetterdienst zufolge zu erwarten ist, wird es stürmisch.', 'de-dwd'],
    ['Einer Schätzung des Internationalen Währungsfonds zufolge schrumpft die Wirtschaft.', 'imf'],
    ['Nach Angaben des Deutschen Instituts für Wirtschaftsforschung bleibt die Lage ernst.', 'diw'],
    ['Nach Angaben des Kraftfahrt-Bundesamtes wurden mehr Elektroautos zugelassen.', 'de-kba'],
    // The name and its own acronym after it, no brackets: one entry.
    ['Die Weltgesundheitsorganisation WHO warnte am Freitag vor einer neuen Welle.', 'who'],
  ])('%s', (text, id) => {
    expect(knownIds(text)).toEqual([id]);
  });

  it.each([
    ['Nach Angaben des Statistischen Landesamts Rheinland-Pfalz zogen mehr Familien aufs Land.', ['Statistisches Landesamt Rheinland-Pfalz']],
    ['Einer Mitteilung des Hessischen Landeskriminalamts zufolge wurden zwei Verdächtige festgenommen.', ['Hessisches Landeskriminalamt']],
    ['Ein Sprecher des Sächsischen Sozialministeriums sagte, die Regeln gälten weiter.', ['Sächsisches Sozialministerium']],
    ['Nach Angaben der Technischen Universität Dresden ist der Versuch gelungen.', ['Technische Universität Dresden']],
    ['Das Bayerische Landesamt für Umwelt warnte vor Hochwasser an der Donau.', ['Bayerisches Landesamt für Umwelt']],
    ['Nach Angaben des Landesamts für Verfassungsschutz stieg die Zahl der Extremisten.', ['Landesamt für Verfassungsschutz']],
  ])('in the nominative: %s', (text, expected) => {
    expect(credits(text, 'de').sources).toEqual(folded(expected));
  });
});

// A state credited for a statement is its government: by its seat, in a split verb, as where a statement came
// from, or by its people's adjective in small letters before a kind of body.
describe('de: states', () => {
  it.each([
    ['Moskau warf Kiew vor, die Waffenruhe gebrochen zu haben.', ['Russian government']],
    ['Aus Moskau hieß es, man sei zu Gesprächen bereit.', ['Russian government']],
    ['Man sei zu Gesprächen bereit, hieß es aus Moskau.', ['Russian government']],
    ['Teheran wies die Vorwürfe als haltlos zurück.', ['Iranian government']],
    ['Peking lehnte die Forderung nach Inspektionen ab.', ['Chinese government']],
    ['Die ukrainische Regierung teilte mit, die Angriffe gingen weiter.', ['Ukrainian government']],
    ['Die iranische Regierung wies die Vorwürfe zurück.', ['Iranian government']],
    ['Teheran widersprach den Berichten umgehend.', ['Iranian government']],
    // A state's claim before what it claims, and its word for what happened.
    ['Israel gab an, zwei Raketen seien abgefangen worden.', ['Israeli government']],
    ['Russland sprach von einer gezielten Provokation.', ['Russian government']],
    ['Ein Sprecher der israelischen Regierung sagte, man prüfe den Vorfall.', ['Israeli government']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'de').sources).toEqual(folded(expected));
  });

  it.each([
    ['Das russische Verteidigungsministerium erklärte, zwei Drohnen seien abgeschossen worden.', 'ru-ministry-of-defence'],
    ['Die israelische Armee teilte mit, sie habe Ziele im Süden angegriffen.', 'il-idf'],
    ['Das israelische Militär teilte mit, es habe Ziele im Süden angegriffen.', 'il-idf'],
    ['Laut dem israelischen Militär wurden zwei Raketen abgefangen.', 'il-idf'],
    ['Wie das chinesische Außenministerium mitteilte, reist der Minister nach Berlin.', 'cn-foreign-ministry'],
  ])('a body by its state\'s adjective: %s', (text, id) => {
    expect(knownIds(text)).toEqual([id]);
  });

  it.each([
    ['Der Spieler warf den Ball weit ins Aus.'],
    ['Flüchtlinge aus Kiew berichteten von Angriffen.'],
    ['Der russische Präsident sagte, er sei zu Gesprächen bereit.'],
    // A kind of body with a people's adjective that names no body the registry knows nor a government.
    ['Die französische Polizei teilte mit, der Verdächtige sei gefasst.'],
  ])('no state in %s', (text) => {
    expect(credits(text, 'de').sources).toEqual([]);
  });
});

describe('de: photo credits', () => {
  it.each([
    ['Der Politiker verlässt den Saal. Foto: Christian Charisius/dpa/Archivbild', ['Christian Charisius/dpa/Archivbild']],
    ['Die neue App scannt auch Ausweise. (Bild: Hersteller)', ['Hersteller']],
    ['Auch der Sänger gehört zu den Unterstützern. Bild: dpa', ['dpa']],
    ['Die Favoritin im Slalom: Lena Berger. © AFP / JOE KLAMAR', ['AFP / JOE KLAMAR']],
    ['Bildquelle: IMAGO / Sven Simon', ['IMAGO / Sven Simon']],
    // No label: the agency the registry prints in small letters after the slash.
    ['Ein Markt in der Altstadt. Jana Roth/dpa', ['Jana Roth/dpa']],
    // Die Jahreszahl eines Vermerks gehört nicht zum Namen (ohne sie blieb "2025 dpa" als Zahl liegen).
    ['Der Hafen bei Nacht. © 2025 dpa', ['dpa']],
    ['Fotocredit: SID', ['SID']],
    ['Die Filialen öffnen wieder. (Symbolfoto) Bildrechte: IMAGO', ['IMAGO']],
    ['Ein Radrennen im Regen. Bildcredit: Jana Roth', ['Jana Roth']],
    // A stock site after the slash, in small letters; one credit per picture of a collage, to the next label.
    ['Ein Mischwald im Herbst. Berndt Fischer / stock.adobe.com', ['Berndt Fischer / stock.adobe.com']],
    ['Fotos: Anna Kern / stock.adobe.com (Mistel); lupo / stock.adobe.com (Efeu); Grafik: Redaktion', ['Anna Kern / stock.adobe.com (Mistel)', 'lupo / stock.adobe.com (Efeu)']],
    ['© Lea Brandt / Science Illustrated, nach Meier, K. et al.: Plant genomes. Cell 12, 2020', ['Lea Brandt / Science Illustrated']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'de', 'caption').photos).toEqual(expect.arrayContaining(folded(expected)));
  });

  // A caption glued to the standfirst by scraping: the label and a "Name/Agency" credit close the line.
  it.each([
    ['Ein Gespräch über die Zukunft der Städte Foto: Jana Roth/Agentur Focus/laif', ['Jana Roth/Agentur Focus/laif']],
    ['Warum der Hafen wächst und was das kostet Foto: Marc Weber/dpa', ['Marc Weber/dpa']],
  ])('in a body line: %s', (text, expected) => {
    expect(credits(text, 'de').photos).toEqual(folded(expected));
  });

  // "Copyright:" labels a picture's credit in a caption; under the text it is the text's rights notice.
  it('reads "Copyright: X" in a caption as its credit, and not in the body', () => {
    expect(credits('Der Hafen am Abend. Copyright: Hanna Berg', 'de', 'caption').photos).toEqual(folded(['Hanna Berg']));
    expect(credits('Copyright: Harbour Commentary Service, 2025', 'de', 'body').photos).toEqual([]);
    expect(credits('Copyright: Harbour Commentary Service, 2025', 'de', 'fringe').photos).toEqual([]);
  });

  it.each([['Polizisten sichern den Tatort. Foto: Symbolbild'], ['Ein Stau auf der A7. Bild: Archiv'], ['Der Preis stieg auf 2,10 Euro/Liter an der Tankstelle']])('no photo credit in %s', (text) => {
    expect(credits(text, 'de', 'caption').photos).toEqual([]);
  });

  // "Bildquelle" is one label, the picture's: no source label "quelle" glued to the paper named Bild.
  it.each([['Die Unfallstelle am Abend. (Bildquelle: Jonas Wendt (CC0) - (Symbolbild))'], ['Bildquelle: Lara Voss']])('the picture only in %s', (text) => {
    for (const kind of ['caption', 'body'] as const) expect(credits(text, 'de', kind).sources).toEqual([]);
  });

  it('a picture agency after a source label in a caption credits the picture only', () => {
    const found = credits('Ein Tanker vor der Küste. (Quelle: IMAGO/Jan Berg / X/imago)', 'de', 'caption');
    expect([found.sources, found.photos]).toEqual([[], folded(['IMAGO/Jan Berg / X/imago'])]);
  });

  // A paragraph closing on wires and the editor's initials in brackets is the text's end credit, not a picture's.
  it.each([
    ['Die Zahl der Anträge stieg um ein Fünftel. (dpa/AFP)'],
    ['Der Streik soll am Montag enden. (AFP/dpa/kle)'],
    // The wire's copyright line under its story, with the story's number: the text's credit, no picture's.
    ['© dpa-infocom, dpa:250311-99-12345/2'],
  ])('no photo credit in the body line %s', (text) => {
    expect(credits(text, 'de').photos).toEqual([]);
  });
});

describe('de: end credits', () => {
  it.each([
    ['(mit AP)', ['AP']],
    ['Mit Material von dpa und AFP', ['dpa', 'AFP']],
    // Two capitals many bodies go by, beside the wire closing a text, are initials (here not Denmark's DR).
    ['(KNA, DR)', ['KNA']],
    ['dpa/afp/jk', ['dpa', 'AFP']],
    ['SDA/sep', ['SDA']],
    ['Genf (afp) - Die Gespräche wurden am Abend vertagt.', ['AFP']],
    ['Halle/Saale (dpa) - Die Stadt erhält einen neuen Bahnhof.', ['dpa']],
    // Swiss and Austrian wires in datelines and end credits.
    ['Zürich (sda) – Die Nationalbank belässt den Leitzins bei einem Prozent.', ['SDA']],
    ['Der Regierungsrat hat die Vorlage verabschiedet. (Keystone-SDA)', ['Keystone-SDA']],
    ['Basel (awp/sda) - Die Aktien des Pharmakonzerns legten zu.', ['AWP', 'SDA']],
    ['Wien (Kathpress) - Die Bischofskonferenz tagt ab Montag.', ['Kathpress']],
    ['APA/red', ['APA']],
    ['sda/dpa', ['SDA', 'dpa']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'de').sources).toEqual(folded(expected));
  });

  // Small letters alone are editors' initials, as Indonesian pages sign ("vyp/kna" is no KNA).
  it.each([['(vyp/kna)'], ['jk/sep']])('no credit in %s', (text) => {
    expect(credits(text, 'de').sources).toEqual([]);
  });
});

describe('de: must not credit', () => {
  it.each([
    ['Das teilte der Konzern in einem Brief an die Aktionäre mit.'],
    ['Die Erklärung der Menschenrechte wurde 1948 verabschiedet.'],
    ['Der Wetterdienst gab eine Warnung vor Sturmböen heraus.'],
    ['Das teilte das Unternehmen seinen Kunden am Freitag mit.'],
    ['Das teilte die Stadt nach einer Sitzung des Rates mit.'],
    ['Laut Gesetz müssen alle Betriebe die neuen Regeln einhalten.'],
    ['Laut Plan soll die Strecke bis 2030 fertig sein.'],
    ['Von Max Müller'],
    ['Mehr zum Thema: Laut Polizei gab es keine Verletzten'],
    ['„Wir schaffen das“, sagte Bundeskanzlerin Angela Merkel.'],
    ['Lindner sagte, die Steuern müssten sinken.'],
    ['Am Montag sagte Scholz, man werde die Ukraine weiter unterstützen.'],
    ['Nach dem Spiel sagte Trainer Julian Nagelsmann, er sei zufrieden.'],
    ['„Das ist ein Rückschritt“, sagt Jana Weber, die Deutschland-Chefin eines Busunternehmens.'],
    ['Das Unternehmen teilte mit, der Umsatz sei deutlich gestiegen.'],
    ['Der Klub teilte am Montag mit, dass der Trainer bleibt.'],
    ['Sie habe das Theater nie vermisst, erzählte die Schauspielerin später.'],
    ['Man habe sich auf einen Zeitplan geeinigt, hieß es anschließend.'],
    ['Die Papiere gaben im frühen Handel um zwei Prozent nach.'],
    ['Er sagte im Bundestag, die Regierung habe versagt.'],
    ['Das berichtete die Zeitung unter Berufung auf Insider.'],
    // The ordinary words some papers are named by, in phrases of the sentence.
    ['In der ganzen Welt berichten Zeitungen über den Prozess.'],
    ['Zur gleichen Zeit berichtete ein Nachbar von Schüssen.'],
    ['In dieser Zeit sagte er kaum etwas.'],
    ['Das erklärte er in der Zeit nach seinem Rücktritt mehrfach.'],
    ['Uns fehlen das Geld und die Zeit, um alles zu prüfen“, sagt die Schulleiterin.'],
    ['Laut der Hausbank ist der Kredit gesichert.'],
    // A party's chief is a politician speaking ("Thüringens AfD-Chef", a mixed-case acronym after the state).
    ['Sachsens AfD-Chef empfahl den Firmen, sich herauszuhalten.'],
    ['Das hatte der Minister dem Landtag mitgeteilt.'],
    ['Der Konzern Nordwerk gab an die Aktionäre eine Sonderdividende aus.'],
    ['Nach Angaben der Polizei wurden bei dem Unfall drei Menschen verletzt.'],
    ['Wie die Feuerwehr mitteilte, konnte der Brand rasch gelöscht werden.'],
    ['Ein Sprecher des Konzerns sagte, man prüfe alle Optionen.'],
    ['Die Gewerkschaft kündigte weitere Streiks an.'],
    ['Finanzminister Lindner rechnet mit einer raschen Einigung.'],
    // A kind of firm alone names none; a party's or a state's head, a region of a firm, a former holder speak as persons.
    ['Der Autobauer teilte mit, die Nachfrage sei stabil.'],
    ['Die Airline teilte am Montag mit, die Streiks seien schuld.'],
    ['FDP-Chef Christian Lindner sagte, die Schuldenbremse bleibe.'],
    ['Kreml-Chef Wladimir Putin sagte, die Gespräche würden fortgesetzt.'],
    ['Grünen-Chefin Ricarda Lang kündigte an, die Partei werde klagen.'],
    ['„Wir wachsen“, sagt Jonas Brand, der Deutschland-Chef von Nordbus.'],
    ['Ex-Siemens-Chef Peter Löscher sagte, er sei überrascht.'],
    // After a verb of position stands its object, not its subject.
    ['Die Opposition kritisierte die Bundesregierung scharf.'],
    ['Auch FDP-Chef Christian Lindner fordert mehr Züge.'],
    // A glued role with no body named: a kind alone, a press office, a party's or state's head, a former holder.
    ['Regierungssprecherin Eva Berg sagte, alle Ressorts müssten beitragen.'],
    ['Pressesprecher Tim Lenz sagte, der Termin stehe.'],
    ['Ein Polizeisprecher sagte, der Täter sei geflohen.'],
    ['Kremlchef Wladimir Putin sagte, die Gespräche würden fortgesetzt.'],
    ['Der frühere Kremlsprecher sagte, er sei überrascht.'],
    ['Die Firma Brenntag wächst. Kremlkorrespondent Jan Mohr berichtete, Moskau schweige.'],
    // An outlet's name as a place or an object, with no reporting verb beside it.
    ['Der Film läuft am Sonntag im ZDF.'],
    ['Er sagte, er wolle zu RTL wechseln.'],
    ['Das sagte er dem Publikum in der Halle.'],
    // An expert named with the institute, university or bank they work at; analysts of a bank.
    ['Marcel Vogt vom Deutschen Institut für Wirtschaftsforschung sagte, die Hilfen kämen zu spät.'],
    ['Klaus Weber von der Universität Hamburg erklärte, die Daten seien eindeutig.'],
    ['Analysten der Deutschen Bank rechnen mit weiteren Einschnitten.'],
    // A kind of body alone names none; a clause opening on an auxiliary is the sentence's verb, not a subject's aside.
    ['Die Hilfsorganisation warnte vor einer Verschärfung der Lage.'],
    ['Vertreter der Mitgliedstaaten, darunter Österreich, haben sie gewählt, teilte die Organisation mit.'],
    // In the passive the name before "gemeldet"/"mitgeteilt" is whom it is told to.
    ['Funde sollten dem Pflanzenschutzamt oder dem Julius Kühn-Institut gemeldet werden.'],
    ['Änderungen müssen der Familienkasse mitgeteilt werden.'],
    // A minister of any portfolio is a person, and her party in brackets after her name credits no one.
    ['„Wir brauchen mehr Personal“, sagt Sachsens Sozialministerin Eva Klar (SPD).'],
    // One researcher (a singular's article), researchers named by a people or a place, an outlet named by its kind.
    ['Der Forscher der Universität Greifswald sagte, die Vögel sängen nachts.'],
    ['Britische Forscher fanden heraus, dass die Vögel nachts singen.'],
    ['Forscher aus China fanden heraus, dass die Vögel nachts singen.'],
    ['Die US-Nachrichtenagentur berichtete, die Gespräche seien gescheitert.'],
    ['Der Experte Jan Berg vom Ifo-Institut sagte, die Preise stiegen weiter.'],
    ['Er fuhr mit der Bahn nach Berlin, sagte die Polizei.'],
    ['Der Bundestag stimmte zu. Die Behörde teilte mit, das Ergebnis komme im Mai.'],
    // A central bank by its kind alone, as "das Ministerium".
    ['Das teilte die Notenbank am Donnerstag mit.'],
    // Verb second: a phrase a preposition opens stands before the verb, and its noun is no subject.
    ['Vor dem Landgericht sagte der Angeklagte, er sei unschuldig.'],
    ['Nach dem Gottesdienst sagte der Pfarrer, die Kirche bleibe offen.'],
    ['Im Kinderzentrum sagte eine Erzieherin, die Gruppen seien zu groß.'],
    ['Nach der Sitzung im Kreistag erklärte der Landrat, man habe sich geeinigt.'],
    // A compound that is a body only by its last part, and a body every town has, name none alone.
    ['Die Hausbank teilte mit, der Kredit sei genehmigt.'],
    ['Der Gemeinderat kritisierte die Pläne scharf.'],
    // A kind of institute alone names none; a name glued to a document word names a body only when it is one.
    ['Das Institut teilte mit, die Zahlen seien vorläufig.'],
    ['Eine Russland-Analyse zeigt neue Risiken für die Region.'],
    ['Der Corona-Bericht liegt seit Montag vor.'],
    // A split verb's frame holding a person or a kind of body, not a company.
    ['Das gab der Verband am Freitag bekannt.'],
    ['Das gab Müller am Freitag bekannt.'],
    // "erfahren" as going through something, and a body that learned what it was told.
    ['Siemens erfuhr im dritten Quartal einen Rückgang der Aufträge.'],
    ['Weil der Verein viel Zuspruch erfahren hat, wächst er weiter.'],
    ['Die Klinik Nord hat erfahren, dass sie schließen muss.'],
    ['Einen Aufschwung erfuhr die Branche erst im Jahr darauf.'],
    // The agent of an attribute acts on the noun after it and speaks for no one.
    ['Laut dem von Microsoft übernommenen Start-up ist der Dienst sicher.'],
    ['Laut der von Siemens gegründeten Stiftung fehlen Fachkräfte.'],
    ['Nach Angaben der von Moskau eingesetzten Verwaltung wurden zwei Häuser beschädigt.'],
  ])('%s', (text) => {
    expect(credits(text, 'de').sources).toEqual([]);
  });
});
