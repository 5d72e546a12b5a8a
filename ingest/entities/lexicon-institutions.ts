import { wordSet as set } from './lexicon-common';

/**
 * General-knowledge words that make a capitalised name an institution, a party, a league or a club
 * ("Ligue nationale de hockey", "Parti socialiste", "FC Nantes"). Lower case; no particular name is listed.
 */

/** Head nouns of institutions; written capitalised they open a name that takes lower-case adjectives. */
export const INSTITUTION_NOUNS = set(`
ligue | parti | université | académie | comité | parlement | assemblée | armée | armées | forces | église
ministère | école | orchestre | syndicat | tribunal | cour | fédération | confédération | association | institut
conseil | commission | union | agence | office | banque | compagnie | société | fondation | organisation
mouvement | front | rassemblement | alliance | congrès | sénat | collège | conservatoire | chambre | gendarmerie
police | marine | garde | régiment | corps | bureau | conférence | communauté | cercle | club | mutuelle | caisse
clinique | polyclinique | hôpital | chu | chru | fonds | coopérative
haute-autorité | autorité | direction | inspection | observatoire | laboratoire | centre | institution | ordre
university | league | party | council | committee | institute | federation | academy | school | army | church
college | society | association | union | commission | agency | board | corporation | navy
`);

/** Words that alone never open such a name even if they look like heads ("Centre" is also a region). */
export const INSTITUTION_NOUNS_NEEDING_TAIL = set(`
centre | ordre | corps | garde | direction | marine | police | front | union | office | bureau | cercle
`);

/**
 * Lower-case adjectives that institution names commonly take but whose ending says nothing, trades' and regions'
 * included ("Union des industries textiles", "Association bretonne des entreprises agroalimentaires").
 */
export const INSTITUTION_ADJECTIVES = set(`
armée | armées | uni | unie | unis | unies | réformé | réformée | réformées | supérieur | supérieure | majeur
majeure | mineur | mineure | intérieur | intérieure | extérieur | extérieure | junior | senior | central | centrale
nord | sud | est | ouest | libre | libres | démocrate | démocrates | républicain | socialiste | vert | verts
autonome | autonomes | indépendant | indépendante | indépendants | indépendantes | pure | pures | unifié | unifiée | associé | associés | catholique
agricole | agricoles | viticole | viticoles | maritime | maritimes
girondin | girondine | girondins | girondines | angevin | angevine | poitevin | poitevine | limousin | limousine
horticole | horticoles | vinicole | vinicoles | oléicole | oléicoles | ostréicole | ostréicoles | avicole | avicoles
apicole | apicoles | piscicole | piscicoles | arboricole | arboricoles | maraîchère | maraîchères
textile | textiles | automobile | automobiles
breton | bretonne | bretons | bretonnes | normand | normande | normands | normandes | basque | basques | corse
corses | savoyard | savoyarde | picard | picarde | auvergnat | auvergnate | occitan | occitane | catalan | catalane
bourguignon | bourguignonne | wallon | wallonne
`);

/** Adjective endings (French): "nationale", "européenne", "olympique", "québécois", "exécutif". */
export const ADJECTIVE_ENDING_RE =
  /(al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ais|aise|aises|ain|aine|ains|aines|ique|iques|if|ive|ifs|ives|aire|aires|ois|oise|oises|iste|istes|ier|ière|iers|ières|ène|ènes|able|ables|ible|ibles)$/u;

/** Shortest word whose ending alone makes it an adjective ("mal", "main" are not). */
export const MIN_ADJECTIVE_LETTERS = 5;

/** All-caps or title prefixes of sports clubs ("FC Nantes", "Real Madrid", "Olympique de Marseille"). */
export const CLUB_PREFIXES = set(`
fc | ac | as | rc | us | sc | cf | cd | sk | fk | bk | if | sv | vfb | vfl | tsv | kv | krc | afc | ssc | ud | ca
real | sporting | racing | athletic | atlético | atletico | olympique | dynamo | dinamo | spartak | lokomotiv
inter
`);

/** Plural nouns of places and events that head "X de Paris" without being a team ("Jeux de Barcelone"). */
export const NOT_TEAM_PLURALS = set(`
jeux | championnats | états | etats | chutes | îles | iles | monts | pays | champs | bouches | hauts | côtes
frères | sœurs | amis | noces | heures | nuits | mystères | misérables | fleurs | contes | chroniques | rues
portes | environs | bords | marches | plaines | salons | halles | thermes | arènes | catacombes | musées | jardins
comtes | ducs | rois | reines | princes | seigneurs | évêques | archevêques | barons | marquis | vicomtes | papes
saints | martyrs | alpes | andes | vosges | pyrénées | rocheuses | basses-terres | hautes-terres | collines
gorges | lacs | landes | ardennes | cévennes | highlands | montagnes | terres | bourgeois | habitants | gens | filles | fils | enfants | dames | demoiselles | sires
`);

/** Words with an adjective ending that are prepositions or verbs ("derrière", "indique"). */
export const NOT_ADJECTIVES = set(`
derrière | arrière | première | dernière | indique | explique | applique | communique | revendique | fabrique
implique | critique | réplique | complique | dédique | abdique | pratique | musique
annonçait | affaire | affaires | salaire | anniversaire | adversaire | itinéraire | commentaire | partenaire
`);

/** Geographic and building nouns that make "X <city>" a place ("Lac Michigan", "Palais Bourbon"). */
export const PLACE_NOUNS = set(`
lac | océan | mer | mont | monts | golfe | baie | cap | île | îles | rivière | fleuve | vallée | canal | détroit
palais | hôtel | gare | aéroport | stade | parc | pont | tour | château | église | cathédrale | basilique | musée
rue | place | avenue | boulevard | quartier | port | plage | forêt | col | pic | massif | plaine | désert | lake
river | mount | bay | beach | park | church | hotel | airport | station | street | square | bridge | tower
`);

/** Pieces of multi-word place names that are no city on their own ("Carson City", "Océan Atlantique"). */
export const PLACE_PIECES = set(`
city | valley | street | wall | grand | new | san | los | las | north | south | east | west | central | pacific
atlantic | western | eastern | northern | southern | united | states | kingdom | pays | hong | kong | tel | aviv
abu | dhabi | buenos | aires | rio | kuala | lumpur | sao | paulo | santiago | silicon | bay | golden
`);
