import { rules } from '../rule';

/**
 * A round told from the investor's side with an active French backing verb: "A a soutenu B dès 2019", "A, qui a
 * financé B et C, …". The frame-backer reads a bare "A backed B"; the French "soutenu/financé" object is read here
 * (an English "A, which has backed B, C" was tried: its list ran across a bare comma into the next clause). Only a named investor is
 * read (a pointer may land on the company the article is about), and never a deal, a plan or a bid backed ("backed
 * the merger", "a soutenu l'offre de B") nor a passive ("soutenu par").
 */

/** Nouns of a deal or a plan, whose backing is a vote or a stance, not money. */
const NOT_MONEY_FR =
  '(projet|projets|offre|offres|plan|plans|rachat|acquisition|fusion|candidature|candidat|initiative|démarche|proposition|opération|loi|réforme|grève|motion|décision|position|demande|recours)';
/** Most words of the company's description before its name ("digital pharmacy", "la medtech nantaise"). */
const OBJECT_DESCRIPTION_WORDS = 4;

export const FR_ACTIVE_BACKING_RULES = rules([
  {
    id: 'fr.funded.has-backed',
    type: 'FUNDED',
    pattern: `@src ?(,) ?(qui) (a|avait|ont|avaient|aura) ?(déjà|aussi|également|notamment|précédemment|d'abord) (soutenu|financé|cofinancé) !>par !>{3}${NOT_MONEY_FR} ~${OBJECT_DESCRIPTION_WORDS}! @@tgt !>('s|’s)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    namedSource: true,
    stake: 'minority',
  },
]);
