/** Italian cues: sentences modelled on Italian press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('it: sources', () => {
  it.each([
    // A body capitalized on its first word only: its small words after the head are its name.
    ['Il Comitato tecnico scientifico ha comunicato il parere sulle scuole.', ['Comitato tecnico scientifico']],
    ['Secondo la Federazione italiana nuoto, i campionati si terranno a luglio.', ['Federazione italiana nuoto']],
    ["Secondo l'esercito israeliano, i raid hanno colpito depositi di armi nel sud del Libano.", ['esercito israeliano']],
    ["I dati pubblicati sul sito dell'Istat mostrano un calo della produzione.", ['Istat']],
    ["Gli ultimi dati dell'Istat indicano un calo dell'occupazione.", ['Istat']],
    ['Il bollettino della Protezione civile segnala 12 nuovi casi.', ['Protezione civile']],
    ['Lo si legge sul sito della Protezione civile.', ['Protezione civile']],
    ['Lo ha reso noto la Protezione civile in un comunicato diffuso in serata.', ['Protezione civile']],
    ['«La situazione è sotto controllo», ha dichiarato un portavoce della Commissione europea.', ['Commissione europea']],
    ['Secondo un sondaggio Swg, la fiducia nel governo è in calo.', ['Swg']],
    ["Secondo l'Istat, il Pil è cresciuto dello 0,3% nel primo trimestre.", ['Istat']],
    ['Secondo quanto riferito dal Viminale, gli sbarchi sono in calo.', ['Viminale']],
    ["Lo riporta l'agenzia Reuters citando fonti diplomatiche.", ['Reuters']],
    ['Lo scrive il Corriere della Sera nella sua edizione online.', ['Corriere della Sera']],
    ['«Non ci sono rischi per la popolazione», ha spiegato il ministero della Salute in una nota.', ['ministero della Salute']],
    ['Il ministero della Salute ha reso noto che i nuovi casi sono 120.', ['ministero della Salute']],
    ['La Farnesina fa sapere che i connazionali sono al sicuro.', ['Farnesina']],
    ["Il ministro ha detto all'Ansa che il decreto arriverà lunedì.", ['Ansa']],
    ["Stando ai dati dell'Istituto Superiore di Sanità, i contagi calano.", ['Istituto Superiore di Sanità']],
    ["La Banca d'Italia ha stimato una crescita dello 0,8% per quest'anno.", ["Banca d'Italia"]],
    ["La Protezione Civile, in una nota, ha comunicato che l'allerta è rossa.", ['Protezione Civile']],
    ["La scossa è stata registrata alle 4.12, come riportato dall'Ingv.", ['Ingv']],
    ['"Siamo pronti al confronto", ha detto il portavoce del Comune di Roma.', ['Comune di Roma']],
    ['I dati diffusi dalla Coldiretti indicano un calo dei raccolti.', ['Coldiretti']],
    ["In un'intervista al quotidiano La Stampa, il sindaco ha escluso le dimissioni.", ['La Stampa']],
    ['Fonte: elaborazione su dati Istat', ['Istat']],
    ["A quanto apprende l'Adnkronos, il vertice è stato rinviato.", ['Adnkronos']],
    // An outlet as the audience, with the speaker between the verb and it.
    ['«Andiamo avanti», ha detto il ministro al Corriere della Sera.', ['Corriere della Sera']],
    // An elided article after the lowercase head keeps the head in the name.
    ["Secondo il ministero dell'Interno, gli sbarchi sono diminuiti nel mese di marzo.", ["ministero dell'Interno"]],
    ["I numeri diffusi dal ministero dell'Economia indicano un deficit in calo.", ["ministero dell'Economia"]],
    ['La Procura Generale di Milano ha reso noto che il fascicolo è stato archiviato.', ['Procura Generale di Milano']],
    // A short Italian paragraph is read as Italian ("i", "a" are Polish words too).
    ["Secondo l'agenzia Reuters, i colloqui riprenderanno la prossima settimana a Ginevra.", ['Reuters']],
    // Printed in an outlet: "sul", "sulla" after the reporting verb.
    ['Il ministro ha scritto sul Corriere della Sera che la riforma è necessaria.', ['Corriere della Sera']],
    // A body's people speak for it, with no subject of their own: the body after "da" or "a".
    ['Dalla Farnesina fanno sapere che i connazionali coinvolti stanno bene.', ['Farnesina']],
    ['A Palazzo Chigi spiegano che il vertice resta confermato per lunedì.', ['Palazzo Chigi']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'it').sources).toEqual(folded(expected));
  });
});

describe('it: a wire closing the text with the stop after its bracket', () => {
  it.each([
    ['ROMA, 12 OTT - Il Consiglio dei ministri ha approvato il decreto sulle bollette. (ANSA).', ['ANSA']],
    ['Il Consiglio dei ministri ha approvato il decreto sulle bollette (ANSA).', ['ANSA']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'it').sources).toEqual(folded(expected));
  });

  it.each([['Il Consiglio dei ministri si è riunito a Palazzo Chigi (Roma).']])('no credit in %s', (text) => {
    expect(credits(text, 'it').sources).toEqual([]);
  });
});

describe('it: the members of a group speak for it, and calls are positions', () => {
  it.each([
    ['Gli attivisti e gli scienziati del Comitato Acqua Pubblica romano hanno invitato i cittadini a votare.', ['Comitato Acqua Pubblica']],
    ['Gli attivisti di Greenpeace hanno chiesto la chiusura della centrale.', ['Greenpeace']],
    ['I volontari della Croce Rossa hanno spiegato che i soccorsi sono in corso.', ['Croce Rossa']],
    ['Il Codacons chiede il ritiro immediato del prodotto dagli scaffali.', ['Codacons']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'it').sources).toEqual(folded(expected));
  });

  it.each([['Mario Rossi ha chiesto un caffè al bar.'], ['Marco e Giulia hanno invitato gli amici a cena.'], ['Gli attivisti hanno chiesto un incontro con il sindaco.']])('no credit in %s', (text) => {
    expect(credits(text, 'it').sources).toEqual([]);
  });
});

describe("it: a firm named by its kind, and a relative clause's verb", () => {
  it.each([
    ['La società Leonardo ha annunciato una nuova commessa per i suoi elicotteri nel corso della giornata.', ['società Leonardo']],
    ['I dati sono diversi da quelli della Banca d’Italia, che ha spiegato oggi che la ripresa è solida.', ['Banca d’Italia']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'it').sources).toEqual(folded(expected));
  });
});

describe("it: a state's body named by its kind and its people's adjective", () => {
  it.each([
    ['La polizia italiana ha dichiarato che due sospetti sono stati arrestati a Bari.', ['polizia italiana']],
    ['Il ministero italiano degli Esteri ha dichiarato che la situazione è sotto controllo.', ['ministero italiano degli Esteri']],
    ['Le autorità italiane hanno fatto sapere che il porto resta chiuso.', ['autorità italiane']],
    ['Secondo la procura russa, l’attivista resterà in carcere.', ['procura russa']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'it').sources).toEqual(folded(expected));
  });

  it.each([['Il popolo italiano ha detto no al referendum.']])('no credit in %s', (text) => {
    expect(credits(text, 'it').sources).toEqual([]);
  });
});

describe('it: photo credits', () => {
  it.each([
    ['Il presidente della Repubblica al Quirinale (Foto Ansa)', ['Ansa']],
    ['Il sindaco durante la conferenza stampa. Foto: LaPresse', ['LaPresse']],
    ['Piazza del Duomo deserta. Ph. Mario Rossi', ['Mario Rossi']],
    ["(Foto d'archivio Ansa)", ['Ansa']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'it', 'caption').photos).toEqual(folded(expected));
  });

  it.each([['Immagine di repertorio'], ['Foto: web'], ["(Foto d'archivio)"]])('no photo credit in %s', (text) => {
    expect(credits(text, 'it', 'caption').photos).toEqual([]);
  });
});

describe('it: must not credit', () => {
  it.each([
    // A former holder, the prefix glued to the office, speaks for no one.
    ["L'ex-direttore dell'Agenzia delle Entrate ha detto che il sistema non regge più."],
    ['Ha pubblicato il video sul sito del suo ristorante.'],
    ['I residenti del quartiere dicono che il rumore non cessa.'],
    ['I dati di Mario Rossi sono stati rubati.'],
    ['Secondo lui, la riforma è necessaria.'],
    ['Secondo Mario Rossi, la riforma è necessaria.'],
    ['Il presidente del Consiglio ha detto che il governo andrà avanti.'],
    ['Il premier Mario Draghi ha dichiarato che non ci saranno nuove tasse.'],
    ["Leggi anche: Secondo l'Ansa, il vertice è saltato"],
    ['Il secondo tempo è iniziato alle 21.'],
    ['«È una vittoria di tutti», ha detto il sindaco.'],
    ['A cura di: Mario Rossi'],
    ['Secondo la Costituzione, la legge elettorale spetta al Parlamento.'],
    ['Il ministro ha scritto una lettera al presidente della Regione.'],
    ['«Non mi ricandido», ha spiegato Giuseppe Sala ai cronisti.'],
    // An outlet after a preposition with another verb or clause between it and the reporting verb.
    ['Ha detto che tornerà a lavorare al Corriere della Sera.'],
    // A ministry's head is its minister, a person (Conventions).
    ['Il capo del Viminale, Marco Serra, ha detto che i controlli aumenteranno.'],
  ])('%s', (text) => {
    expect(credits(text, 'it').sources).toEqual([]);
  });
});

describe('it: a study credits the journal that published it', () => {
  it.each([
    ['La ricerca è stata pubblicata sulla rivista Cell Reports.', ['Cell Reports']],
    ['Secondo uno studio pubblicato su The BMJ, il rischio cala.', ['The BMJ']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'it').sources).toEqual(folded(expected));
  });

  it('no journal in La rivista ha dedicato un nume…', () => {
    expect(credits('La rivista ha dedicato un numero speciale al clima.', 'it').sources).toEqual([]);
  });
});
