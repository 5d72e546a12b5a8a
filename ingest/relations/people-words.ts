import { STRICT_GAP_STOPS } from './syntax';

/** Word classes of the FOUNDED and LEADS rules (regular expressions over one lower-case word). */

export const FOUND_VERB =
  '(fondé|fondée|fondés|fondées|créé|créée|créés|cofondé|cofondée|co-fondé|co-fondée|founded|co-founded|cofounded|established|started|launched|lancé|lancée|fonde|crée|founds)';
export const FOUNDER =
  '(fondateur|fondatrice|fondateurs|cofondateurs|cofondatrices|cofondateur|cofondatrice|co-fondateur|co-fondatrice|founder|co-founder|cofounder|founders|co-founders)';
export const OF = "(de|du|d'|des|of|at|chez)";
/**
 * "directeur général de la Houblonnière": the French article is not the name. English "the" is left out:
 * "head of the X outcomes team" names a team, not X.
 */
export const ART = "?(la|le|l')";
/** "directeur général du lyonnais Telvio": a French adjective of origin may stand before the name. */
export const ADJ = '(\\p{Ll}+(ais|aise|ois|oise|ien|ienne|ain|aine|and|ande))';
/**
 * What may not follow the name a leader's title is of: a possessive ("president of X's central bank" heads the
 * possessed body) or a French adjective of nationality, which makes the name a state or territory ("président de
 * la République française", "de la Polynésie française"). A look-ahead body for the LEADS rules.
 */
export const NOT_AFTER_HEADED = `(?:'s|${ADJ})`;
/**
 * The last word of a leader's title, when a rule names it itself; roleOk still rules out "vice" and the like. The
 * French compound "président-directeur général" is one word before its "général", like "directeur".
 */
export const TITLE_WORD =
  '(chief|ceo|chairman|chairwoman|president|head|boss|managing|pdg|p-dg|président|présidente|directeur|directrice|président-directeur|présidente-directrice|patron|patronne|dg|gérant|gérante)';
export const LEAD_VERB =
  '(dirige|dirigé|dirigée|préside|présidé|présidée|codirige|codirigé|codirigée|leads|led|co-led|runs|ran|heads|headed|chairs|chaired|pilote|piloté)';
/**
 * The present forms only: "P, who led X for nine years" and "P, qui a dirigé X" tell a post held before, and the gold
 * sets record current heads.
 */
export const PRESENT_LEAD_VERB = '(dirige|préside|codirige|leads|runs|heads|chairs|pilote|co-leads|co-runs)';

/** Plain words (no punctuation) a strict gap may not cross; see STRICT_GAP_STOPS. */
const STRICT_STOP_WORDS = [...STRICT_GAP_STOPS].filter((w) => /^[\p{L}']+$/u.test(w)).join('|');
/** One word a strict gap may cross that is no "et"/"and" either (which would bring in a second participle). */
const AGENT_GAP_WORD = `?(?!(?:${STRICT_STOP_WORDS}|et|and)$)[^\\s,;:()«»".?!]+`;
/** Up to four words between a participle of founding and its "par"/"by" ("fondée en 2010 à Lyon par"). */
export const UP_TO_FOUR_AGENT_GAP_WORDS = [1, 2, 3, 4].map(() => AGENT_GAP_WORD).join(' ');
/**
 * Nouns of a thing headed other than a company: "closed a round led by partner P" makes P no leader of it. A team
 * or a board is left out: "X's management team, led by chief executive P" and "a board chaired by P" are told of
 * the company's own leaders (the team's leader needs a leader's title: any.leads.run-by-team).
 */
const HEADED_NOT_COMPANY =
  'round|rounds|tour|opération|levée|deal|bid|offer|offre|transaction|transactions|buyout|takeover|acquisition|purchase|merger|sale|offering|fund|fonds|consortium|investment|investissement|syndicate|campaign|campagne|project|projet|delegation|délégation|study|étude|coalition|programme|program|mission|talks|negotiations|négociations|research|effort|session|panel|committee|comité|lab|laboratoire|division|unit|department|département|service|team|teams|équipe|équipes|' +
  // public and creative bodies that a "led by" also heads: a government, a majority, a film or a game
  'gouvernement|government|majorité|majority|ministère|ministry|armée|army|régime|regime|administration|police|enquête|investigation|film|movie|album|jeu|game|orchestre|orchestra|expédition|expedition';
/**
 * Auxiliaries of the future ("sera dirigé par", "will be led by", "va être piloté par"): a head still to come, who
 * counts only for a company the sentence names (a merger's "nouvel ensemble" does not exist yet).
 */
export const FUTURE_AUX = '(sera|seront|serait|seraient|will|shall|would|va|vont|devrait|devraient)';
/**
 * One word that is none of those nouns, no comma and no future auxiliary ("X sera dirigé par P" is read by
 * any.leads.will-be-run-by): the word right before the participle of "run by".
 */
export const NOT_HEADED_NOR_FUTURE = `(?!(?:${HEADED_NOT_COMPANY}|,|${FUTURE_AUX.slice(1, -1)})$).+`;
/** Subject pronouns: in the gap between a company and a participle of heading they open another clause. */
export const SUBJECT_PRONOUN = '(il|elle|ils|elles|it|he|she|they)';
/** A company's management told as a team, read with a leader's title only (any.leads.run-by-team). */
export const TEAM_NOUN = '(team|teams|équipe|équipes|management|direction)';
/** Participles of heading read with their "par"/"by" (any.leads.run-by). */
export const RUN_BY_PARTICIPLE =
  '(dirigé|dirigée|présidé|présidée|codirigé|codirigée|co-dirigé|co-dirigée|led|co-led|run|headed|chaired|piloté|pilotée)';

/**
 * Nouns of a person's tie to someone else (kin, heir, successor, close friend): "A, fils du fondateur de X" and
 * "A, the nephew of X's chief executive" tell whose relative A is, so a title after them is not A's. A stop of the
 * gap between a person and a founder's or leader's title. "Père"/"father" are left out ("père fondateur" is the
 * founder), and so is "femme" ("femme d'affaires").
 */
/** Nouns of a tie to another person (kin, heir, successor, friend), both languages, as a regex alternation. */
export const TIE_NOUNS =
  'fils|fille|filles|petit-fils|petite-fille|arrière-petit-fils|arrière-petite-fille|épouse|époux|mari|veuve|veuf|frère|frères|sœur|soeur|sœurs|neveu|nièce|cousin|cousine|oncle|tante|gendre|belle-fille|héritier|héritière|héritiers|descendant|descendante|successeur|successeure|proche|proches|ami|amie|biographe|daughter|grandson|granddaughter|grandchild|wife|husband|widow|widower|brother|sister|nephew|niece|uncle|aunt|son-in-law|daughter-in-law|heir|heiress|descendant|successor|friend|biographer';
/** Gap stop for a leader's title: the tie nouns above. */
export const TIE_STOP = `(${TIE_NOUNS})`;
/** Verbs of taking over from someone: the person after them is the predecessor, not the one the title names. */
const SUCCESSION_VERBS =
  'succède|succédé|succédant|remplace|remplacé|remplaçant|succeeds|succeeded|succeeding|replaces|replaced|replacing';
/** Gap stop between a company and a person named after it: a tie noun or a verb of taking over. */
export const KIN_OR_PREDECESSOR_STOP = `(${TIE_NOUNS}|${SUCCESSION_VERBS})`;
/** Gap stop for a founder's title: also English "son", which before a leader's title may be the French possessive. */
export const FOUNDER_TIE_STOP = `(${TIE_NOUNS}|son|sons)`;
/** A four-digit year after a verb of founding ("a fondé en 2010"). */
export const FOUNDING_YEAR = '(1[89]\\d\\d|20\\d\\d)';
/** A noun of a company that may stand between a verb of founding and the company's name ("a créé la société Y"). */
export const COMPANY_NOUN =
  '(société|start-up|startup|entreprise|cabinet|agence|marque|plateforme|groupe|firme|company|firm|agency|platform)';
/**
 * A kind of company named between a founder's title and the company ("fondatrice de la plateforme de recrutement
 * X"): business nouns only, so that "fondateur du mouvement X" or "founder of the festival X" is not read.
 */
export const FOUNDED_KIND_FR =
  '(société|start-up|startup|entreprise|cabinet|agence|marque|plateforme|groupe|firme|éditeur|application|appli|enseigne|réseau|fintech|biotech|medtech|legaltech|insurtech|proptech|studio|chaîne|maison|pme|eti|scale-up|fabricant|spécialiste|assureur|néobanque|banque|courtier|fonds|distributeur|laboratoire|label|site)';
