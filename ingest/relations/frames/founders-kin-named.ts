import type { RuleSpec } from '../rule';
import { TIE_STOP } from '../people-words';

/**
 * The founder named right after a family tie, as the French regional press tells family firms: "Le dirigeant,
 * petit-fils du fondateur Lucien X, conserve 20 %", "P, petite-fille du fondateur Émile X". The founder owns no
 * company in the phrase: the firm the article is about (the headline's) is the one the family still runs. Only a
 * single founder noun with the name right after it ("fils du fondateur de Y, Q" names Y's founder, which
 * any.founded.founder-title reads; "fils du fondateur, Q" may be the son himself); a tie to a president founds
 * nothing. French only: the English "a grandson of co-founder P" in wire copy comes after the grandson's own
 * company, which the article's topic (a deal's other party) often is not. Pattern specs spread into FOUNDED_RULES
 * (../founded.ts).
 */

/** A French founder noun of one person (a list of founders after a tie is another sentence's). */
const ONE_FOUNDER = '(fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|co-fondatrice)';
/** The tie's preposition, alone or as the fused article ("du fondateur", "de la fondatrice"). */
const TIE_OF = '(du|de)';

export const KIN_NAMED_FOUNDER_SPECS: RuleSpec[] = [
  {
    id: 'fr.founded.kin-of-named-founder',
    type: 'FOUNDED',
    pattern: `${TIE_STOP} ${TIE_OF} ?(la) ${ONE_FOUNDER} %q`,
    source: 'q',
    target: 'org',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
];
