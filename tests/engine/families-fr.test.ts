// Table-driven checks of the French pack, one table per cue family: sentences written for this test
// (French, Belgian, Swiss and Quebec news usage), the source found and its kind, and sentences that
// must give nothing (the author's voice, non-statement uses of cue words, negations, hypotheticals).
import { describe, expect, it } from 'vitest';
import { familyChecks } from '../helpers/families';

const { one, detects, ignores } = familyChecks('fr');

describe('fr: adjectives after their noun (the noun is the head)', () => {
  detects([
    ['Les négociations vont reprendre la semaine prochaine, a indiqué une source diplomatique.', 'source diplomatique', 'anonymous'],
    ['« C\'est une question de semaines », glisse un conseiller ministériel.', 'conseiller ministériel', 'anonymous'],
    ['L\'attaquant va rejoindre le Real Madrid, a annoncé le club madrilène lundi.', 'club madrilène', 'organization'],
    ['La Commission européenne a averti que la France risquait une procédure pour déficit excessif.', 'Commission européenne', 'organization'],
    ['Le Conseil constitutionnel a jugé que cette disposition était contraire à la Constitution.', 'Conseil constitutionnel', 'organization'],
    ['Une source gouvernementale a indiqué que le remaniement aurait lieu avant Pâques.', 'source gouvernementale', 'anonymous'],
    ['Un haut responsable européen, qui a requis l\'anonymat, a affirmé que l\'accord était proche.', 'responsable', 'anonymous'],
  ]);
});

describe('fr: a role noun for the person named before (epithets)', () => {
  detects([
    ['La procureure de Nanterre, Claire Moreau, a indiqué que le conducteur était en détention. La magistrate a ajouté que l\'enquête se poursuivait.', 'Claire Moreau', 'person'],
  ]);
  // "le porte-parole du ministère", "l'avocat de la famille": a role with a complement is someone else.
  it('does not take a role with a complement for the person last named', () => {
    const found = one('Le ministre de l\'Intérieur, Bruno Retailleau, a affirmé que la loi passerait. Le porte-parole du ministère affirme qu\'il n\'a jamais été informé.');
    expect(found.map((a) => a.source)).toEqual(['Bruno Retailleau', 'Le porte-parole du ministère']);
  });
});

// "du" holds the article ("de le"): the office holder after it is as definite as "le ministre".
describe('fr: an office holder after du or au is definite; "le parlementaire" is an office', () => {
  detects([
    ['Aux yeux du ministre, la réforme est indispensable.', 'ministre', 'person'],
    ['Le parlementaire a affirmé que le texte serait amendé.', 'Le parlementaire', 'person'],
    ['Un parlementaire a affirmé que le texte serait amendé.', 'Un parlementaire', 'anonymous'],
    ['Les parlementaires ont affirmé que le texte serait amendé.', 'Les parlementaires', 'anonymous'],
  ]);
});

describe('fr: present-tense forms of verbs with a double or clustered consonant (regrette, proteste)', () => {
  detects([
    ['« On a manqué de réalisme », regrette l\'entraîneur lyonnais.', 'entraîneur', 'anonymous'],
    ['« Ce n\'est pas acceptable », proteste la maire de la commune.', 'maire', 'person'],
    ['« Les chiffres sont faux », conteste le syndicat.', 'syndicat', 'organization'],
    ['« La digue ne tiendra pas », alerte le maire de la commune.', 'maire', 'person'],
  ]);
});

describe('fr: speech verbs with a noun object or a quotation', () => {
  detects([
    ['Le maire de Lyon a annoncé mardi que la piscine fermerait pendant deux ans.', 'maire de Lyon', 'person'],
    ['La fédération a réclamé l\'ouverture d\'une enquête indépendante.', 'fédération', 'organization'],
    ['Les agriculteurs réclament une baisse des normes environnementales.', 'agriculteurs', 'anonymous'],
    ['L\'Organisation mondiale de la santé a recommandé le port du masque dans les transports.', 'Organisation mondiale de la santé', 'organization'],
    ['Le procureur a requis cinq ans de prison ferme contre l\'ancien maire.', 'procureur', 'person'],
    ['Marine Le Pen a qualifié le budget de « catastrophe ».', 'Marine Le Pen', 'person'],
    ['Le sélectionneur a tenu à rappeler que rien n\'était joué.', 'sélectionneur', 'anonymous'],
    ['La ministre a défendu la réforme des retraites devant les sénateurs.', 'ministre', 'person'],
    ['« Je n\'ai rien à me reprocher », s\'est défendu l\'ancien ministre.', 'ancien ministre', 'person'],
    ['« On ne lâchera rien », scandaient les manifestants.', 'manifestants', 'anonymous'],
    ['« Ce vote est une trahison », tonne le chef de file des sénateurs.', 'chef de file', 'anonymous'],
    ['« Nous ne sommes pas là pour faire de la politique », a-t-elle tranché.', 'elle', 'person'],
    ['Le député a reproché son manque de transparence au ministre.', 'député', 'person'],
  ]);
  ignores([
    'Le gardien a défendu son but avec brio jusqu\'à la dernière minute.',
    'Le public a salué la performance des danseurs.',
    'Le coureur a tranché dans le vif dès le premier col.',
    'Le train annoncé à 8 heures est arrivé avec une heure de retard.',
    'Les députés ont adopté le projet de loi défendu par le gouvernement.',
    'Le texte annoncé par le gouvernement a été adopté en première lecture.',
  ]);
});

describe('fr: studies and researchers (montrer, démontrer, pointer, découvrir)', () => {
  detects([
    ['Une étude britannique montre que la pollution réduit l\'espérance de vie.', 'étude', 'document'],
    ['Le rapport de la Cour des comptes pointe une gestion « défaillante » de l\'hôpital.', 'rapport', 'document'],
    ['Des chercheurs de l\'université de Strasbourg ont découvert que cette protéine freinait la maladie.', 'chercheurs', 'anonymous'],
    ['Cette enquête démontre que les loyers ont doublé en dix ans.', 'enquête', 'document'],
  ]);
  ignores([
    'Le documentaire montre la vie quotidienne d\'un village de montagne.',
    'La tempête a découvert les toits de plusieurs maisons.',
    'Les ouvriers ont découvert des ossements lors du chantier.',
  ]);
});

describe('fr: prepositional cues (à en croire, de l\'avis de, aux yeux de, confirmé par) and vague sources', () => {
  detects([
    ['À en croire le président du club, l\'entraîneur restera en poste jusqu\'à la fin de la saison.', 'président du club', 'person'],
    ['De l\'avis de nombreux spécialistes, la sécheresse va se prolonger.', 'spécialistes', 'anonymous'],
    ['Aux yeux de la présidente de la région, ce projet est vital pour l\'emploi.', 'présidente', 'person'],
    ['L\'information a été confirmée par le ministère des Armées.', 'ministère des Armées', 'organization'],
    ['Le chiffre de 300 morts, avancé par l\'ONU, n\'a pas pu être vérifié.', 'ONU', 'organization'],
    ['Le scandale révélé par Mediapart a coûté son poste au ministre.', 'Mediapart', 'outlet'],
    ['Le texte sera examiné au Sénat en janvier, a-t-on appris de source parlementaire.', 'source parlementaire', 'anonymous'],
    ['Deux blessés ont été transportés à l\'hôpital, de source hospitalière.', 'source hospitalière', 'anonymous'],
  ]);
  ignores([
    'Le préfet peut se passer de l\'avis de la commission en cas d\'urgence.',
    'Le film, tiré d\'après le roman de Victor Hugo, sortira en salles le 4 décembre.',
    'L\'usine emploie 800 salariés selon un rythme de trois-huit.',
    'Le gouvernement devra expliquer comment il compte financer la mesure.',
    'Le ministre n\'a pas souhaité commenter ces informations.',
    'Personne n\'a jamais affirmé que la tâche serait facile.',
    'S\'il annonçait sa démission, le gouvernement tomberait.',
    'Selon toute vraisemblance, le match sera reporté à la semaine prochaine.',
    'Les prix varient selon les régions et la saison.',
    'Le tribunal correctionnel a condamné l\'ancien maire à deux ans de prison avec sursis.',
  ]);
});

describe('fr: verbs whose content follows "de" (s\'inquiéter de, se féliciter de, menacer de) and noun objects (plaider, détailler)', () => {
  detects([
    ['Le maire a félicité les joueurs de leur victoire en finale.', 'maire', 'person'],
    ['L\'avocat de la défense a plaidé l\'acquittement.', 'avocat', 'anonymous'],
    ['Le président américain a menacé d\'imposer de nouveaux droits de douane.', 'président américain', 'anonymous'],
    ['La jeune femme s\'inquiète toutefois des conséquences du mouvement.', 'jeune femme', 'anonymous'],
    ['Le procureur a détaillé les circonstances du drame devant la presse.', 'procureur', 'person'],
  ]);
  ignores([
    'Le vieux pont menace de s\'effondrer.',
    'La hausse des prix inquiète les ménages de la région.',
    'La maire a appelé les secours après avoir découvert le corps.',
    'Les pompiers ont appelé des renforts venus des départements voisins.',
  ]);
});

describe('fr: cité par / interrogé par / contacté par X, then the speaker', () => {
  detects([
    ['Interrogé par franceinfo, le député a assuré qu\'il voterait contre le texte.', 'député', 'person'],
    ['« Nous ne céderons pas », a déclaré le ministre, interrogé par BFMTV.', 'BFMTV', 'outlet'],
  ]);
  ignores([
    'Contacté par Le Figaro, l\'avocat de l\'entreprise n\'a pas souhaité réagir.',
    'Joint par l\'AFP, le ministère n\'a pas donné suite.',
  ]);
});

describe('fr: French institutions by name', () => {
  detects([
    ['Selon Météo-France, les orages devraient s\'intensifier dans la soirée.', 'Météo-France', 'organization'],
    ['Selon la CGT, près de 40 % des cheminots étaient en grève.', 'CGT', 'organization'],
    ['L\'ONU a averti que la famine menaçait deux millions de personnes.', 'ONU', 'organization'],
  ]);
});

describe('fr: a report "communiqué / fourni par" its author, and "X a été clair : « … »"', () => {
  detects([
    ['Aucune victime n\'est à déplorer, selon un premier bilan communiqué par la préfecture.', 'préfecture', 'organization'],
    ['Selon les chiffres fournis par la police, 3 000 personnes ont défilé.', 'police', 'organization'],
    ['Le maire a été clair : « Il n\'y aura pas de nouvelle hausse des impôts locaux. »', 'maire', 'person'],
    ['La ministre a été catégorique : « Personne ne sera oublié. »', 'ministre', 'person'],
  ]);
  ignores([
    'Le ciel a été clair toute la journée.',
    'Le message a été clair pour les électeurs.',
  ]);
});

describe('fr: forecasts and complaints (prévoir, se plaindre de)', () => {
  detects([
    ['La Banque de France prévoit une croissance de 0,9 % l\'an prochain.', 'Banque de France', 'organization'],
    ['Le projet de loi prévoit notamment la suppression de l\'exonération.', 'projet de loi', 'document'],
    ['Les riverains se plaignent depuis des mois du bruit des avions.', 'riverains', 'anonymous'],
  ]);
  ignores([
    'D\'autres élus ont prévu de se rendre sur place la semaine prochaine.',
    'Le match, prévu samedi, a été reporté.',
  ]);
});

describe('fr: a capitalized particle inside a name', () => {
  detects([
    ['Marine Le Pen a déclaré que le gouvernement avait échoué.', 'Marine Le Pen', 'person'],
  ]);
  it('shows the whole name, not "Pen"', () => {
    expect(one('Marine Le Pen a déclaré que le gouvernement avait échoué.').map((a) => a.source)).toEqual(['Marine Le Pen']);
  });
});

// "Me" is the lawyer's title ("Maître"), not the object pronoun "me" (which the pack lists only as a clitic and listener).
describe('fr: the lawyer title Me before a name', () => {
  detects([
    ['« Ma cliente n\'a jamais menti », a plaidé Me Lefebvre devant la cour.', 'Lefebvre', 'person'],
    ['Selon Me Garnier, le dossier ne contient aucune preuve.', 'Garnier', 'person'],
    ['« Il me l\'a dit la veille », a raconté le frère de la victime.', 'frère', 'anonymous'],
  ]);
});

// "faire état de" reports what the source says (like "faire part de").
describe('fr: faire état de', () => {
  detects([
    ['Les secours ont fait état de quatre blessés légers.', 'secours', 'organization'],
    ['Plusieurs témoins font état de tirs nourris dans la nuit.', 'témoins', 'anonymous'],
    ['Le directeur de la clinique a fait état d\'une situation « très tendue ».', 'directeur', 'anonymous'],
  ]);
  ignores([
    'Il faut tenir compte de l\'état des routes.',
    'Le chef de l\'État a visité l\'usine.',
  ]);
});

// Common nouns for people in the news (courts, sport, science, trades): a weak cue like "dire" takes
// them as speakers only when the pack knows them as people.
describe('fr: people nouns of courts, sport, science and trades', () => {
  detects([
    ['Le suspect a dit aux enquêteurs qu\'il ne se souvenait de rien.', 'suspect', 'anonymous'],
    ['La prévenue nie avoir touché le moindre centime.', 'prévenue', 'anonymous'],
    ['Le climatologue a dit que l\'été serait encore plus chaud.', 'climatologue', 'anonymous'],
    ['« Je n\'ai rien vu venir », a dit le cycliste à l\'arrivée.', 'cycliste', 'anonymous'],
    ['Les éleveurs disent que la sécheresse les a ruinés.', 'éleveurs', 'anonymous'],
  ]);
  ignores([
    'Il a été prévenu trop tard pour quitter les lieux.',
    'Le chauffeur du car a été légèrement blessé.',
    'Les rescapés ont été pris en charge par les secours.',
  ]);
});

// "se dire" + an attribute states the speaker's position ("s'est dit inquiet", "se disent prêts");
// "s'est félicité de", "s'est indignée de": reflexive compound forms of cues that take "de".
describe('fr: reflexive statements (se dire + attribute, s\'est félicité de)', () => {
  detects([
    ['Le Premier ministre s\'est dit « préoccupé » par la hausse des prix.', 'Premier ministre', 'person'],
    ['La sénatrice s\'est dite favorable à un moratoire.', 'sénatrice', 'person'],
    ['Les pêcheurs se disent prêts à bloquer les ports.', 'pêcheurs', 'anonymous'],
    ['Le patronat s\'est félicité de la baisse des charges.', 'patronat', 'organization'],
    ['La clinique a précisé que la patiente était dans un état stable.', 'clinique', 'organization'],
    ['Les ONG se sont indignées du sort réservé aux réfugiés.', 'ONG', 'organization'],
  ]);
  ignores([
    'Il est dit dans le règlement que les portes ferment à minuit.',
    'Tout est dit.',
    'Le ministre s\'est inquiété.',
  ]);
});

// After an inverted verb, a time word closes the source: "le ministre lundi" is no phrase of its own,
// and "lundi", "hier", "ce matin" after the source do not make it the subject of a new clause.
describe('fr: a time word after the inverted source', () => {
  detects([
    ['« Le dialogue reste ouvert », a déclaré la ministre lundi.', 'ministre', 'person'],
    ['« Nous irons jusqu\'au bout », a affirmé le syndicat hier soir.', 'syndicat', 'organization'],
    ['« Rien n\'est joué », a estimé l\'entraîneur samedi après la rencontre.', 'entraîneur', 'anonymous'],
    ['« Le calme est revenu », a indiqué la préfecture ce matin.', 'préfecture', 'organization'],
  ]);
  it('keeps the weekday out of the source', () => {
    expect(one('« Le dialogue reste ouvert », a déclaré la ministre lundi.').map((a) => a.source)).toEqual(['la ministre']);
  });
});

// Adjectives in -aire, -ère and the common -ier ones (judiciaire, militaire, financier, policière) are
// no infinitives, so they may follow the source's noun: "une source judiciaire", "le parquet national financier".
describe('fr: adjectives that end like an infinitive', () => {
  detects([
    ['Le prévenu a été remis en liberté, a indiqué une source judiciaire.', 'source judiciaire', 'anonymous'],
    ['Les frappes ont visé un dépôt d\'armes, a affirmé un porte-parole militaire.', 'porte-parole militaire', 'anonymous'],
    ['Trois dirigeants ont été mis en examen, a annoncé le parquet national financier.', 'parquet national financier', 'organization'],
    ['Les comptes sont équilibrés, a assuré la directrice financière.', 'directrice financière', 'anonymous'],
    ['Les convois ne passent plus, a déploré un responsable humanitaire.', 'responsable humanitaire', 'anonymous'],
  ]);
});

// réaffirmer, réitérer; "croit savoir" (an outlet's or a source's report); "table sur" (a forecast).
describe('fr: réaffirmer, réitérer, croire savoir, tabler sur', () => {
  detects([
    ['Le chancelier a réaffirmé que l\'Allemagne livrerait les armes promises.', 'chancelier', 'person'],
    ['La France a réitéré son appel à un cessez-le-feu immédiat.', 'France', 'organization'],
    ['Le gouvernement renoncerait à la hausse de la TVA, croit savoir le quotidien économique.', 'quotidien', 'outlet'],
    ['L\'Insee table sur une croissance de 0,7 % cette année.', 'Insee', 'organization'],
  ]);
  ignores([
    'Il a posé la table sur la terrasse.',
    'Une table sur deux était vide.',
  ]);
});

// ", s'exprimant sous couvert d'anonymat,", ", se voulant rassurant,": a gerund after its object clitic
// is an aside between the subject and its verb.
describe('fr: a reflexive gerund aside between subject and verb', () => {
  detects([
    ['Un diplomate occidental, s\'exprimant sous couvert d\'anonymat, a affirmé que les discussions étaient au point mort.', 'diplomate', 'anonymous'],
    ['La ministre, se voulant rassurante, a assuré que les stocks étaient suffisants.', 'ministre', 'person'],
  ]);
});

// French, Belgian, Swiss and Quebec outlets and bodies of the general lexicon, and French names of
// international bodies (BCE, CEDH, HCR, Tsahal).
describe('fr: outlets and bodies of French-speaking countries', () => {
  detects([
    ['Le club serait proche d\'un accord avec l\'attaquant, affirme RMC Sport.', 'RMC', 'outlet'],
    ['Selon Le Télégramme, le port restera fermé jusqu\'à lundi.', 'Le Télégramme', 'outlet'],
    ['Tsahal a affirmé avoir visé des dépôts d\'armes.', 'Tsahal', 'organization'],
    ['Le HCR estime que deux millions de personnes ont fui les combats.', 'HCR', 'organization'],
    ['La LDH a dénoncé « une atteinte grave aux libertés ».', 'LDH', 'organization'],
  ]);
});

// "a-t-on appris auprès de X": the body the information came from; "demander" (a request, a question
// after a quotation); "revendiquer" a figure or a demand, not an attack.
describe('fr: appris auprès de, demander, revendiquer', () => {
  detects([
    ['L\'incendie est d\'origine criminelle, a-t-on appris auprès des pompiers.', 'pompiers', 'anonymous'],
    ['La ministre a demandé aux recteurs de suspendre les sorties scolaires.', 'ministre', 'person'],
    ['« Qui a donné l\'ordre ? » a demandé l\'avocate de la défense.', 'avocate', 'anonymous'],
    ['Les organisateurs revendiquent 50 000 participants.', 'organisateurs', 'anonymous'],
  ]);
  ignores([
    'Il a appris le métier auprès de son grand-père.',
    'Il a demandé l\'asile en France.',
    'Le groupe État islamique a revendiqué l\'attentat.',
  ]);
});

// "Une étude publiée dans The Lancet montre que": the study speaks; the journal only published it.
describe('fr: a document published in a journal', () => {
  it('takes the study, not the journal, for the source', () => {
    const found = one('Une étude publiée dans The Lancet montre que le risque de démence est plus élevé chez les fumeurs.');
    expect(found.map((a) => [a.source, a.sourceKind])).toEqual([['Une étude', 'document']]);
  });
  detects([
    ['Une enquête parue dans Libération affirme que le ministre avait été averti.', 'enquête', 'document'],
  ]);
});

// "a expliqué à l'AFP Sophie Bernard": the listener's name ends where a given name opens the source's.
describe('fr: a listener, then the named source, after the verb', () => {
  detects([
    ['« Les négociations avancent », a expliqué à l\'AFP Sophie Bernard, directrice de l\'association.', 'Sophie Bernard', 'person'],
    ['« Le site sera rouvert », a déclaré au Parisien Pierre Lambert.', 'Pierre Lambert', 'person'],
  ]);
});

// "selon un décompte de l'AFP": a tally is a document whose author is the source; Bercy and Beauvau
// are ministries; "condamner" is a statement with a quotation ("a condamné « fermement »"), not a sentence.
describe('fr: décompte, Bercy, condamner with a quotation', () => {
  detects([
    ['Au moins 40 civils ont été tués, selon un décompte de l\'AFP.', 'AFP', 'outlet'],
    ['D\'après Bercy, le déficit atteindra 5,1 % du PIB.', 'Bercy', 'organization'],
    ['Le maire a condamné « avec la plus grande fermeté » ces violences.', 'maire', 'person'],
  ]);
  ignores([
    'Le tribunal l\'a condamné à cinq ans de prison.',
    'Il habite à Bercy depuis dix ans.',
  ]);
});

// The feminine forms of office titles the pack lists (Préfet, Procureur, Gouverneur) are offices too.
describe('fr: feminine office titles', () => {
  detects([
    ['« La circulation reste interdite », a rappelé la préfète.', 'préfète', 'person'],
    ['La procureure a indiqué que l\'enquête avait été confiée à la police judiciaire.', 'procureure', 'person'],
  ]);
});

// "— Pourquoi ? a demandé le juge.": a question (or an exclamation) the sentence goes on after is the
// claim before an inverted verb, as a quotation's closing mark is.
describe('fr: a question or an exclamation before the inverted verb (dialogue dash)', () => {
  detects([
    ['— Est-ce que vous allez démissionner ? a demandé le juge.', 'juge', 'person'],
    ['— Jamais ! a répondu la ministre, visiblement agacée.', 'ministre', 'person'],
    ['— Vous êtes sûr ? demande-t-elle.', 'elle', 'person'],
  ]);
  ignores([
    'Pourquoi ? Le débat reste ouvert au sein de la majorité.',
    'Répond-il aux critères ? Rien n\'est moins sûr.',
  ]);
});

// "répond-il sans hésiter": a pronoun written onto the verb opens no clause of its own, so an adjunct
// may follow it.
describe('fr: a pronoun written onto the verb, then an adjunct', () => {
  detects([
    ['« Certain », répond-il sans hésiter.', 'il', 'person'],
    ['« Nous irons jusqu\'au bout », affirme-t-elle avant de quitter la salle.', 'elle', 'person'],
    ['— Certain, dit-il sans hésiter.', 'il', 'person'],
  ]);
});

// "se féliciter de", "s'indigner de": after a quotation, the quotation is what the speaker is pleased
// or indignant about, and the verb's subject follows it.
describe('fr: verbs that take "de", inverted after a quotation', () => {
  detects([
    ['« C\'est une victoire pour la démocratie », s\'est félicité le chef de l\'opposition.', 'chef de l\'opposition', 'anonymous'],
    ['« C\'est inadmissible », s\'est indignée la ministre.', 'ministre', 'person'],
    ['« Il faut agir vite », s\'inquiète le maire de la commune.', 'maire', 'person'],
  ]);
  ignores([
    'Le maire s\'est félicité.',
    'Les habitants, qui s\'inquiètent, se sont réunis devant la mairie.',
  ]);
});

// "a par ailleurs rappelé", "ont tous deux assuré": adverbials of several words (grammar.adverbPhrases)
// stand between the subject, its auxiliary and its verb as one-word adverbs do.
describe('fr: adverbials of several words between the auxiliary and the verb', () => {
  detects([
    ['Le maire a par ailleurs rappelé que la ville avait déjà investi 40 millions d\'euros.', 'maire', 'person'],
    ['La ministre a d\'ailleurs reconnu que des erreurs avaient été commises.', 'ministre', 'person'],
    ['Le procureur a quant à lui précisé que l\'auteur présumé avait reconnu les faits.', 'procureur', 'person'],
    ['Les deux syndicats ont tous deux assuré que la grève continuerait.', 'syndicats', 'anonymous'],
    ['La préfète a de son côté affirmé que la circulation resterait interdite.', 'préfète', 'person'],
  ]);
  ignores([
    'Le maire a par ailleurs inauguré la nouvelle médiathèque.',
    'La ministre a de son côté visité l\'hôpital de la ville.',
  ]);
});

// "annoncer" with a decision for its object ("son intention de", "sa démission", "l'arrivée de") is
// an action, not a statement; a past form between an article and a preposition ("l'arrivée d'un",
// "les députés à l'ordre") is a noun, which opens no clause after the verb.
describe('fr: annoncer a decision; a past form used as a noun after the verb', () => {
  detects([
    ['La présidente de la Commission a annoncé qu\'elle briguerait un second mandat.', 'présidente de la Commission', 'person'],
    ['La police cantonale vaudoise a communiqué que deux personnes avaient été blessées.', 'police cantonale vaudoise', 'organization'],
  ]);
  ignores([
    'La présidente de la Commission a annoncé son intention de briguer un second mandat.',
    'Le ministre a annoncé mardi sa volonté de quitter la vie politique.',
    'Le club annonce l\'arrivée d\'un nouvel entraîneur.',
    'La présidente de l\'Assemblée nationale a rappelé les députés à l\'ordre.',
    'Le communiqué de la préfecture a été publié lundi soir.',
  ]);
});

// Belgian, Swiss and Quebec bodies, offices and outlets.
describe('fr: Belgian, Swiss and Quebec sources', () => {
  detects([
    ['La Sûreté du Québec confirme qu\'un homme a été arrêté mardi à Laval.', 'Sûreté du Québec', 'organization'],
    ['Selon Keystone-ATS, le Conseil fédéral a reçu le rapport en juin.', 'Keystone-ATS', 'outlet'],
    ['Le Tribunal fédéral a estimé que la loi cantonale était contraire au droit fédéral.', 'Tribunal fédéral', 'organization'],
    ['L\'échevine des Travaux a précisé que le chantier durerait six mois.', 'échevine', 'person'],
  ]);
});

// "assure-t-on à Matignon", "confie-t-on dans l'entourage du ministre": an impersonal "on" written onto
// the verb, then where the unnamed speakers sit, which is the source (rule dit-on-a); "l'entourage" is
// a circle of people.
describe('fr: an impersonal "on" after the verb, then where the speakers sit', () => {
  detects([
    ['« Rien n\'est arrêté », assure-t-on à Matignon.', 'Matignon', 'organization'],
    ['« Nous suivons la situation de près », explique-t-on chez Renault.', 'Renault', 'organization'],
    ['« Le président ne changera pas de cap », confie-t-on dans l\'entourage du chef de l\'État.', 'entourage du chef de l\'État', 'anonymous'],
    ['L\'entourage de la Première ministre assure que la décision n\'a pas encore été prise.', 'entourage de la Première ministre', 'anonymous'],
  ]);
  ignores([
    'Comme on dit à Marseille, il faut savoir attendre.',
    'On explique aux enfants qu\'il faut se laver les mains.',
    'Il est arrivé avec tout son entourage.',
  ]);
});

// "C'est ce qu'a affirmé X", "selon ce qu'a appris X": the source after the verb of a relative "ce que"
// that opens the sentence or follows "selon" / "d'après" (rule ce-qu-a-dit).
describe('fr: c\'est ce qu\'a affirmé X, selon ce qu\'a appris X', () => {
  detects([
    ['C\'est ce qu\'a affirmé le porte-parole du gouvernement.', 'porte-parole du gouvernement', 'anonymous'],
    ['C\'est ce qu\'indique une note de la DGSI consultée par Le Monde.', 'note de la DGSI', 'document'],
    ['Selon ce qu\'a appris Le Parisien, le ministre va déposer plainte.', 'Le Parisien', 'outlet'],
    ['D\'après ce qu\'ont révélé nos confrères du Soir, le ministre était informé.', 'confrères', 'anonymous'],
  ]);
  ignores([
    'Il fait ce que dit sa mère.',
    'Nous savons ce qu\'a dit le ministre.',
    'C\'est ce que montre cette affaire.',
  ]);
});

// "l'Agence de sécurité sanitaire": after the common noun of a name's complement, an adjective goes on
// in the phrase, as after any common noun, so the name is read whole after an inverted verb.
describe('fr: a named body with an adjective in its complement, after the verb', () => {
  detects([
    ['« Le risque est réel », avertit l\'Autorité de sûreté nucléaire dans un avis publié jeudi.', 'Autorité de sûreté nucléaire', 'organization'],
    ['« Le risque est réel », avertit l\'Agence de sécurité sanitaire.', 'Agence de sécurité sanitaire', 'organization'],
  ]);
});

// "a indiqué le parquet de Paris à l'AFP": an outlet after "à" is the listener, which ends the source;
// "l'Égalité entre les femmes et les hommes": "entre" joins the parts of one long subject.
describe('fr: the outlet spoken to after an inverted source; long subjects with "entre"', () => {
  it('ends the source before "à" and an outlet', () => {
    const found = one('Une enquête a été ouverte pour homicide involontaire, a indiqué le parquet de Paris à l\'AFP.');
    expect(found.map((a) => a.source)).toEqual(['le parquet de Paris']);
  });
  it('keeps "à" and a place in the source', () => {
    const found = one('« Rien n\'est décidé », a déclaré le correspondant de Radio-Canada à Paris.');
    expect(found.map((a) => a.source)).toEqual(['le correspondant de Radio-Canada à Paris']);
  });
  it('reads a role with "entre" whole', () => {
    const found = one('La ministre déléguée à l\'Égalité entre les femmes et les hommes a rappelé que les plaintes avaient augmenté.');
    expect(found.map((a) => a.source)).toEqual(['La ministre déléguée à l\'Égalité entre les femmes et les hommes']);
  });
  detects([
    ['Entre les deux tours, le candidat a affirmé qu\'il ne ferait pas d\'alliance.', 'candidat', 'anonymous'],
  ]);
});

// "Mme Martin, elle, assure": a pronoun set off by commas repeats the subject; analyser, nuancer,
// relativiser after a quotation, convenir que (not "il convient de"), stipuler que, fustiger.
describe('fr: a repeated pronoun between commas; analyser, nuancer, convenir, stipuler, fustiger', () => {
  detects([
    ['Mme Martin, elle, assure n\'avoir « jamais été informée ».', 'Martin', 'person'],
    ['Les syndicats, eux, affirment que la grève continuera.', 'syndicats', 'organization'],
    ['« C\'est un tournant », analyse Pascal Perrineau, politologue.', 'Pascal Perrineau', 'person'],
    ['« Il faut se méfier des sondages », nuance le politologue.', 'politologue', 'anonymous'],
    ['« Ce n\'est qu\'un sondage », relativise la porte-parole du parti.', 'porte-parole du parti', 'anonymous'],
    ['Le premier ministre François Legault a convenu que la situation était « inacceptable ».', 'François Legault', 'person'],
    ['Le décret stipule que les commerces devront fermer à 22 heures.', 'décret', 'document'],
    ['Le maire fustige la décision du préfet.', 'maire', 'person'],
  ]);
  ignores([
    'Il convient de rappeler que la loi est claire.',
    'Cette solution convient à tout le monde.',
    'L\'analyse des experts a été publiée lundi.',
  ]);
});

// A known name whose later words are lowercase, as French writes the names of titles and bodies:
// "Le Canard enchaîné", "Santé publique France", "Courrier international", "la Banque mondiale".
describe('fr: known names with lowercase words', () => {
  detects([
    ['Le Canard enchaîné affirme que le ministre a dîné avec l\'homme d\'affaires.', 'Canard enchaîné', 'outlet'],
    ['Selon le Canard enchaîné, le ministre a dîné avec l\'homme d\'affaires.', 'Canard enchaîné', 'outlet'],
    ['Le Journal du dimanche affirme que le ministre va démissionner.', 'Journal du dimanche', 'outlet'],
    ['Courrier international écrit que la presse allemande est inquiète.', 'Courrier international', 'outlet'],
    ['Selon Santé publique France, l\'épidémie a atteint son pic.', 'Santé publique France', 'organization'],
    ['Le Monde diplomatique souligne que la guerre a changé de nature.', 'Monde diplomatique', 'outlet'],
  ]);
  ignores([
    'Le canard de la ferme est enchaîné à son piquet.',
    'La santé publique est une priorité en France.',
  ]);
});

// "Moscou", "Pékin", "Alger": a capital speaks for its government, in French spelling too; a club,
// a public utility; "le bourgmestre", "le syndic", "l'échevin": a definite office holder is a person.
describe('fr: capitals for their governments, clubs, offices of Belgium and Switzerland', () => {
  detects([
    ['Moscou a démenti toute implication dans l\'attaque.', 'Moscou', 'organization'],
    ['Selon Pékin, la visite est une « provocation ».', 'Pékin', 'organization'],
    ['Alger a affirmé que la frontière resterait fermée.', 'Alger', 'organization'],
    ['Le FC Sion a annoncé que son gardien serait indisponible.', 'FC Sion', 'organization'],
    ['Hydro-Québec a confirmé que des milliers de clients étaient privés d\'électricité.', 'Hydro-Québec', 'organization'],
    ['Le bourgmestre de Namur a précisé que le marché était maintenu.', 'bourgmestre de Namur', 'person'],
    ['Le syndic de Lausanne a fait savoir que la Ville ne reviendrait pas sur sa décision.', 'syndic de Lausanne', 'person'],
    ['Un échevin de la majorité affirme que le budget est bouclé.', 'échevin', 'anonymous'],
  ]);
});

// maintenir que, pronostiquer; "observe" and "observent" (mostly "watches") only with a quotation;
// "à entendre X" like "à en croire X"; "pour sa part", "de son côté" between the verb and "que";
// "l'accusé" is a person noun.
describe('fr: maintenir, pronostiquer, observer with a quotation, à entendre, pour sa part', () => {
  detects([
    ['L\'accusé a maintenu tout au long du procès qu\'il était innocent.', 'accusé', 'anonymous'],
    ['« La récession est inévitable », pronostique l\'économiste Marc Touati.', 'Marc Touati', 'person'],
    ['« Le marché reste très volatil », observe Alexandre Baradez, analyste.', 'Alexandre Baradez', 'person'],
    ['L\'analyste observe : « Le marché reste très volatil. »', 'analyste', 'anonymous'],
    ['À entendre certains responsables de la majorité, la dissolution est proche.', 'responsables', 'anonymous'],
    ['Le ministre de l\'Environnement soutient pour sa part que le projet respecte les normes.', 'ministre de l\'Environnement', 'person'],
    ['La mairie a affirmé de son côté que la piscine rouvrira en juin.', 'mairie', 'organization'],
  ]);
  ignores([
    'Philippe observe tout au long de l\'année ses élèves.',
    'Les supporters observent une minute de silence.',
    'Le club a maintenu son entraîneur.',
    'La banque centrale a maintenu son taux directeur à 1,5 %.',
    'À entendre le vacarme, on aurait cru à une explosion.',
    'Il est maintenant clair que le projet est abandonné.',
  ]);
});

// "On indique au ministère que": an impersonal speaker and the body where it sits, "que" opening the
// content; "estime à 2,3 millions le nombre de": an estimate is a statement; "le président et son
// Premier ministre": two office holders, two sources.
describe('fr: on indique au ministère, estimer à, two office holders joined by et', () => {
  detects([
    ['On indique au ministère que les négociations reprendront la semaine prochaine.', 'ministère', 'organization'],
    ['On assure à la préfecture que la situation est sous contrôle.', 'préfecture', 'organization'],
    ['L\'Organisation des Nations unies estime à 2,3 millions le nombre de déplacés.', 'Organisation des Nations unies', 'organization'],
    ['La police estime à 3 000 le nombre de manifestants.', 'police', 'organization'],
  ]);
  ignores([
    'On explique aux enfants que le bus partira à huit heures.',
    'Le coût des travaux est estimé à 3 millions d\'euros.',
  ]);
  it('keeps "que" out of the body\'s words', () => {
    const found = one('On indique au ministère que les négociations reprendront la semaine prochaine.');
    expect(found.map((a) => a.sourceMention ?? a.source)).toEqual(['ministère']);
  });
  it('gives each office holder a record', () => {
    const found = one('Le président et son Premier ministre ont tous deux assuré que la dissolution n\'était pas à l\'ordre du jour.');
    expect(found.map((a) => a.source).sort()).toEqual(['Le président', 'son Premier ministre']);
    const two = one('Le maire et le préfet ont affirmé que la route resterait fermée.');
    expect(two.map((a) => a.source).sort()).toEqual(['Le maire', 'le préfet']);
  });
  it('keeps one body\'s name with "et" whole', () => {
    const found = one('Le ministère de la Santé et des Solidarités a affirmé que le virus circulait.');
    expect(found.map((a) => a.source)).toEqual(['Le ministère de la Santé et des Solidarités']);
  });
});

// A document's statement verb with a noun object: what the report, study or barometer states
// ("Le baromètre souligne une forte hausse"); a person's "note une baisse" needs "que" or a quotation.
describe('fr: a document states what its verb\'s object says', () => {
  detects([
    ['Le dernier baromètre de la fondation souligne une forte hausse du nombre de sans-abri.', 'baromètre', 'document'],
    ['Le rapport note une baisse des accidents sur les routes.', 'rapport', 'document'],
    ['L\'étude relève une augmentation des cas chez les adolescents.', 'étude', 'document'],
  ]);
  ignores([
    'Le professeur note une baisse des résultats de ses élèves.',
    'La loi prévoit une amende de 135 euros.',
  ]);
});

// "La mesure a été dénoncée par les syndicats": criticizing and denouncing are statements without a
// quoted label; "salué par la foule" (greeted) and "jugé par le tribunal" (tried) are not.
describe('fr: dénoncé par, critiqué par without a quotation', () => {
  detects([
    ['La mesure a été dénoncée par les syndicats.', 'syndicats', 'organization'],
    ['La réforme a été vivement critiquée par l\'opposition.', 'opposition', 'organization'],
    ['Le projet est dénoncé par les associations de riverains.', 'associations de riverains', 'organization'],
  ]);
  ignores([
    'Le président a été salué par la foule à son arrivée.',
    'L\'accusé a été jugé par le tribunal correctionnel.',
  ]);
});

// "citant X", "qui cite X": the source an outlet or a speaker relied on, a source of its own.
describe('fr: citant X, qui cite X', () => {
  detects([
    ['Selon Bloomberg, qui cite des sources proches du dossier, la banque envisage de supprimer des postes.', 'sources proches du dossier', 'anonymous'],
    ['L\'agence Reuters, citant le ministère de la Défense, rapporte que trois soldats ont été tués.', 'ministère de la Défense', 'organization'],
  ]);
  ignores([
    'Le ministre a conclu son discours en citant l\'exemple de la Suède.',
  ]);
});
