import type { Unit } from '../pattern';
import type { RivalTrigger } from './rivals-triggers';
import { wordAt } from './rivals-clause';
import { FACED_OBSTACLE } from '../rival-words';
import { before, LOOKBACK_WORDS, PARTICLE_LEAD_WORDS, skip } from './rivals-trigger-lookups';
import { opensWithRankPhrase } from './rivals-fronted-rank-phrase';

/**
 * Rivalry told as a position against someone: facing them ("face à A"), ranked ahead of or behind them
 * ("numéro deux derrière A"), offered as their alternative, or holding a market share close to theirs.
 */

/** Words looked back for a rank ("ranks second behind"). */
const RANK_LOOKBACK_WORDS = 12;
/** Words after a fronted "derrière" in which its rank word stands ("Derrière le leader du marché A"). */
const FRONTED_RANK_WORDS = 3;

/** Adjectives between "alternative" and its particle ("l'alternative européenne aux …"). */
const ALTERNATIVE_ADJECTIVES = 2;

/** A rank word earlier in the clause makes "devant/behind" a market position, not a place. */
const RANK =
  /^(numéro|number|number-[a-z]+|no\.|leader|leaders|premier|première|deuxième|second|troisième|third|quatrième|fourth|ranks?|ranked|classé|classée|largest|biggest|[a-z]+-largest|[a-z]+-biggest|tops)$/u;

/** "market share close to that of A", "une part de marché proche de celles de A". */
const SHARE = /^(share|shares|part|parts)$/u;
const CLOSE =
  /^(proche|proches|comparable|comparables|similaire|similaires|équivalente?s?|close|similar|equal)$/u;

/** Adverbs between "face" and its particle ("face notamment à A"). */
const FACING_ADVERB =
  /^(notamment|surtout|principalement|essentiellement|directement|frontalement|désormais|déjà)$/u;

/** Verbs of a standing in a market before "loin derrière" ("reste loin derrière", not "se trouve loin derrière la gare"). */
const STANDING =
  /^(reste|restent|restait|demeure|demeurent|arrive|arrivent|pointe|pointent|classe|classé|classée)$/u;

const OBSTACLE = new RegExp(`^${FACED_OBSTACLE}$`, 'u');

/** Words of distance before "devant/behind" ("loin devant", "well behind", "far ahead"). */
const DISTANCE = /^(loin|largement|far|well)$/u;
/** Verbs of leading a market before "loin devant" ("qui domine le marché …, loin devant A"). */
const DOMINANT =
  /^(domine|dominent|dominait|dominaient|dominates|dominate|dominated|mène|mènent|menait|leads|led)$/u;
/** English verbs of a standing before "well/far behind" ("remains well behind A", "sits far behind B"). */
const STANDING_EN =
  /^(remains|remain|remained|sits|sit|sat|stays|stay|stayed|lies|lags|lag|lagged|is|was|are|were)$/u;

/** Nouns announcing the named holders of a market after "loin des deux leaders du marché, A et B". */
const HOLDERS = /^(leaders|leader|concurrents|rivaux|géants|lourds|numéros|ténors|cadors)$/u;
/** Units after "loin de" searched for the comma that opens the named holders. */
const FAR_FROM_LEAD_UNITS = 6;

/** "reste loin des deux leaders du marché, A et B", "demeure loin de A": where the rivals start, or -1. */
function farFromAt(units: Unit[], i: number): number {
  if (wordAt(units, i) !== 'loin' || !/^(de|des|du|d')$/u.test(wordAt(units, i + 1) ?? '')) return -1;
  // only a named subject ("Vestrane reste loin des …", "A, qui reste loin de B"): a pronoun's company is guessed
  const verb = STANDING.test(wordAt(units, i - 1) ?? '') ? i - 1 : i - 2;
  if (!STANDING.test(wordAt(units, verb) ?? '')) return -1;
  const named = (k: number) => {
    const u = units[k];
    return u?.kind === 'ent' && !u.anaphor;
  };
  const relative = wordAt(units, verb - 1) === 'qui' && (named(verb - 2) || named(verb - 3));
  if (!named(verb - 1) && !relative) return -1;
  let holders = false;
  for (let k = i + 2; k < units.length && k <= i + 2 + FAR_FROM_LEAD_UNITS; k++) {
    const w = wordAt(units, k);
    if (w === null) return k === i + 2 ? i + 2 : -1;
    if (HOLDERS.test(w)) holders = true;
    if (w === ',') return holders && units[k + 1]?.kind === 'ent' ? k + 1 : -1;
  }
  return -1;
}

/** Read after every other rivalry trigger (see rivals-triggers.ts). */
export const POSITION_TRIGGERS: RivalTrigger[] = [
  {
    name: 'facing',
    head: /^(face|against|confronté|confrontée|confrontés|confrontées)$/u,
    lead: PARTICLE_LEAD_WORDS,
    at: (units, i) => {
      // "peser face à A et B", "pitted against A"; a fronted "Face à A, X …" has its subject after it
      const w = wordAt(units, i);
      // "renoncer face aux exigences du vendeur": demands, not a rival, stand before the name
      if (OBSTACLE.test(wordAt(units, i + 2) ?? '') || OBSTACLE.test(wordAt(units, i + 3) ?? '')) return -1;
      if (w === 'face' && /^(à|au|aux)$/u.test(wordAt(units, i + 1) ?? '')) return i + 1;
      // "face notamment à A", "face surtout aux géants": one adverb may stand before the particle
      if (
        w === 'face' &&
        FACING_ADVERB.test(wordAt(units, i + 1) ?? '') &&
        /^(à|au|aux)$/u.test(wordAt(units, i + 2) ?? '')
      )
        return i + 2;
      // "le groupe est confronté à A et à B": the participle of facing, its rivals after "à"
      if (w !== null && /^confront/u.test(w))
        return /^(à|au|aux)$/u.test(wordAt(units, i + 1) ?? '') ? i + 1 : -1;
      if (w === 'against' && before(units, i, 1, /^(pitted|pits|pit|up|stacks|stacked)$/u)) return i + 1;
      return -1;
    },
  },
  {
    name: 'rank',
    head: /^(devant|derrière|behind|ahead)$/u,
    lead: PARTICLE_LEAD_WORDS,
    at: (units, i) => {
      const w = wordAt(units, i);
      if (w === null || !/^(devant|derrière|behind|ahead)$/u.test(w)) return -1;
      // "reste loin derrière les géants A et B": a distance word makes it a market position as a rank word does
      // "qui domine le marché avec 1 100 agences, loin devant A"; "remains well behind A" in English
      const far = DISTANCE.test(wordAt(units, i - 1) ?? '');
      const distant =
        far &&
        (before(units, i - 1, 2, STANDING) ||
          before(units, i - 1, 2, STANDING_EN) ||
          before(units, i - 1, RANK_LOOKBACK_WORDS, DOMINANT));
      // "Numéro deux derrière A, X …": the opening rank word may be held as a possible name
      const ranked = before(units, i, RANK_LOOKBACK_WORDS, RANK) || opensWithRankPhrase(units, i, RANK);
      if (!distant && !ranked) return -1;
      return skip(units, i + 1, /^(of)$/u);
    },
  },
  { name: 'far-from', head: /^loin$/u, lead: PARTICLE_LEAD_WORDS, at: farFromAt },
  {
    name: 'fronted-rank',
    head: /^(derrière|behind)$/u,
    lead: PARTICLE_LEAD_WORDS,
    at: (units, i) => {
      // "Derrière le leader A, X gagne du terrain": the rank word follows a clause-opening "derrière/behind"
      // a capitalised opening word may be held as a possible name: its word still counts
      const u = units[i];
      const w = u.kind === 'ent' ? (u.word?.lower ?? null) : wordAt(units, i);
      if (w === null || !/^(derrière|behind)$/u.test(w)) return -1;
      if (i > 0 && !/^[,;:«"“(]$/u.test(wordAt(units, i - 1) ?? '')) return -1;
      for (let k = i + 1; k <= i + FRONTED_RANK_WORDS; k++)
        if (RANK.test(wordAt(units, k) ?? '')) return k + 1;
      return -1;
    },
  },
  {
    name: 'alternative',
    head: /^(alternatives?)$/u,
    lead: PARTICLE_LEAD_WORDS,
    at: (units, i) => {
      const w = wordAt(units, i);
      if (w === null || !/^(alternatives?)$/u.test(w)) return -1;
      // "l'alternative européenne aux batteries de A", "an alternative, cheaper to run, …" is not read
      for (let k = i + 1; k <= i + 1 + ALTERNATIVE_ADJECTIVES && k < units.length; k++) {
        const x = wordAt(units, k) ?? '';
        if (/^(to|à|au|aux)$/u.test(x)) return k;
        if (!/^\p{Ll}[\p{Ll}-]*$/u.test(x) || /^(de|du|des|d'|of|for|pour|en|in|et|and)$/u.test(x)) return -1;
      }
      return -1;
    },
  },
  {
    name: 'share',
    head: CLOSE,
    lead: PARTICLE_LEAD_WORDS,
    at: (units, i) => {
      // "une part de marché proche de celles de A", "market share similar to B's"
      const w = wordAt(units, i);
      if (w === null || !CLOSE.test(w)) return -1;
      if (!before(units, i, LOOKBACK_WORDS + 1, SHARE)) return -1;
      if (!before(units, i, LOOKBACK_WORDS + 1, /^(marché|market)$/u)) return -1;
      return i + 1;
    },
  },
];
