import type { Token } from '../tokens';

/**
 * Shapes of people's names that the given-name lists cannot vouch for: romanised East Asian names and names with
 * lower-case particles next to a person they are coordinated with.
 */

/** A romanised two-syllable given name written with a hyphen ("Ji-hoon", "Seo-yeon", "Ho-Pin"). */
const HYPHENATED_GIVEN_RE = /^\p{Lu}\p{Ll}{1,4}-\p{L}\p{Ll}{1,4}$/u;
/**
 * The commonest Korean and Chinese family names in their usual romanisations (general knowledge). The hyphenated
 * syllables alone also spell Japanese organisation names ("Nihon Ki-in"), so the family name must be one of these.
 */
const EAST_ASIAN_FAMILY_NAMES = new Set(
  `kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang lim im han oh seo shin kwon hwang ahn
song yoo ryu hong jeon ko moon yang son bae baek heo nam roh noh ha kwak min
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao liang zheng xie tang deng feng
cao xiao tian ho wong chan leung lau cheung tung tsai lai chang chiu chow kwok lam yeung tse`
    .trim()
    .split(/\s+/),
);
/** A capitalised name word, hyphenated parts allowed ("Berthier-Vasquez", "Al-Mansoori"). */
const NAME_WORD_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
/** Lower-case particles inside people's names across regions; never first or last. */
const INNER_NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'du',
  'des',
  'da',
  'di',
  'del',
  'dos',
  'bin',
  'ibn',
  'bint',
  'al',
  'ter',
]);
/** Most capitalised words in a name taken from a coordinated person ("A B et C van der D"). */
const MAX_COORDINATED_NAME_WORDS = 3;

/** "Park Ji-hoon", "Ji-hoon Park", "Kim Jong-un": a family name and a hyphenated romanised given name. */
export function isEastAsianName(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n !== 2) return false;
  const a = tokens[from];
  const b = tokens[from + 1];
  return (
    (EAST_ASIAN_FAMILY_NAMES.has(a.lower) && HYPHENATED_GIVEN_RE.test(b.text)) ||
    (HYPHENATED_GIVEN_RE.test(a.text) && EAST_ASIAN_FAMILY_NAMES.has(b.lower))
  );
}

/**
 * "Maëlle Van den Broeck", "Pierre-Antoine de La Rochère": two or three capitalised name words, particles between
 * them; used only for a name coordinated with a known person.
 */
export function isPlainPersonName(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i].text;
    const inner = i > from && i < to - 1;
    if (inner && INNER_NAME_PARTICLES.has(t)) continue;
    if (!NAME_WORD_RE.test(t)) return false;
    words++;
  }
  return words >= 2 && words <= MAX_COORDINATED_NAME_WORDS;
}
