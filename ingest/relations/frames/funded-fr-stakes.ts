import { NOT_QUALIFYING, rules } from '../rule';
import { AFTER_DEAL_VERB_FR } from '../fr/deals';

/**
 * A stake told with its year and its size before the company, and the company given its trade first: "A avait pris
 * en 2023 une participation de 15 % dans le fabricant de capteurs Y" (`fr.funded.minority-stake` wants the company
 * right after "dans"). A verb after "puis" or "et" has the clause's subject, not the object before it.
 */

/** Verbs of taking a stake. */
const TAKES = '(pris|prend|prennent|prendra|prendront|acquis|acquiert)';

export const FR_DATED_STAKE_RULES = rules([
  {
    id: 'fr.funded.stake-dated-descriptor',
    notAfter: AFTER_DEAL_VERB_FR,
    type: 'FUNDED',
    pattern: `@@src ~6^(et|puis) ${TAKES} ?(en|fin|début|mi) ?(\\d{4}) (une|des) ?(petite|nouvelle) (participation|participations) ~5! (dans|chez) ~5 @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
  },
]);
