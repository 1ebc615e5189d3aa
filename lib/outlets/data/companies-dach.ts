/**
 * Companies of Germany, Austria and Switzerland that German-language news credits most for statements and
 * figures ("Das teilte Eon mit", "wie Zalando mitteilte", "Das gab Rheinmetall bekannt"): the DAX groups,
 * energy and grid companies, retailers, airlines and railways, and the largest Austrian and Swiss firms.
 * Facts: each company's own site (its name as it writes it, its domains). Edit: one entry per company;
 * aliases as the German-language press prints them; domains without `www.`.
 * Names that are also a surname or an ordinary word are marked `words` (they match only as printed): Bosch,
 * Puma, Zeiss, Rossmann. Left out on purpose: "Otto", "Douglas" (first names), "Penny", "Netto", "dm", "Coop"
 * (ordinary words), "MAN" and "Swiss" (English words), bare "Aldi" (Aldi Nord and Aldi Süd are two companies),
 * bare "Merck" (also the American Merck & Co.), "Telekom" (see companies-global.ts).
 */
import type { OutletInput } from '../schema';

const de = (id: string, name: string, aliases: string[], domains: string[], extra: Partial<OutletInput> = {}): OutletInput => ({
  id, name, aliases, domains, kind: 'company', country: 'DE', languages: ['de', 'en'], ...extra,
});

export default [
  // Energy and grids.
  de('eon', 'E.ON', ['Eon', 'E.ON SE', 'Eon-Konzern'], ['eon.com', 'eon.de']),
  de('rwe', 'RWE', ['RWE AG', 'RWE-Konzern'], ['rwe.com']),
  de('enbw', 'EnBW', ['EnBW Energie Baden-Württemberg', 'EnBW Energie Baden-Württemberg AG'], ['enbw.com']),
  de('uniper', 'Uniper', ['Uniper SE'], ['uniper.energy']),
  de('vattenfall', 'Vattenfall', ['Vattenfall AB'], ['vattenfall.com', 'vattenfall.de'], { country: 'SE' }),
  de('tennet', 'TenneT', ['Tennet', 'TenneT TSO'], ['tennet.eu']),
  de('amprion', 'Amprion', [], ['amprion.net']),
  de('50hertz', '50Hertz', ['50Hertz Transmission'], ['50hertz.com']),
  de('nordex', 'Nordex', ['Nordex SE'], ['nordex-online.com']),
  // Insurance, banking, exchanges, property.
  de('allianz', 'Allianz', ['Allianz SE', 'Allianz-Konzern'], ['allianz.com', 'allianz.de']),
  de('munich-re', 'Munich Re', ['Münchener Rück', 'Münchener Rückversicherung', 'Munich Re Group'], ['munichre.com']),
  de('commerzbank', 'Commerzbank', ['Commerzbank AG'], ['commerzbank.de', 'commerzbank.com']),
  de('deutsche-boerse', 'Deutsche Börse', ['Deutsche Börse AG', 'Deutsche Börse Group'], ['deutsche-boerse.com']),
  de('vonovia', 'Vonovia', ['Vonovia SE'], ['vonovia.com', 'vonovia.de']),
  // Chemicals, pharmaceuticals, materials.
  de('basf', 'BASF', ['BASF SE', 'BASF-Konzern'], ['basf.com']),
  de('covestro', 'Covestro', ['Covestro AG'], ['covestro.com']),
  de('evonik', 'Evonik', ['Evonik Industries'], ['evonik.com']),
  de('lanxess', 'Lanxess', ['LANXESS'], ['lanxess.com']),
  de('henkel', 'Henkel', ['Henkel AG', 'Henkel-Konzern'], ['henkel.com', 'henkel.de']),
  de('beiersdorf', 'Beiersdorf', ['Beiersdorf AG'], ['beiersdorf.com', 'beiersdorf.de']),
  de('merck-kgaa', 'Merck KGaA', ['Merck Darmstadt', 'Merck-Konzern in Darmstadt'], ['merckgroup.com']),
  de('fresenius', 'Fresenius', ['Fresenius SE'], ['fresenius.com']),
  de('heidelberg-materials', 'Heidelberg Materials', ['HeidelbergCement'], ['heidelbergmaterials.com']),
  de('thyssenkrupp', 'Thyssenkrupp', ['thyssenkrupp', 'ThyssenKrupp', 'Thyssenkrupp AG'], ['thyssenkrupp.com']),
  // Cars, suppliers, defence, transport.
  de('audi', 'Audi', ['Audi AG'], ['audi.com', 'audi.de']),
  de('porsche', 'Porsche', ['Porsche AG', 'Dr. Ing. h.c. F. Porsche AG'], ['porsche.com']),
  de('opel', 'Opel', ['Opel Automobile'], ['opel.de', 'opel.com']),
  de('daimler-truck', 'Daimler Truck', ['Daimler Truck AG'], ['daimlertruck.com']),
  de('continental', 'Continental AG', ['Continental-Konzern'], ['continental.com']),
  de('bosch', 'Bosch', ['Robert Bosch GmbH', 'Bosch-Konzern', 'Bosch-Gruppe'], ['bosch.com', 'bosch.de'], { words: ['Bosch'] }),
  de('infineon', 'Infineon', ['Infineon Technologies'], ['infineon.com']),
  de('siemens-energy', 'Siemens Energy', ['Siemens Energy AG'], ['siemens-energy.com']),
  de('siemens-healthineers', 'Siemens Healthineers', [], ['siemens-healthineers.com']),
  de('zeiss', 'Zeiss', ['Carl Zeiss', 'Carl Zeiss AG', 'ZEISS'], ['zeiss.com', 'zeiss.de'], { words: ['Zeiss'] }),
  de('rheinmetall', 'Rheinmetall', ['Rheinmetall AG', 'Rheinmetall-Konzern'], ['rheinmetall.com']),
  de('hensoldt', 'Hensoldt', ['HENSOLDT'], ['hensoldt.net']),
  de('deutsche-post', 'DHL Group', ['Deutsche Post', 'Deutsche Post DHL', 'Deutsche Post AG', 'DHL'], ['group.dhl.com', 'dhl.com', 'deutschepost.de']),
  de('hapag-lloyd', 'Hapag-Lloyd', ['Hapag-Lloyd AG'], ['hapag-lloyd.com']),
  de('eurowings', 'Eurowings', [], ['eurowings.com']),
  de('tui', 'TUI', ['TUI Group', 'Tui'], ['tuigroup.com', 'tui.com']),
  // Consumer goods, retail, online.
  de('adidas', 'Adidas', ['adidas', 'Adidas AG'], ['adidas.com', 'adidas.de', 'adidas-group.com']),
  de('puma', 'Puma', ['Puma SE', 'PUMA'], ['puma.com'], { words: ['Puma'] }),
  de('lidl', 'Lidl', [], ['lidl.de', 'lidl.com']),
  de('kaufland', 'Kaufland', [], ['kaufland.de', 'kaufland.com']),
  de('rewe', 'Rewe', ['REWE', 'Rewe Group', 'Rewe-Gruppe'], ['rewe.de', 'rewe-group.com']),
  de('edeka', 'Edeka', ['EDEKA', 'Edeka-Gruppe', 'Edeka-Verbund'], ['edeka.de']),
  de('rossmann', 'Rossmann', ['Dirk Rossmann GmbH'], ['rossmann.de'], { words: ['Rossmann'] }),
  de('zalando', 'Zalando', ['Zalando SE'], ['zalando.de', 'zalando.com']),
  de('hellofresh', 'HelloFresh', ['HelloFresh SE'], ['hellofresh.de', 'hellofreshgroup.com']),
  de('delivery-hero', 'Delivery Hero', ['Delivery Hero SE'], ['deliveryhero.com']),
  de('check24', 'Check24', ['CHECK24'], ['check24.de']),
  // Media groups.
  de('axel-springer', 'Axel Springer', ['Axel Springer SE', 'Springer-Konzern'], ['axelspringer.com']),
  de('prosiebensat1', 'ProSiebenSat.1', ['ProSiebenSat.1 Media', 'ProSiebenSat.1 Media SE'], ['prosiebensat1.com']),
  // Austria.
  // "Die Bahn teilte mit": each country's press calls its national railway so; the story's country picks one.
  de('oebb', 'ÖBB', ['Österreichische Bundesbahnen', 'Bahn'], ['oebb.at'], { country: 'AT', languages: ['de'], shared: ['Bahn'], words: ['Bahn'] }),
  de('omv', 'OMV', ['OMV AG', 'OMV-Konzern'], ['omv.com', 'omv.at'], { country: 'AT' }),
  de('voestalpine', 'Voestalpine', ['voestalpine', 'Voestalpine AG'], ['voestalpine.com'], { country: 'AT' }),
  de('erste-group', 'Erste Group', ['Erste Group Bank', 'Erste Bank'], ['erstegroup.com'], { country: 'AT' }),
  de('raiffeisen-bank-international', 'Raiffeisen Bank International', ['Raiffeisen Bank International AG'], ['rbinternational.com'], { country: 'AT' }),
  de('austrian-airlines', 'Austrian Airlines', ['AUA'], ['austrian.com'], { country: 'AT' }),
  de('red-bull', 'Red Bull', ['Red Bull GmbH'], ['redbull.com'], { country: 'AT' }),
  // Switzerland.
  de('sbb', 'SBB', ['Schweizerische Bundesbahnen', 'SBB CFF FFS', 'Bahn'], ['sbb.ch'], { country: 'CH', languages: ['de', 'fr', 'it'], shared: ['Bahn'], words: ['Bahn'] }),
  de('swisscom', 'Swisscom', ['Swisscom AG'], ['swisscom.ch', 'swisscom.com'], { country: 'CH' }),
  de('abb', 'ABB', ['ABB Ltd', 'ABB-Konzern'], ['abb.com'], { country: 'CH' }),
  de('swiss-re', 'Swiss Re', ['Swiss Re Group', 'Swiss Re AG'], ['swissre.com'], { country: 'CH' }),
  de('zurich-insurance', 'Zurich Insurance Group', ['Zurich Insurance', 'Zurich Versicherung'], ['zurich.com'], { country: 'CH' }),
  de('holcim', 'Holcim', ['Holcim AG'], ['holcim.com'], { country: 'CH' }),
  de('migros', 'Migros', ['Migros-Genossenschafts-Bund'], ['migros.ch'], { country: 'CH' }),
  de('credit-suisse', 'Credit Suisse', ['Credit Suisse Group'], ['credit-suisse.com'], { country: 'CH' }),
  de('lindt', 'Lindt & Sprüngli', ['Lindt', 'Chocoladefabriken Lindt & Sprüngli'], ['lindt-spruengli.com', 'lindt.com'], { country: 'CH' }),
] satisfies OutletInput[];
