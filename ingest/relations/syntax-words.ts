/** Word classes of the syntax tests (syntax.ts): what a word next to a name says about the name's role. */

/** Space-separated words as a set. */
function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Punctuation a gap may not cross: it closes a clause. */
export const GAP_STOPS = new Set([';', ':', '(', ')', '«', '»', '"', '.', '?', '!']);

/** Words a strict gap ("~N!") may not cross: they bring in another role or clause. */
export const STRICT_GAP_STOPS = words(`
  from to with by for than at which that who but said says or , auprès à au aux par avec pour qui que dont
  mais ou chez selon
`);

export const DETERMINERS = new Set(['the', 'a', 'an', 'le', 'la', "l'", 'les', 'un', 'une']);
export const INDEFINITE = new Set(['a', 'an', 'un', 'une']);
export const PARENT_NOUNS = words(`unit subsidiary division affiliate filiale branche groupe group`);
/** A name followed by a job title qualifies the person named next ("Marwick Foods chief executive P"). */
export const ROLE_AFTER = words(`
  chief ceo cfo executive chairman president founder co-founder cofounder director spokesman spokeswoman
  analyst engineer executives board
`);
// the staff nouns live with the entity lexicons: the entity stage reads them too (person-cues.ts)
export { STAFF_AFTER } from '../entities/lexicon-people';

/** Prepositions: the name they govern is no subject ("Outre Lactalis, l'entreprise livre …" is the company's). */
export const PREPOSITIONS = words(`
  from with to by of at for in on into against between among de du des d' à au aux avec par pour chez sur dans
  auprès entre contre selon than outre besides
`);

/** Prepositions whose object is never the subject of what follows ("for X to acquire" is; "from X" is not). */
export const SUBJECT_BLOCKING = new Set([
  // "X told the Securities and Exchange Commission it bought…": the one told is not the one acting
  'told',
  'tells',
  'tell',
  'informed',
  'notified',
  'from',
  'with',
  'by',
  'of',
  'at',
  'against',
  'between',
  'among',
  'de',
  'du',
  'des',
  "d'",
  'avec',
  'par',
  'chez',
  'auprès',
  'entre',
  'contre',
  'selon',
  'than',
]);

/** Verbs whose object is the one told: "X told the Securities and Exchange Commission it bought …". */
export const TELLING_VERBS = words(`told tells tell informed informs inform notified notifies notify`);

/** Nouns after which "X's … Y" names Y by its tie to X: X only qualifies Y. Units and subsidiaries are not
 * among them: "X's Y unit" makes X the seller (possessed-unit.ts). */
export const TIE_NOUNS = words(`
  rival rivals competitor competitors peer partner client customer supplier parent owner shareholder investor
  backer concurrent concurrents rivaux partenaire actionnaire
`);

/** Prepositions naming the means a party acts through: "X, through its Y unit, offered to buy Z" is X's deal. */
export const INSTRUMENT_PREPOSITIONS = new Set(['through', 'via']);
/** Words allowed between that preposition and the name ("through its Y unit"). */
export const OWNER_WORDS = new Set([
  'its',
  'their',
  'his',
  'her',
  'the',
  'a',
  'an',
  'son',
  'sa',
  'ses',
  'leur',
]);

/** Lower-case words that start a clause or a phrase of their own, not the noun a place qualifies. */
export const PLAIN_WORDS = words(`a an the said says which who that and or is was has had`);

/** First words of an apposition a loose gap may step over ("X, the San Francisco-based company, has …"). */
export const APPOSITION_OPENERS = new Set([
  'a',
  'an',
  'the',
  'un',
  'une',
  'le',
  'la',
  "l'",
  'les',
  'which',
  'who',
  // "Portix, whose chief executive is P, said it had bought Y": the relative on the name is an aside as "dont" is
  'whose',
  'qui',
  'dont',
  'its',
  'son',
  'sa',
  'spécialiste',
  'filiale',
  'unit',
  'one',
  'leader',
  'numéro',
  'known',
  'based',
  'founded',
  'fondé',
  'fondée',
  'créé',
  'créée',
  'éditeur',
  // bare business nouns open French appositions without a determiner ("X, acteur du recouvrement, a …")
  'acteur',
  'prestataire',
  'fournisseur',
  'opérateur',
  'pionnier',
  // a holder named in apposition before its own verb ("le fonds A, actionnaire minoritaire de B depuis 2019,
  // apportera 20 M€ à C", "A, entré au capital de B en 2021, …"): the clause's subject is A, past the aside
  'actionnaire',
  'investisseur',
  'propriétaire',
  'entré',
  'entrée',
  'provider',
  'maker',
  'owner',
  'itself',
]);
