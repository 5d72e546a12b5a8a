import type { Token } from '../tokens';
import { PLACES } from './lexicon-common';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';

/**
 * "Cimentos do Tejo", "Banco do Brasil", "Caixa dos Açores": Portuguese "of" particles inside a company name. "do" is
 * an English verb too ("Why do Canadian lenders care"), so the particle joins only after a head word of the run or
 * before a country ("X do Brasil", a branch).
 */
const PORTUGUESE_OF = new Set(['do', 'dos', 'das']);

/** Portuguese trade and institution heads that take "do/dos/das". */
const PORTUGUESE_HEADS = new Set(
  `banco caixa companhia grupo cimentos construtora editora industrias indústrias lojas casas transportes serviços
  servicos tintas motores petróleos petroleos vinhos conservas estaleiros`.split(/\s+/),
);

/** Nationality words of Portuguese-speaking countries: after them a name is Portuguese, "do" included ("le portugais
 * X do Y", "Brazilian miner X do Y"). */
const LUSOPHONE_DEMONYMS = new Set(
  `portugais portugaise brésilien brésilienne angolais angolaise portuguese brazilian angolan`.split(/\s+/),
);

/** The demonym right before the run or before one lower-case trade noun ("Brazilian miner X"). */
function lusophoneBefore(tokens: Token[], runFrom: number): boolean {
  const prev = tokens[runFrom - 1];
  if (!prev) return false;
  if (LUSOPHONE_DEMONYMS.has(prev.lower)) return true;
  const before = tokens[runFrom - 2];
  return !!before && prev.text === prev.lower && prev.kind === 'word' && LUSOPHONE_DEMONYMS.has(before.lower);
}

/**
 * The particle at `i` joins the run [runFrom, i) to the capitalised word after it. `hasHead` is the caller's test
 * for company and institution head words (name-joins.ts), passed in to keep the import one-way.
 */
export function isPortugueseParticleJoin(
  tokens: Token[],
  runFrom: number,
  i: number,
  hasHead: (tokens: Token[], from: number, to: number) => boolean,
): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!PORTUGUESE_OF.has(t.text) || !next || !/^\p{Lu}/u.test(next.text)) return false;
  if (FR_STOPWORDS.has(next.lower) || EN_STOPWORDS.has(next.lower)) return false;
  if (PLACES.has(next.lower)) return true;
  if (lusophoneBefore(tokens, runFrom)) return true;
  for (let k = runFrom; k < i; k++) if (PORTUGUESE_HEADS.has(tokens[k].lower)) return true;
  return hasHead(tokens, runFrom, i);
}
