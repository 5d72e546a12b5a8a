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
/** The last word of a leader's title, when a rule names it itself; roleOk still rules out "vice" and the like. */
export const TITLE_WORD =
  '(chief|ceo|chairman|chairwoman|president|head|boss|managing|pdg|p-dg|président|présidente|directeur|directrice|patron|patronne|dg|gérant|gérante)';
export const LEAD_VERB =
  '(dirige|dirigé|dirigée|préside|présidé|présidée|codirige|codirigé|codirigée|leads|led|co-led|runs|ran|heads|headed|chairs|chaired|pilote|piloté)';

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
  'round|rounds|tour|opération|levée|deal|bid|offer|offre|transaction|transactions|buyout|takeover|acquisition|purchase|merger|sale|offering|fund|fonds|consortium|investment|investissement|syndicate|campaign|campagne|project|projet|delegation|délégation|study|étude|coalition|programme|program|mission|talks|negotiations|négociations|research|effort|session|panel|committee|comité|lab|laboratoire|division|unit|department|département|service|team|teams|équipe|équipes';
/** One word that is none of those nouns nor a comma: the word right before the participle of "run by". */
export const NOT_HEADED_NOUN = `(?!(?:${HEADED_NOT_COMPANY}|,)$).+`;
/** A company's management told as a team, read with a leader's title only (any.leads.run-by-team). */
export const TEAM_NOUN = '(team|teams|équipe|équipes|management|direction)';
/** Participles of heading read with their "par"/"by" (any.leads.run-by). */
export const RUN_BY_PARTICIPLE =
  '(dirigé|dirigée|présidé|présidée|codirigé|codirigée|co-dirigé|co-dirigée|led|co-led|run|headed|chaired|piloté|pilotée)';
