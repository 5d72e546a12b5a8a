import type { Token } from '../tokens';
import { LEGAL_FORMS, ORG_HEAD_WORDS, PLACES } from './lexicon-common';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';
import { FIRST_NAMES } from './first-names';
import { isWorldGivenName } from './person-given-names';
import { knownOrganisation } from './known-organisations';
import { isKnownPlace } from './world-lexicon';

/**
 * Spanish and Portuguese names carry "de/del/da" inside: companies after a Spanish trade or public head word
 * ("Empresa Nacional de Petroleo S.A.", "Banco de Sabadell", "Compañía Española de Petróleos") and people with a
 * compound surname ("Javier Ortiz de Zárate", "Wilson Gomes de Moura"). Without these the run is cut at the particle
 * and leaves two fragments, one of them often typed as a company.
 */

/** Spanish head words of company and public-body names that take a "de/del" complement. */
const SPANISH_HEADS = new Set(
  `empresa empresas compañía compania banco grupo corporación corporacion instituto sociedad caja industrias
  petróleos petroleos transportes comisión comision confederación confederacion federación federacion cementos
  aceites cervecería cerveceria minera fomento construcciones autopistas astilleros ferrocarriles`.split(
    /\s+/,
  ),
);

const SPANISH_OF = new Set(['de', 'del']);

/** Particles of a compound Iberian surname after given name + first surname. */
const SURNAME_PARTICLES = new Set(['de', 'da', 'del']);
/**
 * Endings of Spanish and Portuguese first surnames ("Ortiz", "Gomes", "Fernández", "Oliveira", "Moreno"): elsewhere
 * "Given Surname de X" says where the person is from or plays ("Henrik Pedersen de Silkeborg IF").
 */
const IBERIAN_SURNAME_RE = /(?:[eéiaáoó]z|[eêoa]s|[aeo]ira|[aiou]a|[nrdlt]o)$/u;

function isCapitalisedWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

function isPlainWord(t: Token): boolean {
  const l = t.lower;
  return !FR_STOPWORDS.has(l) && !EN_STOPWORDS.has(l) && !PLACES.has(l) && !isKnownPlace(l);
}

/** "Empresa Nacional de Petroleo": the particle at `i` follows a run holding a Spanish head word. */
export function isSpanishParticleJoin(tokens: Token[], runFrom: number, i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!SPANISH_OF.has(t.text) || !isCapitalisedWord(next)) return false;
  if (FR_STOPWORDS.has(next.lower) || EN_STOPWORDS.has(next.lower)) return false;
  for (let k = runFrom; k < i; k++) if (SPANISH_HEADS.has(tokens[k].lower)) return true;
  return false;
}

/**
 * "Javier Ortiz de Zárate": a given name, one capitalised surname, then "de/da/del" and a surname that is no place,
 * no company and no head word ("Pierre Martin de Lyon", "Jean Durand de Renault" stay apart).
 */
export function isCompoundSurnameParticle(tokens: Token[], runFrom: number, i: number): boolean {
  if (i - runFrom !== 2 || !SURNAME_PARTICLES.has(tokens[i].text)) return false;
  const given = tokens[runFrom].lower.split('-')[0];
  if (!FIRST_NAMES.has(given) && !isWorldGivenName(given)) return false;
  const first = tokens[runFrom + 1];
  const next = tokens[i + 1];
  if (!isCapitalisedWord(first) || !isCapitalisedWord(next)) return false;
  if (!isPlainWord(first) || !isPlainWord(next) || !IBERIAN_SURNAME_RE.test(first.lower)) return false;
  // the second surname closes the name: a capitalised word after it makes a place or club phrase
  const after = tokens[i + 2];
  if (after && /^\p{Lu}/u.test(after.text)) return false;
  const isHead = (l: string) => ORG_HEAD_WORDS.has(l) || LEGAL_FORMS.has(l);
  if (isHead(first.lower) || isHead(next.lower)) return false;
  return knownOrganisation(next.text) === null;
}
