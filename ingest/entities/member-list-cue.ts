import type { Token } from '../tokens';

/**
 * "clients comme A, B et C", "customers such as A", "investors including A", "listed peers such as A", "A and B
 * are among its partners": a business's clients, partners, backers, shareholders and peers named in a list are
 * organisations (a person among them carries its own evidence — a given name or a title — which is weighed first).
 */
const MEMBER_NOUNS = new Set([
  'client',
  'clients',
  'clientèle',
  'customer',
  'customers',
  'partner',
  'partners',
  'partenaire',
  'partenaires',
  'investor',
  'investors',
  'investisseur',
  'investisseurs',
  'backer',
  'backers',
  'shareholder',
  'shareholders',
  'actionnaire',
  'actionnaires',
  'fonds',
  'funds',
  'banques',
  'banks',
  'lenders',
  'brands',
  'marques',
  'enseignes',
  'retailers',
  'peers',
  'players',
  'outsourceurs',
  'groups',
  'groupes',
  'companies',
  'sociétés',
  'entreprises',
  'firms',
  'startups',
  'start-ups',
  'vendors',
  'providers',
  'operators',
  'opérateurs',
  // plural nouns of market actors by size or trade ("les géants comme X", "insurers, including X")
  'géants',
  'giants',
  'acteurs',
  'leaders',
  'insurers',
  'assureurs',
  'mutuelles',
  'courtiers',
  'brokers',
  'grossistes',
  'wholesalers',
  'distributeurs',
  'distributors',
  'carriers',
  'transporteurs',
  'manufacturers',
  'fabricants',
  'outsourcers',
  // retail and rival nouns ("chains such as A and B", "des enseignes comme A", "rivals including A")
  'chains',
  'chaînes',
  'supermarkets',
  'rivals',
  'competitors',
  'concurrents',
]);
/** Words that open the list after the noun. */
const LIST_OPENERS = new Set([
  'comme',
  'tels',
  'telles',
  'lesquels',
  'lesquelles',
  'dont',
  'notamment',
  'such',
  'including',
  'include',
  'includes',
  'included',
  'like',
]);
/** Most lower-case words between the noun and the first name ("clients, parmi lesquels", "customers that include"). */
const MAX_CUE_WORDS = 4;

/** A member noun then a list opener, with only lower-case words (or a comma) between them and the name. */
export function memberListCueBefore(tokens: Token[], from: number): boolean {
  let opener = false;
  for (let i = from - 1, n = 0; i >= 0 && n <= MAX_CUE_WORDS; i--, n++) {
    const t = tokens[i];
    // "larger international groups: A and B"
    if (t.text === ':' && n === 0 && tokens[i - 1] && MEMBER_NOUNS.has(tokens[i - 1].lower)) return true;
    if (t.text === ',' || t.text === ':') continue;
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    if (LIST_OPENERS.has(t.lower)) opener = true;
    else if (opener && MEMBER_NOUNS.has(t.lower)) return true;
  }
  return false;
}

const AMONG = new Set(['among', 'parmi']);
const BE = new Set([
  'are',
  'is',
  'were',
  'was',
  'figurent',
  'figure',
  'sont',
  'est',
  'count',
  'counts',
  'comptent',
]);
/** Most words after "among" before the member noun ("among its biggest customers"). */
const MAX_WORDS_AFTER_AMONG = 3;

/** "A and B are among its partners", "A figure parmi ses clients": the list ends at `to`. */
export function memberListCueAfter(tokens: Token[], to: number): boolean {
  const be = tokens[to];
  const among = tokens[to + 1];
  if (!be || !among || !BE.has(be.lower) || !AMONG.has(among.lower)) return false;
  for (let i = to + 2; i < tokens.length && i <= to + 1 + MAX_WORDS_AFTER_AMONG; i++) {
    if (MEMBER_NOUNS.has(tokens[i].lower)) return true;
    if (tokens[i].kind !== 'word') return false;
  }
  return false;
}
