import type { Token } from '../tokens';

/**
 * Words that announce rivals: what follows them in a business text is a company ("ses rivaux Webhelp",
 * "competes with Intercom", "face à la concurrence de Comdata"). A person name after them is settled earlier by
 * its own evidence (given name, title), so this cue only decides names that have none.
 */
const RIVALRY_WORDS = new Set([
  'rival',
  'rivals',
  'rivale',
  'rivales',
  'rivaux',
  'concurrent',
  'concurrents',
  'concurrente',
  'concurrentes',
  'concurrence',
  'competitor',
  'competitors',
  'competition',
  'compete',
  'competes',
  'competing',
  'affronte',
  'affrontent',
  'rivalise',
  'rivalisent',
  'rivaliser',
  'concurrencer',
  'concurrencent',
  'concurrençant',
  'talonne',
  'talonnent',
  'vies',
  'battles',
  'outpaces',
  'overtook',
  'trails',
  'challenger',
  'challengers',
  'peers',
  // "up against X", "au coude-à-coude avec X", "ahead of X" in a ranking: what follows is a rival ("face à X" is
  // not: in general French text it faces countries, teams and people as often)
  'against',
  'coude-à-coude',
  'ahead',
  'chasing',
  'vie',
  'vying',
  'outsells',
  // figures of attack on someone's ground: "marche sur les plates-bandes de X", "part à l'assaut de X"
  'plates-bandes',
  'assaut',
  'croupières',
  // "as it races A and B to supply …" ("dispute" is left out: a player "dispute le match")
  'races',
  // "concurrencée par X" ("devance", "talonné par" are left out: riders and drivers are overtaken as often)
  'concurrencé',
  'concurrencée',
]);

/**
 * Particles that announce rivals only after a verb of fighting or of standing against ("se bat contre X", "se
 * positionne face à X"): alone they face laws, countries and teams as often.
 */
const CONTEST_PARTICLE_VERBS = new Map<string, ReadonlySet<string>>([
  ['contre', new Set(['bat', 'battent', 'battre', 'battait', 'battaient', 'bataille'])],
  ['face', new Set(['positionne', 'positionnent', 'positionner', 'positionnait', 'place', 'placent'])],
]);

/** A particle of contest right after its verb of fighting or positioning (`i` is the particle). */
function contestParticle(tokens: Token[], i: number): boolean {
  const verbs = CONTEST_PARTICLE_VERBS.get(tokens[i].lower);
  return verbs !== undefined && i > 0 && verbs.has(tokens[i - 1].lower);
}

/** How many lower-case words may stand between the rivalry word and the name ("rivals such as", "concurrents comme"). */
const MAX_WORDS_AFTER_RIVALRY_CUE = 5;
/** How many earlier members of a list the cue may stand before ("face à A, à B et à l'allemand C"). */
const MAX_EARLIER_MEMBERS = 3;
/** Words joining two members of a list of rivals ("A et à B", "A, mais aussi B", "A and B"). */
const MEMBER_JOINS = new Set([',', 'et', 'and', 'ou', 'or', 'mais', 'but', 'aussi', 'also']);
/** Places in a ranking: what follows them names a firm only after a rank word ("numéro deux derrière X"). */
const RANK_PLACES = new Set(['derrière', 'devant', 'behind']);
/** Ranks of a market only: "deuxième", "troisième" rank runners and scorers as often ("deuxième derrière X"). */
const RANK_WORDS = new Set(
  'numéro number no. leader leaders largest biggest second-largest third-largest'.split(' '),
);
/** Nouns after "competition"/"concurrence" that make it a law or a regulator ("competition authorities"). */
const REGULATION_NOUNS = new Set(
  'authorities authority autorité autorités law laws droit règles rules regulators régulateurs watchdog'.split(
    ' ',
  ),
);
/** Tokens looked back from a ranking place for its rank word ("le numéro deux de la livraison express derrière X"). */
const RANK_LOOKBACK_TOKENS = 12;

/** A rank word among the tokens before `i` in its sentence. */
function rankBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - RANK_LOOKBACK_TOKENS; k--) {
    if (/^[.!?;]$/u.test(tokens[k].text)) return false;
    if (RANK_WORDS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** "Dutch-owned", "Paris-based" (read as "Dutch" and "-owned"): a compound that only describes the name after it. */
function describesName(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return (
    /^-(owned|based|listed|born|backed|controlled)$/u.test(tokens[i].text) &&
    before !== undefined &&
    before.text !== before.lower
  );
}

/**
 * True when a rivalry word stands just before the name, with only lower-case words in between, or before an
 * earlier member of the same list ("dispute des parts à Lucca et à X", "derrière Y mais devant X").
 */
export function rivalryCueBefore(tokens: Token[], from: number): boolean {
  let members = 0;
  for (let i = from - 1, n = 0; i >= 0 && n <= MAX_WORDS_AFTER_RIVALRY_CUE; i--, n++) {
    const t = tokens[i];
    // "ses grands concurrents, X et Y" / "rivals: X": a comma or colon right after the rivalry word opens the list
    const opensList = n === 0 && (t.text === ',' || t.text === ':') && i > 0;
    if (opensList && RIVALRY_WORDS.has(tokens[i - 1].lower)) return true;
    if (describesName(tokens, i)) {
      // "rival, Dutch-owned X": the descriptor stands where the name would, so the comma before it still opens
      i--;
      n = -1;
      continue;
    }
    if (t.kind === 'word' && t.text !== t.lower) {
      // an earlier member: the cue may stand before it, if a join lies between it and this name
      const joined = tokens.slice(i + 1, from).some((x) => MEMBER_JOINS.has(x.lower));
      if (!joined || members >= MAX_EARLIER_MEMBERS) return false;
      members++;
      while (i > 0 && tokens[i - 1].kind === 'word' && tokens[i - 1].text !== tokens[i - 1].lower) i--;
      n = -1;
      from = i;
      continue;
    }
    // a comma only joins two members here: "A, B et X"
    const joinsNames = t.text === ',' && i > 0 && tokens[i - 1].text !== tokens[i - 1].lower;
    if (t.kind !== 'word' && t.text !== "'" && !joinsNames) return false;
    // "competition authorities in the EU and Britain": the rivalry word names a law, not rivals
    if (REGULATION_NOUNS.has(t.lower)) return false;
    if (RIVALRY_WORDS.has(t.lower) || contestParticle(tokens, i)) return true;
    if (RANK_PLACES.has(t.lower) && rankBefore(tokens, i)) return true;
  }
  return false;
}
