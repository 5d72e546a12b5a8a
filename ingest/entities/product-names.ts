import type { Token } from '../tokens';

/**
 * Products are not organisations: "its Sentinel Mesh platform", "son logiciel de paie Payflo", "the Lumen X3
 * drone". A company's own product is named with a possessive next to a product noun; after "the" only a model
 * code ("X3", "A320") says the name is a product's.
 */

const PRODUCT_NOUNS = new Set(
  `drone drones smartphone smartphones phone handset app apps application applications software platform chip
chips processor vaccine drug jet jets aircraft plane car cars vehicle vehicles suv truck engine console tablet
laptop camera robot robots device devices headset model models
logiciel logiciels appli plateforme vaccin médicament puce véhicule voiture avion robot outil patch capteur
modèle modèles jeu brand brands marque marques`
    .trim()
    .split(/\s+/),
);
// "whose app X": a relative clause's possessive points at the company as "its" does
const POSSESSIVES = new Set(['its', 'their', 'whose', 'son', 'sa', 'ses', 'leur', 'leurs']);
/** Most lower-case words between the name and its product noun ("X3 surveillance drone", "de paie"). */
const MAX_GAP_WORDS = 3;
/** A model code: letters and digits in one word ("X3", "A320", "iX5"). */
const MODEL_CODE_RE = /^\p{L}{1,3}-?\d{1,4}$/u;

function productNounAfter(tokens: Token[], to: number): boolean {
  for (let i = to, n = 0; i < tokens.length && n <= MAX_GAP_WORDS; i++, n++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    if (PRODUCT_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** "son logiciel de paie X": a possessive, a product noun and a few lower-case words before the name. */
function possessedProductBefore(tokens: Token[], from: number): boolean {
  for (let i = from - 1, n = 0; i >= 1 && n <= MAX_GAP_WORDS; i--, n++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    if (PRODUCT_NOUNS.has(t.lower)) return POSSESSIVES.has(tokens[i - 1].lower);
  }
  return false;
}

/** Nouns of a creative work a studio or publisher sells ("the farming hit X", "son jeu phare X"). */
const WORK_NOUNS = new Set([
  'hit',
  'game',
  'title',
  'album',
  'single',
  'film',
  'movie',
  'novel',
  'franchise',
  'succès',
]);
const WORK_DETERMINERS = new Set([...POSSESSIVES, 'the', 'le', 'la', 'du', 'de']);

/** "behind the farming hit X", "its hit game X": a determiner, lower-case words, a work noun, then the name. */
function creativeWorkBefore(tokens: Token[], from: number): boolean {
  const noun = tokens[from - 1];
  if (!noun || !WORK_NOUNS.has(noun.text)) return false;
  for (let i = from - 2, n = 0; i >= 0 && n <= MAX_GAP_WORDS; i--, n++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    if (WORK_DETERMINERS.has(t.lower)) return true;
  }
  return false;
}

/** True when the name [from, to) names a product rather than its maker. */
export function isProductName(tokens: Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  if (!prev) return false;
  if (POSSESSIVES.has(prev.lower) && productNounAfter(tokens, to)) return true;
  if (possessedProductBefore(tokens, from) || creativeWorkBefore(tokens, from)) return true;
  const model = to - from > 1 && MODEL_CODE_RE.test(tokens[to - 1].text);
  return model && prev.lower === 'the' && productNounAfter(tokens, to);
}
