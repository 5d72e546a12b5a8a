import type { RuleSpec } from '../rule';

/**
 * Companies as founders (GOLD-FORMAT: FOUNDED may start at an organisation): a joint venture or a subsidiary set up
 * by one or several companies, a fund launched by its manager. The person rules read "%p" founders only, so these
 * never compete with them. A founding verb (or a venture noun with its creating participle) is required: "filiale
 * de A" alone says who owns X, not who founded it.
 */

/** Nouns of a company created by others: joint ventures and subsidiaries (both languages). */
const VENTURE_FR = '(coentreprise|co-entreprise|joint-venture|filiale|coentreprises)';
const VENTURE_EN = '(venture|jv|subsidiary|joint-venture|unit|spin-off|spinoff)';
/** Active founding verbs, past forms and presents (both languages). */
const CREATE_FR = '(créé|constitué|fondé|monté|lancé|cofondé|crée|constitue|fonde|lance)';
const CREATE_EN =
  '(set|sets|formed|forms|created|creates|launched|launches|established|establishes|founded|founds)';
/** Participles of a company created, agreeing with a feminine or plural noun (French) or not (English). */
const CREATED_PARTICIPLE =
  '(créé|créée|créés|créées|constitué|constituée|fondé|fondée|fondés|fondées|lancé|lancée|monté|montée|cofondé|cofondée|set|formed|created|founded|established|launched|started)';
/** A gap that stops before a former employer ("founded by former Google engineers"): the founders are people. */
const AGENT_GAP = '~3!^(former|ex-|ancien|ancienne|anciens|anciennes|alumni)';
/** Staff nouns after the agent's name: "by Google engineers" names the founders' employer, not a founder. */
const NOT_STAFF_AHEAD =
  '!>{2}(engineers|engineer|executives|executive|employees|veterans|researchers|alumni|staff|ingénieurs|chercheurs|salariés|cadres|anciens|founder|founders|fondateur|fondatrice|fondateurs|chief|boss|patron)';

/**
 * The year of the founding, told between the verb and the venture ("avaient créé en 2015 une coentreprise, X",
 * "set up in 2022 a joint venture, X"): a time phrase no partner or venture word is part of.
 */
const WHEN = '?(en|in) ?(19\\d\\d|20\\d\\d)';

/**
 * Words naming the founding partner after the venture noun ("formed a joint venture with Mitsui to build …"): the
 * name after them is a founder, not the venture, so a gap up to the venture's name does not cross them.
 */
const PARTNER_WORD = '(with|avec|between|entre)';

/** A venture only planned or talked about is not founded yet (sentence-wide refusals). */
const NOT_YET =
  '!!(could|might|may|would|plan|plans|planned|considering|talks|pourrait|pourraient|envisage|envisagent|projettent|discussions|négociations)';

const COMPANY_FOUNDER_PATTERNS: { id: string; pattern: string; sources: string[] }[] = [
  {
    // "Milence, the joint venture set up by Daimler Truck, Traton and Volvo Group"; "X, une filiale créée par A et B"
    id: 'any.founded.venture-set-up-by',
    pattern: `@jv , ~3! ?joint (${VENTURE_EN.slice(1, -1)}|${VENTURE_FR.slice(1, -1)}) ?commune ${CREATED_PARTICIPLE} ?up ~3! (by|par) @@a ${NOT_STAFF_AHEAD}`,
    sources: ['a'],
  },
  {
    // "X, a joint venture between A and B"; "X, coentreprise à parité entre A et B"
    id: 'any.founded.venture-between',
    pattern: `@jv , ?(a|the|une|la) ?(50-50|50/50) ?joint ${VENTURE_FR.replace(')', '|venture|jv)')} ?commune ?(à) ?(parité) (between|entre) @@a`,
    sources: ['a'],
  },
  {
    // "in 2022 it set up X, a joint venture with B"; "A launched X, a joint venture with B"
    id: 'any.founded.set-up-venture-with',
    pattern: `@a ~3! ${CREATE_EN} ?up @jv , (a|an|the) ~2 ${VENTURE_EN} with ~3 @b`,
    sources: ['a', 'b'],
  },
  {
    // "A and B set up a joint venture, X"; "A et le motoriste B ont constitué une coentreprise, X"
    id: 'any.founded.set-up-a-venture',
    pattern: `@@a ~4 (${CREATE_FR.slice(1, -1)}|${CREATE_EN.slice(1, -1)}) ?up ?ensemble ?together ${WHEN} (a|an|une|la|leur|their) ~3 (${VENTURE_EN.slice(1, -1)}|${VENTURE_FR.slice(1, -1)}) ~4^${PARTNER_WORD} ?, ?(called|named|baptisée|baptisé|appelée|nommée|dénommée|baptisées) @jv`,
    sources: ['a'],
  },
  {
    // "In 2024 A and B set up X, a joint venture that sells …"; "A et B ont créé X, une coentreprise" — the name
    // comes first and the venture noun is apposed to it
    id: 'any.founded.set-up-named-venture',
    pattern: `@@a ~3! (${CREATE_FR.slice(1, -1)}|${CREATE_EN.slice(1, -1)}) ?up @jv , (a|an|une) ?(50-50|50/50) ?joint (venture|jv|joint-venture|coentreprise|co-entreprise) !>(with|avec|of|de|between|entre)`,
    sources: ['a'],
  },
  {
    // "they jointly set up Isles Crewing, a school"; "les deux groupes ont créé ensemble en 2018 X": the
    // jointness word says the named company is the partners' common creation, whatever noun describes it
    id: 'any.founded.jointly-set-up',
    pattern: `@@a ~3! (jointly|conjointement) (${CREATE_FR.slice(1, -1)}|${CREATE_EN.slice(1, -1)}) ?up ${WHEN} @jv`,
    sources: ['a'],
  },
  {
    id: 'any.founded.set-up-together',
    pattern: `@@a ~3! (${CREATE_FR.slice(1, -1)}|${CREATE_EN.slice(1, -1)}) ?up (ensemble|together|jointly|conjointement) ${WHEN} @jv`,
    sources: ['a'],
  },
  {
    // "A a créé en 2022, avec B, une filiale baptisée X"; "le groupe a fondé avec B une coentreprise, X"
    id: 'any.founded.created-with-a-venture',
    pattern: `@a ~4 ${CREATE_FR} ~3 ?, avec ~4 @b ?, ~3 (une|la|leur) ~3 ${VENTURE_FR} ~4 ?, ?(baptisée|baptisé|appelée|nommée|dénommée) @jv`,
    sources: ['a', 'b'],
  },
  {
    // "Vauban Ventures, lancé en 2023 par Hôtels Vauban"; "X, founded in 1990 by the Y group"
    id: 'any.founded.company-agent',
    pattern: `@jv , ?(qui|which) ?(a|avait|was|has|had) ?(été|been) ${CREATED_PARTICIPLE} ?up ~4 (par|by) ${AGENT_GAP} @@a ${NOT_STAFF_AHEAD} !>('s|’s)`,
    sources: ['a'],
  },
];

export const COMPANY_FOUNDER_SPECS: RuleSpec[] = COMPANY_FOUNDER_PATTERNS.flatMap(
  ({ id, pattern, sources }) =>
    sources.map((source): RuleSpec => ({
      id: sources.length > 1 ? `${id}.${source}` : id,
      type: 'FOUNDED',
      pattern: `${pattern} ${NOT_YET}`,
      source,
      target: 'jv',
      // below the person rules: a company founder is the rarer reading of the same verbs
      confidence: 0.7,
    })),
);
