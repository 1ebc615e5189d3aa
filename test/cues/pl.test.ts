/**
 * Polish cues: sentences modelled on Polish press usage (PAP wire copy, national dailies, web portals,
 * broadcasters, regional papers), and near-misses that must not credit. Names are expected as printed, in
 * the case the cue puts them in.
 */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('pl: sources', () => {
  it.each([
    // A soft adjective's genitive back to the nominative the registry knows the body by (else it would be
    // named 'Parlament Europejskiego', half in the nominative).
    ['Według Parlamentu Europejskiego nowe przepisy wejdą w życie w czerwcu przyszłego roku.', ['Parlamentu Europejskiego']],
    ['Według Komisji Europejskiej wzrost gospodarczy w Polsce wyniesie w tym roku 3 proc.', ['Komisji Europejskiej']],
    ['Według agencji Reuters rozmowy mają zostać wznowione w przyszłym tygodniu.', ['Reuters']],
    ['Według danych GUS inflacja w marcu spadła do 3,1 proc.', ['GUS']],
    ['Według Ministerstwa Zdrowia w szpitalach przebywa 412 chorych.', ['Ministerstwa Zdrowia']], // known to the registry: as printed
    ['Jak podaje PAP, do zdarzenia doszło w nocy z piątku na sobotę.', ['PAP']],
    ['Jak poinformowała Komenda Główna Policji, zatrzymano trzech podejrzanych.', ['Komenda Główna Policji']],
    ['Jak ustaliła Wirtualna Polska, umowa ma zostać podpisana w maju.', ['Wirtualna Polska']],
    ['Główny Urząd Statystyczny podał, że sprzedaż detaliczna wzrosła o 4 proc.', ['Główny Urząd Statystyczny']],
    ['Ministerstwo Obrony Narodowej poinformowało o zakupie nowych śmigłowców.', ['Ministerstwo Obrony Narodowej']],
    ['Poinformowała o tym agencja Bloomberg, powołując się na źródła w rządzie.', ['Bloomberg']],
    ['Podaje to serwis money.pl.', ['money.pl']],
    ['"Sytuacja jest pod kontrolą" – podało MSZ.', ['MSZ']],
    ['Z danych NBP wynika, że rezerwy walutowe wzrosły.', ['NBP']],
    ['Dziennik „Financial Times” pisze o możliwym porozumieniu w sprawie ceł.', ['Financial Times']],
    ['Senator, cytowany przez agencję Associated Press, zapowiedział sprzeciw wobec ustawy.', ['Associated Press']],
    ['O szczegółach poinformowano w komunikacie Głównego Inspektoratu Sanitarnego.', ['Głównego Inspektoratu Sanitarnego']],
    ['"Nie planujemy podwyżek" – powiedział PAP rzecznik spółki.', ['PAP']],
    ['Minister opowiedział o planach w rozmowie z RMF FM.', ['RMF FM']],
    ['Agencja Interfax podała, powołując się na źródła w Moskwie, że rozmowy ruszą w czwartek.', ['Interfax']],
    ['"Rezerwy są wystarczające" – przekazała agencji Reuters rzeczniczka banku.', ['Reuters']],
    ['Źródło: PAP', ['PAP']],
    ['Według „Rzeczpospolitej” rząd przygotowuje nowelizację ustawy.', ['Rzeczpospolitej']],
    ['Według „Gazety Wyborczej” prokuratura wszczęła śledztwo.', ['Gazety Wyborczej']],
    ['Prezes spółki powiedział w rozmowie z Onetem, że inwestycja ruszy w maju.', ['Onetem']],
    ['Jak poinformowało biuro prasowe Sejmu, posiedzenie zostało przełożone.', ['Sejmu']],
    ['Jak poinformowało biuro prasowe Urzędu Miasta Gdańska, utrudnienia potrwają do piątku.', ['Urząd Miasta Gdańska']],
    ['Według Reutersa rozmowy zakończyły się bez porozumienia.', ['Reutersa']],
    ['Sprzedaż mieszkań spadła o jedną piątą, podaje serwis Bankier.pl.', ['Bankier.pl']],
    // The verb first after a quoted passage: a conclusion, a comment, an addition.
    ['„Zapasy wystarczą do zimy” – konkluduje portal Energonews.', ['Energonews']],
    ['„Ceny jeszcze spadną” – komentuje agencja Bloomberg.', ['Bloomberg']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'pl').sources).toEqual(folded(expected));
  });

  it('PAP copy ends on the editor\'s initials and the agency', () => {
    expect(credits('mw/PAP', 'pl').sources).toEqual(folded(['PAP']));
    expect(credits('(PAP)', 'pl').sources).toEqual(folded(['PAP']));
  });
});

describe('pl: photo credits', () => {
  it.each([
    ['Premier podczas konferencji prasowej. Fot. PAP/Leszek Szymański', ['PAP/Leszek Szymański']],
    ['Strażacy na miejscu pożaru (fot. KM PSP w Opolu)', ['KM PSP w Opolu']],
    ['fot. Shutterstock', ['Shutterstock']],
    // Stock sites in small letters after the abbreviated label.
    ['Nowy sklep w Poznaniu, fot. shutterstock', ['shutterstock']],
    ['Zdjęcie: Policja Lubelska', ['Policja Lubelska']],
    ['Foto: TVN24', ['TVN24']],
    // A spaced slash parts the caption from its source label, as a bar does.
    ['Magazyn z paczkami, zdjęcie ilustracyjne / Źródło: Pixabay', ['Pixabay']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'pl', 'caption').photos).toEqual(folded(expected));
  });
});

describe('pl: must not credit', () => {
  it.each([
    ['Według premiera rozmowy przebiegły w dobrej atmosferze.'],
    ['Według Kowalskiego decyzja zapadnie jesienią.'],
    ['"To był trudny rok" – powiedział Jan Nowak.'],
    ['„Nie zgadzam się” – komentuje Jan Kowalski.'],
    ['Policja poinformowała, że kierowca był trzeźwy.'],
    ['Rzecznik rządu Piotr Müller przekazał, że posiedzenie się odbędzie.'],
    ['Rzeczniczka policji Anna Nowak poinformowała o zatrzymaniu.'],
    ['Przewodniczący Komisji Zdrowia Jan Kowalski napisał na Twitterze, że ustawa wejdzie w życie.'],
    ['Ministerstwo poinformowało Komisję Europejską o opóźnieniu.'],
    ['Według ekspertów stopy procentowe pozostaną bez zmian.'],
    ['Czytaj także: Według danych GUS inflacja spadła'],
    ['Autor: Anna Kowalska'],
    ['Prezydent Andrzej Duda podkreślił, że Polska pozostanie w NATO.'],
    ['Orlen otworzył nową stację w Gdańsku.'],
    ['W rozmowie z dziennikarzami minister zapowiedział zmiany.'],
    // A body after a preposition of place, a person's name after it: where the person spoke.
    ['W Sejmie Donald Tusk zapowiedział przyspieszenie prac nad ustawą.'],
    ['Po głosowaniu w Bundestagu Olaf Scholz zapowiedział kolejne rozmowy.'],
    // A state's people, not the state: the men's plural, and "z Rosji".
    ['Niemcy zapowiedzieli protest przed ambasadą w sobotę.'],
  ])('%s', (text) => {
    expect(credits(text, 'pl').sources).toEqual([]);
  });

  it.each([['Zdjęcie ilustracyjne'], ['fot. materiały prasowe'], ['Fot. archiwum prywatne']])('no photo credit in %s', (text) => {
    expect(credits(text, 'pl', 'caption').photos).toEqual([]);
  });
});

describe('pl: a study credits the journal that published it', () => {
  it.each([
    ['Wyniki badań opublikowano w czasopiśmie Science Advances.', ['Science Advances']],
    ['Analiza ukazała się na łamach czasopisma The BMJ.', ['The BMJ']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'pl').sources).toEqual(folded(expected));
  });

  it('no journal in Czasopismo poświęciło specjaln…', () => {
    expect(credits('Czasopismo poświęciło specjalny numer klimatowi.', 'pl').sources).toEqual([]);
  });
});
