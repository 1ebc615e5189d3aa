/** Spanish cues: sentences modelled on Spanish-language press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('es: sources', () => {
  it.each([
    // Un organismo con mayúscula solo en su primera palabra: las minúsculas que siguen son su nombre.
    ['La Confederación sudamericana de fútbol informó que el torneo se aplaza.', ['Confederación sudamericana de fútbol']],
    ['Según la Federación internacional de tenis, el torneo sigue en pie.', ['Federación internacional de tenis']],
    // "según informaciones de": the press's reports, credited to the outlet that printed them.
    ['Según informaciones de la agencia EFE, el joven murió en el hospital.', ['EFE']],
    ['De acuerdo con informaciones del diario Clarín, el ministro presentó su renuncia.', ['Clarín']],
    ['Según los datos publicados en el sitio web del Instituto Nacional de Estadística, el paro bajó.', ['Instituto Nacional de Estadística']],
    ['El presidente de la Confederación Nacional de Transporte de Carga, Sergio Pérez, dijo que no descartan un paro.', ['Confederación Nacional de Transporte de Carga']],
    ['Según el ministerio de Salud, los contagios bajaron un 12 %.', ['ministerio de Salud']],
    ['Según Reuters, las negociaciones se reanudarán la próxima semana.', ['Reuters']],
    ['Según informó el Servicio Meteorológico Nacional, la máxima llegó a 38 grados.', ['Servicio Meteorológico Nacional']],
    ['De acuerdo con datos del Instituto Nacional de Estadística (INE), el paro bajó en marzo.', ['Instituto Nacional de Estadística']],
    ['Una investigadora aseguró a AFP que la medición es correcta.', ['AFP']],
    ['Los opositores son extremistas, destacó AFP.', ['AFP']],
    ['La Sociedad Rural denunció que las pérdidas superan los 200 millones.', ['Sociedad Rural']],
    ['(Con información de AFP, EFE y Reuters)', ['AFP', 'EFE', 'Reuters']],
    ['«No hay riesgo para la población», señaló el Ministerio de Sanidad en un comunicado.', ['Ministerio de Sanidad']],
    ['El Ministerio de Salud, a través de un comunicado, informó que hay 15 nuevos casos.', ['Ministerio de Salud']],
    ['El ministerio de Economía informó que la inflación se moderó.', ['ministerio de Economía']],
    ['Así lo informó la agencia EFE en un despacho desde Quito.', ['EFE']],
    ['La cifra fue adelantada por el diario El Tiempo.', ['El Tiempo']],
    ['El diario El Comercio informó este martes que el contrato fue anulado.', ['El Comercio']],
    ['"No lo descartamos", dijo a la cadena CNN un funcionario de la Casa Blanca.', ['CNN', 'Casa Blanca']],
    ['"Seguimos la situación de cerca", dijo el portavoz de la Comisión Europea, Eric Mamer.', ['Comisión Europea']],
    ['Según fuentes del Ministerio de Defensa, el ejercicio durará una semana.', ['Ministerio de Defensa']],
    ['Un vídeo difundido por el Ministerio de Defensa ruso muestra el lanzamiento.', ['Ministerio de Defensa ruso']],
    ['En declaraciones a la cadena SER, el alcalde pidió calma.', ['SER']],
    ['El consejero, en declaraciones a Telecinco, defendió la medida.', ['Telecinco']],
    ['Así lo dio a conocer la Secretaría de Salud en su informe diario.', ['Secretaría de Salud']],
    ['Según la Aemet, las lluvias continuarán hasta el jueves.', ['Aemet']],
    ['Fuente: elaboración propia con datos del Banco Mundial', ['Banco Mundial']],
    ['Este artículo fue publicado originalmente en The Conversation.', ['The Conversation']],
    ['La deuda del país sigue siendo sostenible, señaló la calificadora Fitch.', ['Fitch']],
    ['Según la encuestadora Cadem, el apoyo al Gobierno subió dos puntos.', ['Cadem']],
    ['Fuentes de la Guardia Civil confirmaron la detención de dos sospechosos.', ['Guardia Civil']],
    ['Los bomberos de la Generalitat precisaron que el fuego está estabilizado.', ['Generalitat']],
    // An outlet as the audience, with the speaker between the verb and it.
    ['«Seguiremos trabajando», dijo el ministro a El País.', ['El País']],
    ['«No habrá recortes en sanidad», declaró Ana Pérez a la Cadena SER.', ['Cadena SER']],
    // 'General' closing a body's name is no general's title.
    ['La Fiscalía General del Estado informó este martes de que las denuncias aumentaron un 12 %.', ['Fiscalía General del Estado']],
    ['Según la Contraloría General de la República, el contrato tuvo sobrecostos.', ['Contraloría General de la República']],
    // A known name closing on a people's adjective in small letters.
    ['El Ejército israelí dijo en un comunicado que había atacado depósitos de armas en el sur del Líbano.', ['Ejército israelí']],
    ['Según la Cancillería rusa, el embajador fue convocado a primera hora de la mañana.', ['Cancillería rusa']],
    // A capitalized cue word opening the sentence is no name.
    ['Citando fuentes oficiales, la agencia EFE informó de que el acuerdo se firmará el lunes.', ['EFE']],
    // Printed or aired in an outlet: "en" after the reporting verb.
    ['El ministro escribió en El País que la reforma llegará en otoño.', ['El País']],
    ['«No hay prisa», dijo en la Cadena SER el portavoz del partido.', ['Cadena SER']],
    // A body's people speak for it, with no subject of their own: after "desde", or the body after "en".
    ['Explicaron desde el Ministerio de Transporte que el tramo reabrirá el viernes.', ['Ministerio de Transporte']],
    ['Señalan desde la Cancillería que el embajador regresará a la capital.', ['Cancillería']],
    ['En la Casa Rosada explican que el decreto se firmará esta semana.', ['Casa Rosada']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'es').sources).toEqual(folded(expected));
  });
});

describe("es: a firm named by its kind, and a relative clause's verb", () => {
  it.each([
    ['La empresa Ferrovial informó este martes que los beneficios crecieron un 12 % en el primer semestre del año.', ['empresa Ferrovial']],
    ['La aerolínea Avianca informó que cancelará los vuelos previstos para este fin de semana por la huelga.', ['aerolínea Avianca']],
    ['Los datos coinciden con los del Banco de España, que informó este martes de una mejora del empleo en el país.', ['Banco de España']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'es').sources).toEqual(folded(expected));
  });

  it.each([['Habló con Juan Pérez, quien aseguró que todo estaba bien en el país.']])('no credit in %s', (text) => {
    expect(credits(text, 'es').sources).toEqual([]);
  });
});

describe("es: a state's body named by its kind and its people's adjective", () => {
  it.each([
    ['La policía francesa informó que dos sospechosos fueron detenidos en Lyon.', ['policía francesa']],
    ['Según la cancillería chilena, el embajador fue convocado a consultas.', ['cancillería chilena']],
    ['El ministerio español de Defensa declaró que el ejercicio duró tres días.', ['ministerio español de Defensa']],
    ['Las autoridades mexicanas informaron que tres personas murieron en el derrumbe.', ['autoridades mexicanas']],
    ['De acuerdo con la fiscalía peruana, el exministro seguirá detenido.', ['fiscalía peruana']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'es').sources).toEqual(folded(expected));
  });

  it.each([
    ['Un alto cargo de defensa norteamericano aclaró que no hay amenaza.'],
    ['El pueblo chileno dijo basta en las urnas.'],
  ])('no credit in %s', (text) => {
    expect(credits(text, 'es').sources).toEqual([]);
  });
});

describe('es: photo credits', () => {
  it.each([
    ['El presidente saluda a sus simpatizantes en Quito. Foto: EFE/José Jácome', ['EFE/José Jácome']],
    ['Vista aérea de la zona inundada. (Foto: Agencia Uno)', ['Agencia Uno']],
    ['Fotografía: Juan Pérez / La Nación', ['Juan Pérez / La Nación']],
    ['Precio del petróleo en caída. Imagen ilustrativa: Cuartoscuro', ['Cuartoscuro']],
    // The picture came from outside the paper: the words are its credit.
    ['Ana Gómez, directora del programa en el país. (FUENTE EXTERNA)', ['FUENTE EXTERNA']],
    // A bar ends the caption's text; the wire after it is the credit.
    ['Imagen de archivo del puerto de Valencia | EFE', ['EFE']],
    // "Imagen:" es una etiqueta como "Foto:".
    ['Bomberos trabajan en el incendio del mercado central. Imagen: Agencia Uno', ['Agencia Uno']],
    // Quien hizo la foto, luego la agencia que la difundió.
    ['Soldados descargan ayuda humanitaria en el puerto de Valparaíso (Armada de Chile vía AP)', ['Armada de Chile vía AP']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'es', 'caption').photos).toEqual(folded(expected));
  });

  // A bracket that only names where the picture was taken: "(Jerusalén)".
  it.each([['El primer ministro durante una rueda de prensa, el 21 de mayo. (Jerusalén)'], ['Foto: Archivo'], ['Manifestantes frente al Congreso. (Foto: cortesía)'], ['Imagen referencial'], ['Imagen del puerto de Valencia al amanecer'], ['Imagen: archivo']])('no photo credit in %s', (text) => {
    expect(credits(text, 'es', 'caption').photos).toEqual([]);
  });
});

describe('es: must not credit', () => {
  it.each([
    // El país tras la ciudad de una data ("CIUDAD, PAÍS.-") dice dónde se escribió, no quién.
    ['SAN PEDRO SULA, HONDURAS.- La lluvia dejó sin luz a tres colonias.'],
    ['QUITO, ECUADOR.- La Asamblea aprobó la reforma en segundo debate.'],
    ['ASUNCIÓN, PARAGUAY — Los gremios anunciaron un paro para el lunes.'],
    ['Lo anunció en el sitio web de su empresa.'],
    ['Los vecinos del barrio dicen que el ruido no cesa por las noches.'],
    ['El presidente dijo en El Salvador que volverá en primavera.'],
    ['Desde la empresa señalaron que el servicio se normalizará en breve.'],
    // Un cargo en un instituto o una universidad es una afiliación: habla el experto.
    ['“El cambio climático se mide en un largo periodo”, explica Marcelo Leppe, director del Instituto Antártico de Chile y veterano investigador.'],
    ['El Gobierno dijo que la medida entrará en vigor el lunes.'],
    ['Según él, la medida llega tarde.'],
    ['De acuerdo con la ley, el plazo vence en junio.'],
    ['Según Juan Pérez, la obra estará lista en marzo.'],
    ['El presidente Gabriel Boric dijo que viajará a Magallanes.'],
    ['"Me interesa escuchar a la gente", señaló Boric en Coquimbo.'],
    ['«No lo sé», manifestó el juez Castro ante los periodistas.'],
    ['Lea también: Según EFE, el volcán entró en erupción'],
    ['Por: Juan Pérez'],
    ['Marcelo Leppe explicó que el cambio es gradual.'],
    ['El Gobierno demandó al diario El Universal por difamación.'],
    ['Según la Constitución, el mandato dura cuatro años.'],
    ['La víctima dijo a la policía que no vio al agresor.'],
    ['Ocalan desembarcó en Italia en noviembre y pidió asilo político.'],
    ['Productos agrícolas en un mercado de Santo Domingo. (FUENTE EXTERNA)'],
    ['Según la empresa, las ventas crecieron un 5 % en el trimestre.'],
    // An outlet after a preposition with another verb or clause between it and the reporting verb.
    ['Dijo que se iría a El País el año próximo.'],
    ['El general Juan Pérez dijo que las tropas se retirarían de la zona antes del invierno.'],
    // A ministry's head is its minister, a person (Conventions); its spokesperson still speaks for it.
    ['El titular del Ministerio de Salud, Carlos Ibáñez, dijo que no habrá nuevas restricciones.'],
    ['La titular de la Secretaría de Salud, Lucía Mena, informó que llegaron las vacunas.'],
    ['El jefe de la Cancillería, Andrés Ruiz, afirmó que la embajada seguirá abierta.'],
    ['Según informaciones de prensa, el ministro presentó su renuncia.'],
    ['Según información de su familia, el joven tenía una cardiopatía.'],
  ])('%s', (text) => {
    expect(credits(text, 'es').sources).toEqual([]);
  });
});

describe('es: a study credits the journal that published it', () => {
  it.each([
    ['La investigación fue publicada en la revista Science Advances el miércoles.', ['Science Advances']],
    ['Según un estudio publicado en The BMJ, el consumo de sal bajó.', ['The BMJ']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'es').sources).toEqual(folded(expected));
  });

  it('no journal in La revista publicó un número e…', () => {
    expect(credits('La revista publicó un número especial sobre el clima.', 'es').sources).toEqual([]);
  });
});
