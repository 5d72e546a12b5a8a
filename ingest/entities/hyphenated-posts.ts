/**
 * Hyphenated ranks of a post ("Under-Secretary", "Director-General", "Vice-Governor", "secrétaire-général"): wire
 * copy glues them between a body's name and its holder ("Commerce Department Under-Secretary Robert Ortner"), and
 * a compound never reads as a post unless the whole family is known. The family is built from its two halves (a
 * rank prefix before a post, a post before "general") so every pairing reads the same, not one sentence's word.
 */
const RANK_PREFIXES = ['vice', 'under', 'deputy', 'co', 'assistant', 'sous', 'sub'];
const POSTS = [
  'secretary',
  'president',
  'chairman',
  'chairwoman',
  'governor',
  'director',
  'minister',
  'treasurer',
  'commissioner',
  'chancellor',
  'manager',
  'secrétaire',
  'directeur',
  'directrice',
  'gouverneur',
  'ministre',
  'président',
  'présidente',
];
/** Posts whose general rank is written with a trailing "-general" / "-général(e)". */
const GENERAL_POSTS = [
  'secretary',
  'director',
  'attorney',
  'solicitor',
  'inspector',
  'comptroller',
  'auditor',
  'postmaster',
  'consul',
  'secrétaire',
  'directeur',
  'directrice',
  'procureur',
  'commissaire',
  'délégué',
  'déléguée',
];
const GENERAL_WORDS = ['general', 'général', 'générale'];

function build(): string[] {
  const out: string[] = [];
  for (const p of RANK_PREFIXES) for (const post of POSTS) out.push(`${p}-${post}`);
  for (const post of GENERAL_POSTS) for (const g of GENERAL_WORDS) out.push(`${post}-${g}`);
  return out;
}

/** Lower-case hyphenated post compounds, to be read as role words. */
export const HYPHENATED_POSTS: readonly string[] = build();
