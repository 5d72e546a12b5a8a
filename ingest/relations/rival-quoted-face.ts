import { rules } from './rule';
import type { Rule } from './rule';

/**
 * Rivals a company's head names in a quote, the company given after it in the speaker's title (« Face à A et B,
 * nous devons grandir », estime P, directrice générale de X; "Against A and B we need scale," said P, chief
 * executive of X): the head speaks for X, so A and B are X's rivals. The quote alone names no company of X's.
 */

/** A verb of saying after a quote. */
const SAYING =
  '(estime|explique|affirme|souligne|déclare|déclaré|indique|ajoute|conclut|assure|résume|précise|observe|note|juge|confie|said|says|added|explained|noted|told|concluded)';
/** A head's title ("directrice générale", "président-directeur général", "chief executive", "founder"). */
const HEAD_TITLE =
  '(directeur|directrice|président|présidente|président-directeur|présidente-directrice|pdg|p-dg|fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|co-fondatrice|dirigeant|dirigeante|patron|patronne|chief|ceo|founder|co-founder|cofounder|president|chairman|chairwoman|boss)';

export const QUOTED_FACE_RULES: Rule[] = rules([
  {
    id: 'any.competes.quoted-face-speaker',
    type: 'COMPETES_WITH',
    pattern: `(«|") ?@w ~20 (face|against|contre) ?(à|au|aux) ~2! @@b ~25 (»|") ?(,) ~2 ${SAYING} %p ?(,) ${HEAD_TITLE} ~3! (de|d'|du|of|at|chez) ?(la|le|l'|the) @s`,
    source: 's',
    target: 'b',
    confidence: 0.55,
  },
]);
