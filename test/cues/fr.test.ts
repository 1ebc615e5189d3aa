/** French cues: sentences modelled on French-language press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('fr: sources', () => {
  it.each([
    // A body capitalized on its first word only: its small words after the head are its name.
    ['La Fédération internationale de handball a annoncé le report du championnat.', ['Fédération internationale de handball']],
    ['Selon le dernier rapport du Forum social mondial, la pauvreté recule.', ['Forum social mondial']],
    ['Le Haut Conseil de la santé publique a recommandé une troisième dose.', ['Haut Conseil de la santé publique']],
    ["Le détail est disponible sur le site de l'Assemblée nationale.", ['Assemblée nationale']],
    ['Les résultats sont consultables sur le site du ministère de la Santé.', ['ministère de la Santé']],
    ['Le rapport, publié sur le site de la Cour des comptes, pointe des retards.', ['Cour des comptes']],
    ['Selon le ministère de l\'Intérieur, trois personnes ont été interpellées.', ['ministère de l\'Intérieur']],
    ['L\'AFP a indiqué que le bilan restait provisoire.', ['AFP']],
    ["Selon l'AFP, le convoi a franchi la frontière dans la nuit.", ['AFP']],
    ['D’après l’Insee, le taux de chômage a légèrement reculé au deuxième trimestre.', ['Insee']],
    ['Selon l’Agence de la santé publique du Canada, le nombre de cas a doublé en un mois.', ['Agence de la santé publique du Canada']],
    ['Quelque 300 ressortissants attendent encore un vol, selon le Quai d’Orsay.', ['Quai d’Orsay']],
    ['Le bilan s’élève à douze morts, selon un responsable de l’Organisation des Nations unies.', ['Organisation des Nations unies']],
    ['Le ministère de l’Intérieur a indiqué mardi que quatre personnes avaient été interpellées.', ['ministère de l’Intérieur']],
    ['« Aucun blessé n’est à déplorer », a précisé la RATP dans la soirée.', ['RATP']],
    ['Le parquet de Lyon a également précisé qu’une enquête avait été ouverte.', ['parquet de Lyon']],
    ['C’est ce qu’a annoncé Météo-France dans son bulletin du soir.', ['Météo-France']],
    ['Le quotidien régional Sud Ouest rapporte que le suspect était connu des services de police.', ['Sud Ouest']],
    ['Interrogé par l’AFP, le club n’a pas souhaité commenter.', ['AFP']],
    ['Le ministre l’a affirmé dans un entretien accordé à l’hebdomadaire Der Spiegel.', ['Der Spiegel']],
    ['Selon le quotidien britannique The Times, les négociations ont échoué.', ['The Times']],
    ['La Banque centrale européenne a annoncé jeudi une nouvelle hausse de ses taux directeurs.', ['Banque centrale européenne']],
    ['La croissance devrait ralentir l’an prochain, selon les prévisions de la Commission européenne.', ['Commission européenne']],
    ['« Nous allons porter plainte », a réagi Greenpeace International dans un communiqué.', ['Greenpeace International']],
    ['Les chiffres ont été publiés par l’Office fédéral de la statistique.', ['Office fédéral de la statistique']],
    ['L’incendie est maîtrisé, a-t-on appris auprès de la SNCF.', ['SNCF']],
    ['Selon une source au sein du Kremlin, la rencontre aura lieu en juin.', ['Kremlin']],
    ['Reuters rapporte que les deux parties ont signé un accord préliminaire.', ['Reuters']],
    ['Le FMI estime que la croissance mondiale atteindra 3 % cette année.', ['FMI']],
    ['« Il n’y a pas de danger », a expliqué le directeur général de l’Organisation mondiale de la santé, Tedros Adhanom Ghebreyesus.', ['Organisation mondiale de la santé']],
    ['Source : Eurostat', ['Eurostat']],
    ['Sources : AFP, Reuters', ['AFP', 'Reuters']],
    ['Sources : Insee ; Banque de France', ['Insee', 'Banque de France']],
    ['« La reprise reste fragile », a averti Kristalina Georgieva, directrice générale du Fonds monétaire international.', ['Fonds monétaire international']],
    ['Une telle surveillance serait disproportionnée, comme l’a relevé l’Arcep dans son avis.', ['Arcep']],
    ['La CNIL soulève plusieurs risques pour la vie privée des usagers.', ['CNIL']],
    ['Le ministre a estimé sur France Inter que la réforme était nécessaire.', ['France Inter']],
    ['Selon le ministère des Affaires étrangères, 300 ressortissants ont été rapatriés.', ['ministère des Affaires étrangères']],
    ['Selon Reporters sans frontières, 45 journalistes ont été tués en 2023.', ['Reporters sans frontières']],
    // An outlet as the audience, with the speaker between the verb and it.
    ['« Nous restons prudents », a déclaré la ministre à France Inter.', ['France Inter']],
    ['« Rien n’est joué », a confié Paul Martin à BFMTV.', ['BFMTV']],
    // Printed in an outlet: "dans" after the reporting verb.
    ['Le ministre a écrit dans Le Figaro que la réforme était nécessaire.', ['Le Figaro']],
    ['Deux économistes ont recommandé dans Le Monde de reporter la hausse des taxes.', ['Le Monde']],
    // du hides the article of the paper's name.
    ["Selon l'armée israélienne, les frappes ont visé des dépôts d'armes dans le sud du pays.", ['armée israélienne']],
    ['Le gouvernement avait remis sa démission la veille au soir, selon des informations du Monde.', ['Le Monde']],
    ['Le plan prévoit 2 000 suppressions de postes, d’après les informations du Parisien.', ['Le Parisien']],
    // A capitalized cue word opening the sentence is no name, even before a role ("des sources").
    ['Citant des sources diplomatiques, l’agence Reuters affirme que les discussions ont repris à Genève.', ['Reuters']],
    // The end credit in brackets closing the last paragraph; a cast list in brackets credits no one.
    ['Le texte a été adopté dans la nuit par 312 voix contre 201, après deux semaines de débats houleux. (Avec AFP)', ['AFP']],
    ['Les secours ont dégagé trois personnes des décombres, selon un premier bilan (avec AFP et Reuters)', ['AFP', 'Reuters']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'fr').sources).toEqual(folded(expected));
  });
});

describe("fr: a firm named by its kind, and a relative clause's verb", () => {
  it.each([
    ['Le groupe Danone a annoncé mardi la suppression de 2 000 postes dans le monde.', ['groupe Danone']],
    ['L’opérateur Bouygues Telecom a expliqué que la panne était due à un incident technique.', ['opérateur Bouygues Telecom']],
    ['Le syndicat Sud-Rail a dénoncé dans un communiqué une décision unilatérale de la direction.', ['syndicat Sud-Rail']],
    ['Les prévisions sont meilleures que celles de la Banque de France, qui table sur une hausse de 0,9 %.', ['Banque de France']],
    ['Le chiffre dépasse celui de l’Agence internationale de l’énergie, qui a indiqué jeudi que la demande ralentissait.', ['Agence internationale de l’énergie']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'fr').sources).toEqual(folded(expected));
  });

  it.each([
    ['Il a rencontré Jean Dupont, qui a déclaré que tout allait bien dans le pays.'],
    ['Le groupe de travail a annoncé qu’il rendrait ses conclusions en mars.'],
    ['L’institut a annoncé que les résultats seraient publiés en mars.'],
  ])('no credit in %s', (text) => {
    expect(credits(text, 'fr').sources).toEqual([]);
  });
});

describe("fr: a state's body named by its kind and its people's adjective", () => {
  it.each([
    ['La police française a indiqué que deux suspects avaient été interpellés à Calais.', ['police française']],
    ['Selon la gendarmerie belge, la collision n’a fait aucun blessé.', ['gendarmerie belge']],
    ['Le ministère français de la Santé a annoncé mardi 300 nouveaux cas.', ['ministère français de la Santé']],
    ['Selon le ministère algérien des Affaires étrangères, l’ambassadeur a été rappelé.', ['ministère algérien des Affaires étrangères']],
    ['« La situation reste tendue », a indiqué la diplomatie canadienne dans un communiqué.', ['diplomatie canadienne']],
    ['Les autorités marocaines ont annoncé jeudi la fermeture du poste-frontière.', ['autorités marocaines']],
    ['D’après la justice suisse, le compte a été gelé en 2021.', ['justice suisse']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'fr').sources).toEqual(folded(expected));
  });

  it.each([
    // A kind with no article is a field or an attribute; a people's adjective alone names no body.
    ['Un expert en défense française a estimé que le contrat était fragile.'],
    ['Un ancien responsable de police britannique a déclaré que l’enquête piétinait.'],
    ['Le peuple français a indiqué son choix dimanche.'],
  ])('no credit in %s', (text) => {
    expect(credits(text, 'fr').sources).toEqual([]);
  });
});

describe('fr: photo credits', () => {
  it.each([
    ['Des secouristes fouillent les décombres à Katmandou. (Photo Tomas Bravo. Reuters)', ['Tomas Bravo. Reuters']],
    ['Le juge à la sortie du palais de justice. Photo : Radio-Canada', ['Radio-Canada']],
    ['Crédit photo : Ludovic Marin / AFP', ['Ludovic Marin / AFP']],
    ['La tour Eiffel illuminée aux couleurs du drapeau. © Reuters / Benoit Tessier', ['Reuters / Benoit Tessier']],
    ['Photo non datée fournie par l’armée israélienne.', ['l’armée israélienne']],
    // The agency's address before the photographer, as its feed prints credits.
    ['Des manifestants place de la République, le 3 mars 2021\nafp.com/Thomas Samson', ['afp.com/Thomas Samson']],
    // A paper's archive or photographer signing without a slash, the paper last.
    ['Le premier ministre lors du point de presse à Québec. Archives Le Devoir', ['Archives Le Devoir']],
    ['La mairesse lors d’une conférence. Marie-France Coallier Le Devoir', ['Marie-France Coallier Le Devoir']],
    // The credit glued to the caption's text after the label.
    ['Photo: Jacques Nadeau Archives Le Devoir Les cyclistes ont fait plus de 300 000 trajets entre le printemps et l’automne de l’an dernier, selon la ville.', ['Jacques Nadeau Archives Le Devoir']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'fr', 'caption').photos).toEqual(expect.arrayContaining(folded(expected)));
  });

  it.each([['Le ministre de la Santé. Photo : illustration'], ['Des manifestants à Paris. Photo : DR'], ['Image : capture d’écran'], ['Le maire a accordé une entrevue au Devoir'], ['Une réunion dans les locaux du journal Le Devoir']])('no photo credit in %s', (text) => {
    expect(credits(text, 'fr', 'caption').photos).toEqual([]);
  });
});

describe('fr: must not credit', () => {
  it.each([
    // A head alone before a date is no name with a tail: the small words are the sentence's.
    ['La Commission a indiqué la semaine dernière que le plan était prêt.'],
    // A former holder, the prefix glued to the office, speaks for no one.
    ['Il a été interpellé dans Le Mans après une course-poursuite.'],
    // A name an article parts from the role after it is no part of the role's name.
    ['« Les mesures sont prises », a écrit sur Facebook le porte-parole du président, Jean Dupont.'],
    ["L'ex-président de la Banque de France a estimé que la croissance ralentirait."],
    ["Il a publié une vidéo sur le site de son entreprise."],
    ['Journaliste au Monde Suivre Aller sur le site de ce journal Suivre ce journaliste'],
    ['Les photos sont visibles sur le compte de Jean Dupont.'],
    ['C’est le juge en chef de la Cour du Québec, Marc Gagnon, qui nommera un remplaçant.'],
    ['Il a réagi sur Twitter en dénonçant une « cabale ».'],
    ['Jan Hamáček (ČSSD) avait estimé que la mesure était prématurée.'],
    ['Selon lui, la réforme n’a aucune chance d’aboutir.'],
    ['Selon nos informations, le ministre devrait quitter ses fonctions.'],
    ['Selon Emmanuel Macron, la France doit rester unie face à la crise.'],
    ['« Nous allons gagner », a déclaré le président Emmanuel Macron.'],
    ['« Nous serons là », a déclaré Marine Le Pen devant ses partisans.'],
    ['« C’est inacceptable », a estimé le Premier ministre tchèque Andrej Babiš.'],
    ['Lire aussi : Selon l’AFP, le bilan s’est encore alourdi'],
    ['Par Jean Dupont'],
    ['Propos recueillis par Marie Martin'],
    ['D’après les témoins, la voiture roulait à vive allure.'],
    ['Marie Lefèvre a déclaré à Paris qu’elle poursuivrait ses recherches.'],
    ['L’épidémiologiste Roman Novak a également précisé que le virus circulait moins.'],
    ['Le juge Martin s’est rendu à une réception à Genève.'],
    ['La semaine dernière, Microsoft a lancé un nouvel ordinateur portable.'],
    ['« C’est une bonne nouvelle », a-t-il affirmé au micro.'],
    ['Un habitant du quartier a raconté avoir entendu une forte explosion vers minuit.'],
    // An outlet after a preposition with another verb or clause between it and the reporting verb.
    ['Il a déclaré vouloir partir à BFMTV la saison prochaine.'],
    ['La ministre a déclaré que le film passera à France Inter demain.'],
    ['Le film de Claire Martin sort en salles mercredi dans toute la France (avec Catherine Deneuve)'],
    // d'État says whose outlet it is: no body named État.
    ["Selon l'agence de presse d'État, trois personnes ont été interpellées dans la capitale."],
    // A ministry's head is its minister, a person (Conventions).
    ["Le chef du Quai d'Orsay, Paul Vernet, a déclaré que l'ambassade restait ouverte."],
  ])('%s', (text) => {
    expect(credits(text, 'fr').sources).toEqual([]);
  });
});

describe('fr: a study credits the journal that published it', () => {
  it.each([
    ['Les résultats ont été publiés dans la revue Nature Climate Change.', ['Nature Climate Change']],
    ['Selon une étude parue dans The Lancet Oncology, le dépistage sauve des vies.', ['The Lancet Oncology']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'fr').sources).toEqual(folded(expected));
  });

  it('no journal in La revue a consacré un numéro …', () => {
    expect(credits('La revue a consacré un numéro spécial au climat.', 'fr').sources).toEqual([]);
  });
});
