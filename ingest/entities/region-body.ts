import type { Token } from '../tokens';

/**
 * "la région Normandie a accordé une subvention", "auprès de la région Occitanie": with a lower-case "région"
 * before it, a French region's name is its council, a public body that funds and lends; GOLD-FORMAT names it by
 * the region alone. "Région Bretagne", capitalised, is the body's own full name and is read as a run already.
 * "ses usines de la région X" says where a plant is: after "de", only a funding or support noun keeps the body.
 */

/** Regions of France, current and former, as token sequences ("Pays de la Loire" is four tokens). */
const REGIONS: string[][] =
  `normandie | bretagne | nouvelle-aquitaine | occitanie | auvergne-rhône-alpes | hauts-de-france
grand est | île-de-france | ile-de-france | pays de la loire | centre-val de loire | bourgogne-franche-comté
provence-alpes-côte d' azur | corse | sud | rhône-alpes | aquitaine | midi-pyrénées | nord-pas-de-calais | alsace
lorraine | picardie | limousin | languedoc-roussillon | champagne-ardenne | auvergne | bourgogne | franche-comté
poitou-charentes | haute-normandie | basse-normandie | guadeloupe | martinique | guyane | la réunion | mayotte`
    .split('|')
    .map((r) => r.trim().split(/\s+/u));

/** Nouns of help or money whose "de la région X" is the body's ("subvention de la région X", "2 M€ de la région X"). */
const SUPPORT_NOUNS = new Set(
  `subvention subventions soutien aide aides prêt prêts avance avances financement financements appui concours
  auprès participation dotation garantie accompagnement euros euro € millions million milliards`.split(
    /\s+/u,
  ),
);
/** Words before "la région" that make it a place ("dans la région X", "en région X"). */
const PLACE_WORDS = new Set(['dans', 'en', 'vers', 'toute', 'sur', 'hors', 'par']);

/** Length of the region name starting at `i`, or 0. */
export function regionLength(tokens: Token[], i: number): number {
  for (const r of REGIONS) {
    if (i + r.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < r.length && ok; k++) {
      const t = tokens[i + k];
      ok = t.lower === r[k] && (k > 0 || /^\p{Lu}/u.test(t.text));
    }
    // "Pays de la Loire Atlantique": a longer capitalised name is something else
    const next = tokens[i + r.length];
    if (ok && !(next && /^\p{Lu}/u.test(next.text) && next.kind === 'word')) return r.length;
  }
  return 0;
}

/** True when "la région" before `i` names the body, not a place. */
function bodySlotBefore(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1];
  const article = tokens[i - 2];
  if (!noun || noun.text !== 'région' || !article || article.lower !== 'la') return false;
  const before = tokens[i - 3];
  if (!before) return true;
  if (PLACE_WORDS.has(before.lower)) return false;
  if (before.lower === 'de' || before.lower === "d'") {
    const head = tokens[i - 4];
    return !!head && SUPPORT_NOUNS.has(head.lower);
  }
  if (before.lower === 'à') return false;
  return true;
}

/** Tokens of a region council's name starting at `i` ("la région Pays de la Loire" → 4), else 0. */
export function regionBodyAt(tokens: Token[], i: number): number {
  if (!bodySlotBefore(tokens, i)) return 0;
  return regionLength(tokens, i);
}

/** True when [from, to) is exactly a region named after "la région" in a body's slot. */
export function isRegionBody(tokens: Token[], from: number, to: number): boolean {
  const n = regionBodyAt(tokens, from);
  return n > 0 && from + n === to;
}

/**
 * Capitalised heads of bodies named after a region: "la CCI Pays de la Loire", "la Région Pays de la Loire", "CCI
 * Grand Est". The run cutter stops a name at "de" when no head word stands before it, which left "CCI Pays"; the
 * head and the whole region are one name.
 */
const REGION_BODY_HEADS = new Set(['CCI', 'Région', 'CRCI']);

/** Tokens of a body named by a capitalised head and a region starting at `i` ("CCI Pays de la Loire" → 5), else 0. */
export function regionHeadedBodyAt(tokens: Token[], i: number): number {
  const head = tokens[i];
  if (!head || !REGION_BODY_HEADS.has(head.text)) return 0;
  const n = regionLength(tokens, i + 1);
  return n > 1 ? n + 1 : 0;
}
