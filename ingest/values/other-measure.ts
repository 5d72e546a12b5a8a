/**
 * A percentage that measures something other than a company's capital: a market share ("38 % des abonnés", "30% of
 * the market"), a change ("shares rose 14%", "en hausse de 12 %", "l'action X gagnait 2,4 %" in a share-price
 * report), a premium ("une prime de 34 %"). Beside a deal
 * it is no stake, so it must not turn a takeover into a minority investment nor size a holding.
 */

/** Things a percentage measures that are no company's capital: customers, sales, a market, staff, output. */
const MEASURED_NOUNS =
  /^(?:abonnés|clients?|customers?|subscribers?|users?|utilisateurs|ventes|sales|revenues?|recettes|turnover|chiffre|market|marché|marchés|markets|parts?\s+de\s+marché|volumes?|production|output|deliveries|livraisons|exports?|exportations|traffic|trafic|audience|salariés|employees|effectifs|workforce|staff|emplois|jobs|foyers|households|ménages|population|voix|suffrages|abonnements|commandes|orders|profits?|bénéfices?|earnings|costs?|coûts|prices?|prix|consumption|consommation|capacity|capacité|fleet|flotte|stores|magasins|sites|hospitals|beds|lits|demand|demande)(?![\p{L}])/iu;
/** "38 % des abonnés", "40% of revenue", "12 % du chiffre d'affaires": the noun after "of/de" says what is measured. */
const OF_NOUN_AFTER =
  /^\s*(?:des|du|de\s+la|de\s+l['’]|d['’]|de|of(?:\s+(?:the|its|their|all))?)\s*(\p{L}[\p{L}-]*)/u;
/** Words before a percentage that make it a change or a price gap, not a holding. */
const CHANGE_BEFORE =
  /(?<![\p{L}])(?:rose|rises|rise|risen|rising|fell|falls|fall|fallen|falling|jumped|jumps|dropped|drops|gained|gains|lost|climbed|climbs|slid|slipped|slumped|soared|surged|plunged|tumbled|advanced|declined|grew|up|down|hausse|baisse|baissé|progress\p{L}*|recul\p{L}*|bondi|bondir|bondissait|chuté|chute|chuter|chutait|gagn(?:e|ait|aient|ant|é)|perd(?:ait|aient|ant)?|grimpait|s['’]envolait|lâchait|augmenté|augmenter|diminué|diminuer|croître|grimpé|grimper|prime|premium|discount|décote|croissance|growth|margin|marge|taux|rate)\s+(?:(?:de|by|of|à|about|around|environ|près\s+de|some|nearly|almost|plus\s+de|more\s+than)\s+){0,2}$/iu;
/** How far before a percentage a change word still qualifies it, in characters. */
const CHANGE_LOOK_BEHIND_CHARS = 40;

/** True when the percentage found at [start, end) of `text` measures something other than a holding. */
export function measuresOther(text: string, start: number, end: number): boolean {
  // "loin devant Gardhome (12 %)", "Rival B (18%)": a figure tagged to a name in a ranking
  if (/\(\s*$/u.test(text.slice(0, start)) && /^\s*\)/u.test(text.slice(end))) return true;
  if (CHANGE_BEFORE.test(text.slice(Math.max(0, start - CHANGE_LOOK_BEHIND_CHARS), start))) return true;
  const of = OF_NOUN_AFTER.exec(text.slice(end));
  if (!of) return false;
  return MEASURED_NOUNS.test(text.slice(end + of.index + of[0].length - of[1].length));
}
