/**
 * French trade press sets a participial incise between a company and its verb: "le groupe nordiste X, connu pour
 * ses endives, va porter …", "Y, installé à Lorient, a repris …", "Z, basé depuis 2019 à Nantes, s'est
 * offert …". Such an aside says something about the name before it and closes with a comma, so the clause's
 * subject is still that name; appositionEnd (syntax.ts) steps over it as it does over "X, une PME de Lyon, …".
 */

/** Regular French past participles of the first group, any gender and number ("installé", "basées"). */
const FIRST_GROUP_PARTICIPLE_RE = /^\p{Ll}{3,}(é|ée|és|ées)$/u;

/** Participles and adjectives of other shapes that open such an incise ("connu pour", "issu de", "présent à"). */
const OTHER_PARTICIPLES = new Set([
  'connu',
  'connue',
  'connus',
  'connues',
  'issu',
  'issue',
  'issus',
  'issues',
  'établi',
  'établie',
  'établis',
  'établies',
  'présent',
  'présente',
  'présents',
  'présentes',
  'né',
  'née',
  'fort',
  'forte',
  'devenu',
  'devenue',
]);

/** Nouns with a participle's ending that open no incise ("société", "qualité", "comité", "marché"). */
const NOUN_ENDING_RE = /(ité|ités|iété|iétés)$/u;
const NOUNS_LIKE_PARTICIPLES = new Set([
  'comité',
  'comités',
  'marché',
  'marchés',
  'café',
  'cafés',
  'été',
  'degré',
]);

/**
 * Participles of a change of owner: such an aside is a deal of its own ("Y, passé en 2021 sous le contrôle de X,
 * a racheté Z"), which the deal readers take from the aside itself; stepping over it would hand its words to the
 * main clause's deal instead.
 */
const OWNER_CHANGE_RE = /^(pass|tomb|rachet|céd|vend|contrôl|absorb|acqui|repris|détenu)/u;

/** The lower-case word right after a comma opens a participial incise. */
export function opensParticipleIncise(lower: string): boolean {
  if (OWNER_CHANGE_RE.test(lower)) return false;
  if (OTHER_PARTICIPLES.has(lower)) return true;
  return (
    FIRST_GROUP_PARTICIPLE_RE.test(lower) && !NOUN_ENDING_RE.test(lower) && !NOUNS_LIKE_PARTICIPLES.has(lower)
  );
}
