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
