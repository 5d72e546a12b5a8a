import type { Token } from '../tokens';
import { wordSet } from './lexicon-common';
import { isKnownCountry } from './world-lexicon';

/**
 * "un fabricant installé à Évreux", "emploie 85 salariés à Mérignac", "a production line in Ohio", "its first factory in Saxony", "trois sites en Auvergne-Rhône-Alpes": after a
 * settling participle or a site noun, a locative preposition introduces where a company sits, not who it is.
 * Unknown towns and regions are otherwise typed from the business words around them.
 */
export const SITE_WORDS = wordSet(`
installé | installée | installés | installées | basé | basée | basés | basées | implanté | implantée |
implantés | implantées | situé | située | situés | situées | domicilié | domiciliée | sis | sise |
localisé | localisée | headquartered | based | located | situated | usine | usines | site | sites |
entrepôt | entrepôts | factory | factories | plant | plants | warehouse | warehouses | office | offices |
headquarters | team | teams | campus | hub | siège | bureaux | magasins | boutiques | agences | stores
| salariés | employés | personnes | collaborateurs | emplois | production | employees | staff | workers | jobs | people
`);
const LOCATIVES = new Set(['à', 'en', 'au', 'aux', 'in']);
/**
 * Buildings and grounds ("a second creamery at Penrith", "a pilot plant at Invergordon", "une usine près de Cholet",
 * "a recording studio in Salford"): after these, "at" and "near" name a place too. The people nouns of
 * `SITE_WORDS` are left out of this slot: "staff at X", "jobs at X" name an employer.
 */
export const FACILITY_WORDS = wordSet(`
usine | usines | site | sites | entrepôt | entrepôts | atelier | ateliers | moulin | plateforme | laboratoire |
ferme | chantier | factory | factories | plant | plants | warehouse | warehouses | creamery | dairy | brewery |
distillery | mill | studio | studios | garage | depot | facility | facilities | refinery | mine | farm | shipyard |
yard | laboratory | lab | chalet | hotel | campus | hub | headquarters | office | offices
`);
/** Prepositions that, after a building noun, introduce its place ("plant at X", "plant near X", "usine près de X"). */
const FACILITY_LOCATIVES = new Set(['à', 'au', 'in', 'at', 'near']);
/** "près de X": the French preposition in two words. */
const NEAR_FR = 'près';
/** Longest place name read in that slot, in tokens ("Saint-Pierre-des-Corps" is one token). */
const MAX_PLACE_TOKENS = 3;

/**
 * Verbs that add people to a site ("would hire 300 workers at Halden", "employs 900 people at Ogden", "plans to
 * create 120 jobs at Harwell"): the subject is the employer, so "at" after the people noun names where they will
 * work. Present, infinitive and gerund only: a past "hired 40 staff at X, its largest customer" tells where the
 * people came from. "cut 300 jobs at X" and a bare "staff at X" may name the unit or the employer and keep it.
 */
const HIRING_STEM_RE = /^(hir(e|es|ing)|recruit(s|ing)?|employ(s|ing)?|creat(e|es|ing))$/u;
/** The people nouns of `SITE_WORDS` a hiring verb counts ("300 workers", "120 new jobs"). */
const HIRED_WORDS = wordSet(`workers | employees | staff | jobs | people | engineers | technicians`);
/** Words allowed between the hiring verb and the people noun ("hire 300 more workers", "create 120 new jobs"). */
const HEADCOUNT_WORDS = wordSet(`more | new | additional | extra | about | around | some | up | to`);
/** Most tokens read back from the people noun to its hiring verb ("hire up to 300 more workers" is four). */
const MAX_HEADCOUNT_TOKENS = 4;

/** Whether "<hiring verb> [N] <people noun> at" ends at `from` ("hire 300 workers at"). */
function hiringAtBefore(tokens: Token[], from: number): boolean {
  if (tokens[from - 1]?.lower !== 'at' || !HIRED_WORDS.has(tokens[from - 2]?.lower ?? '')) return false;
  for (let k = from - 3, n = 0; k >= 0 && n <= MAX_HEADCOUNT_TOKENS; k--, n++) {
    const t = tokens[k];
    if (HIRING_STEM_RE.test(t.lower)) return true;
    if (t.kind !== 'number' && !HEADCOUNT_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** Whether a building noun stands right before the locative that ends at `from` ("plant at", "usine près de"). */
function facilityBefore(tokens: Token[], from: number): boolean {
  const prep = tokens[from - 1]?.lower ?? '';
  if (prep === 'de' || prep === "d'")
    return tokens[from - 2]?.lower === NEAR_FR && FACILITY_WORDS.has(tokens[from - 3]?.lower ?? '');
  return FACILITY_LOCATIVES.has(prep) && FACILITY_WORDS.has(tokens[from - 2]?.lower ?? '');
}

/** Words before "près de" that make it a comparison or a closeness to someone ("plus près de X", "au plus près"). */
const NEAR_FR_NOT_PLACE = new Set(['plus', 'très', 'si', 'aussi']);
/** Participles that settle a company somewhere: after them "at" names the place ("based at Harwell"). */
const SETTLED_AT_WORDS = new Set(['based', 'located', 'situated', 'headquartered', 'sited', 'housed']);

/**
 * "une ferme près de Cholet", "a farm near Brattleboro", "installé près de Lannion": "near" and "près de" name a
 * place after any noun, which a cue noun further back does not name ("un fabricant … installé près de X").
 */
function nearBefore(tokens: Token[], from: number): boolean {
  const prep = tokens[from - 1]?.lower ?? '';
  if (prep === 'near') return true;
  if (prep !== 'de' && prep !== "d'") return false;
  return tokens[from - 2]?.lower === NEAR_FR && !NEAR_FR_NOT_PLACE.has(tokens[from - 3]?.lower ?? '');
}

export function isPlaceAfterSiteWord(tokens: Token[], from: number, to: number): boolean {
  if (to - from > MAX_PLACE_TOKENS) return false;
  const prep = tokens[from - 1];
  const site = tokens[from - 2];
  const seated =
    !!prep &&
    !!site &&
    ((LOCATIVES.has(prep.lower) && SITE_WORDS.has(site.lower)) ||
      (prep.lower === 'at' && SETTLED_AT_WORDS.has(site.lower)));
  if (!seated && !nearBefore(tokens, from) && !facilityBefore(tokens, from) && !hiringAtBefore(tokens, from))
    return false;
  // a country keeps its older reading: in wire copy with no other name ("acquired a plant in Ecuador") the deal
  // readers hold the buyer only through it, and the deal would be lost with it; a known town ("a plant in Gdansk",
  // "its plant near Poznan") is only a place
  return !isKnownCountry(
    tokens
      .slice(from, to)
      .map((t) => t.lower)
      .join(' '),
  );
}
