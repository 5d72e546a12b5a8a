import { rules } from './rule';
import { AFTER_DEAL_VERB_EN } from './en/deals';

/**
 * A wire story places the company it names: "acquire Englewood, Colo., homebuilder Y", "bought Dallas, Texas-based
 * Y", "to buy Toronto, Ont., mining firm Y". The commas of the place stop the plain buying rules' strict gap, so
 * the place is read here as a city then a US state or Canadian province; a list of plain nouns
 * ("bought stores, warehouses and Y") is not a place.
 */
const REGION =
  '(ala|alaska|ariz|ark|calif|colo|conn|del|fla|ga|hawaii|idaho|ill|ind|iowa|kan|ky|la|maine|md|mass|mich|minn|mo|mont|neb|nev|n\\.h\\.|n\\.j\\.|n\\.m\\.|n\\.y\\.|n\\.c\\.|n\\.d\\.|ohio|okla|ore|pa|r\\.i\\.|s\\.c\\.|s\\.d\\.|tenn|texas|utah|vt|va|wash|w\\.va\\.|wis|wyo|ont|que|alta|b\\.c\\.|sask|n\\.s\\.) ?\\.';

/** The same place before a region-based adjective: "Dallas, Texas-based Y". */
const REGION_BASED = '[a-z]+-based';

const BUY_VERB = '(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchased|purchasing)';

export const DEAL_PLACED_OBJECT_RULES = rules([
  {
    id: 'en.acquired.placed-object',
    notAfter: AFTER_DEAL_VERB_EN,
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~10 ${BUY_VERB} ~2! , ${REGION} , ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.placed-object-based',
    notAfter: AFTER_DEAL_VERB_EN,
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~10 ${BUY_VERB} ~2! , ${REGION_BASED} ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.placed-object-noun',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "completed its purchase of Toronto, Ont., mining firm Y", read as far back as en.acquired.completes-acquisition
    pattern: `@src ~14 (acquisition|purchase|takeover|buyout) of ~2! , ${REGION} , ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
]);
