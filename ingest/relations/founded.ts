import { rules } from './rule';
import {
  FOUND_VERB,
  FOUNDER,
  OF,
  ART,
  UP_TO_FOUR_AGENT_GAP_WORDS,
  FOUNDER_TIE_STOP,
  FOUNDING_YEAR,
  COMPANY_NOUN,
  FOUNDED_KIND_FR,
} from './people-words';
import { FOUNDER_SUCCESSION_FOUNDED_SPECS } from './frames/founders-succession';
import { FORMER_STAFF_FOUNDED_SPECS } from './frames/founders-former-staff';
import { DESCRIBED_FOUNDER_SPECS } from './frames/founders-described';
import { STAFF_AGENT_FOUNDER_SPECS } from './frames/founders-staff-agents';
import { OBJECT_RELATIVE_FOUNDED_SPECS } from './frames/founders-relative-partner';
import { COMPANY_FOUNDER_SPECS } from './frames/founders-company-founders';
import { PARTNER_BEFORE_OBJECT_SPECS } from './frames/founders-partner-before-object';
import { KIN_NAMED_FOUNDER_SPECS } from './frames/founders-kin-named';
import { APPOSED_OBLIQUE_FOUNDED_SPECS } from './frames/founders-apposed-oblique';

/**
 * Auxiliaries of a passive right after the comma that closes an apposition ("X, backed by Y, was founded"). French
 * "a" is left out: after a comma it is as often the English article opening an apposition ("X, a start-up founded by").
 */
const CLOSING_AUX = '(was|were|is|has|had|est|avait|était)';

/** "à son fondateur", "from its founders": a deal's seller, whose company frames/founders-deal-object.ts reads. */
const SELLER_PREPOSITION = /^(à|from)$/;
/** The fused article of a second group of people after "et" ("et des fondateurs"): another seller, not X's founders. */
const COORDINATED_SELLER = '(des)';

/** Plural kin nouns before a list of founders (see PLURAL_KIN in frames/founders-words.ts). */
const KIN_BEFORE_LIST =
  '(brothers|sisters|siblings|twins|cousins|frères|sœurs|soeurs|cousines|jumeaux|jumelles)';

/** FOUNDED, both languages: "founded by A and B", "A, cofondateur de X", "X's founder A", "A founded X". */
export const FOUNDED_RULES = rules([
  {
    id: 'any.founded.by',
    type: 'FOUNDED',
    // no "et/and" between the participle and "par": "fondée en 2010 et dirigée par P" gives P the second one only
    // "Crestpay, backed by A and B, was founded by P": a name closing an apposition is not the subject
    pattern: `@org !>,_${CLOSING_AUX} ~8 ${FOUND_VERB} ${UP_TO_FOUR_AGENT_GAP_WORDS} (par|by) ~4 %%p`,
    source: 'p',
    target: 'org',
    notOblique: 'org',
    confidence: 0.85,
  },
  {
    id: 'any.founded.set-up-by',
    type: 'FOUNDED',
    // the two-word "set up" is no FOUND_VERB word: "X, a Kenyan company set up by engineer P in 2017"
    // a plural kin noun ("by brothers Sean and P") tells the family name once: the first member read alone is cut
    pattern: `@org ~8 set up ${UP_TO_FOUR_AGENT_GAP_WORDS} by ~4^${KIN_BEFORE_LIST} %%p`,
    source: 'p',
    target: 'org',
    notOblique: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.origin-of',
    type: 'FOUNDED',
    // "P est à l'origine de X", "P, qui est à l'origine de la start-up X": the person who started X
    pattern: `%p ?, ?(qui) (est|était|sont|étaient|fut) ?(aussi|également|déjà) à (l') (origine) (de|du|d') ${ART} ?${COMPANY_NOUN} @org`,
    source: 'p',
    target: 'org',
    notOblique: 'p',
    confidence: 0.75,
  },
  {
    id: 'any.founded.en-est-founder-topic',
    type: 'FOUNDED',
    // "P en est le cofondateur", "P en est l'un des fondateurs": "en" takes up the company the article is about
    pattern: `%p en (est|était|sont|étaient) ?(aussi|également|toujours) (le|la|l') ?(un|une) ?(des) ${FOUNDER}`,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'any.founded.by-former-staff',
    type: 'FOUNDED',
    // "founded by former Nuance engineers A and B": the employer named before the founders is not one
    pattern: `@org ~8 ${FOUND_VERB} ~4! (par|by) ~1! (former|ex-|anciens|ancien|ancienne|anciennes) ?(de|d'|du|des) @employer ~2! %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.by-organisations',
    type: 'FOUNDED',
    // "a joint venture set up by A and B": companies found companies too, named right after "by"
    pattern: `@org , ~4! ${FOUND_VERB} (par|by) @@p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.founded.co-founder-with',
    type: 'FOUNDED',
    pattern: `%p ?(a|has|had|who|qui) ?(also|aussi|également) ${FOUND_VERB} @org (with|avec) %%q`,
    source: 'q',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.co-founder-with-year',
    type: 'FOUNDED',
    // "P co-founded the company in 2012 with Q", "P avait cofondé X en 1987 avec la société d'investissement Q":
    // the partner may be a company too, after its descriptor
    pattern: `%p ?(a|has|had|avait|who|qui) ?(also|aussi|également) ${FOUND_VERB} @org (in|en) ${FOUNDING_YEAR} (with|avec) ~4!^(du|de|des|of|at|chez|former|ex-|ancien|ancienne|anciens|anciennes|help|aide|soutien|support|backing) **q`,
    source: 'q',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.founded.verb-then',
    type: 'FOUNDED',
    // "P a fondé X en 2009, puis Y en 2015", "P founded X, then Y": the second company has the same founder
    pattern: `%%p ?(a|ont|has|have|had|avait) ${FOUND_VERB} @x ?(en|in) ?${FOUNDING_YEAR} ?, (puis|then) @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.fronted',
    type: 'FOUNDED',
    pattern: `${FOUND_VERB} ~3! (par|by) ~4 %%p , @org`,
    source: 'p',
    target: 'org',
    confidence: 0.85,
  },
  {
    id: 'any.founded.founder-of',
    type: 'FOUNDED',
    // "A, fils du fondateur de X": A is kin of the founder, not one (see FOUNDER_TIE_STOP); "A, et la fondatrice
    // de X, B": after "et" the title is the next person's
    pattern: `%%p , !>(et|and) ~3!^${FOUNDER_TIE_STOP} ${FOUNDER} ~3! ${OF} ${ART} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.85,
  },
  {
    id: 'any.founded.founder-title',
    type: 'FOUNDED',
    pattern: `?(le|la|the) ${FOUNDER} ~4! ${OF} ${ART} @org , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.founders-title-list',
    type: 'FOUNDED',
    // "Les cofondateurs de X, A et B, détiennent…": a plural founder noun names the whole list after it
    pattern: `(les|the) ?(deux|trois|two|three) (fondateurs|fondatrices|cofondateurs|cofondatrices|co-fondateurs|founders|co-founders|cofounders) ${OF} ${ART} @org , %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.whose-founder',
    type: 'FOUNDED',
    // "X, dont le fondateur, P, a cédé…", "X, whose co-founder P left in 2020": the relative's antecedent
    pattern: `@org , (dont|whose) ?(le|la|l'|les) ${FOUNDER} ?, %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.org-founder',
    type: 'FOUNDED',
    pattern: `@org ?'s ${FOUNDER} ?, %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    // "X rachète 70 % du capital à son fondateur": the seller founded the company sold, not the buyer the
    // possessive is often drawn to
    notAfter: SELLER_PREPOSITION,
  },
  {
    id: 'any.founded.org-founder-and-title',
    type: 'FOUNDED',
    pattern: `@org 's ${FOUNDER} (and|et) ~3! , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.org-founder-and-title-bare',
    type: 'FOUNDED',
    // "X's co-founder and chief executive P", "X co-founder and CEO P": the name right after the titles
    pattern: `@org ?'s ${FOUNDER} (and|et) ~3! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.apposed-pointer-founder',
    type: 'FOUNDED',
    // "P, son cofondateur et directeur général, …", "P, its chief executive and co-founder, …": the possessor is
    // the company the pointer stands for
    pattern: `%p , @org ~3!^${FOUNDER_TIE_STOP} ${FOUNDER} !>(${OF})`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.apposed-possessive',
    type: 'FOUNDED',
    pattern: `%p , @org 's ${FOUNDER}`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.verb',
    type: 'FOUNDED',
    pattern: `%%p ?, ?(a|ont|who|qui|had|has) ?(also|aussi|également|then|ensuite) ${FOUND_VERB} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  },
  {
    id: 'any.founded.verb-after-apposition',
    type: 'FOUNDED',
    // "A, ancien directeur de X, a fondé en 2010 la société Y": the founder's past post sits between subject and verb;
    // only a year and a company noun may stand before Y ("a créé la surprise" names nothing founded)
    pattern: `%%p , ~4! ?@employer ~2! , ?(a|ont) ?(also|aussi|également|ensuite) ${FOUND_VERB} ?(en|in) ?${FOUNDING_YEAR} ${ART} ?${COMPANY_NOUN} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.pointer-founder-comma',
    type: 'FOUNDED',
    // "Its founder and CEO, P", "The company's other co-founders, A and B", "Sa présidente et fondatrice, P": the
    // company is the possessor before the founder noun, often a pointer the discourse resolves
    // "auprès du fonds X et des fondateurs, A et B": a second seller, whose company is
    // the deal's object (frames/founders-deal-object.ts), not X
    pattern: `@org ?'s ~3!^${COORDINATED_SELLER} ${FOUNDER} ~3! , %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    notAfter: SELLER_PREPOSITION,
  },
  {
    id: 'any.founded.brainchild',
    type: 'FOUNDED',
    // "Y, the brainchild of chef A and investor B, …": the idea's authors founded Y
    pattern: `@org , ~4! (brainchild|brainchildren) (of) ~3! %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.brainchild-copula',
    type: 'FOUNDED',
    // "The company is the brainchild of A, a former engineer at X, and B": the copula form of the apposition above
    pattern: `@org (is|was|remains) ?(also) the (brainchild) (of) ~3! %%p`,
    source: 'p',
    target: 'org',
    notOblique: 'org',
    confidence: 0.75,
  },
  {
    id: 'fr.founded.founder-of-kind',
    type: 'FOUNDED',
    // "P, la fondatrice de la plateforme de recrutement X": the kind of company between the title and the name,
    // one word and a "de"-complement at most, none of which may open another clause or role
    pattern: `%%p , ~3!^${FOUNDER_TIE_STOP} ${FOUNDER} ${OF} ${ART} ${FOUNDED_KIND_FR} ~1! ?(de|d') ~2! @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'en.founded.founder-of-kind',
    type: 'FOUNDED',
    // "P, founder of sustainable textiles startup X": the unit of X holds its kind noun ("startup X"), the words
    // before it qualify the kind; a strict gap, so that "founder of a firm bought by X" is not read
    pattern: `%%p , ~3!^${FOUNDER_TIE_STOP} ${FOUNDER} of ?(the|a|an) ~2! @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.object-relative-named',
    type: 'FOUNDED',
    // "X, which P co-founded in 2011, was acquired…", "X, que P avait créée en 1998": the company is the object of
    // the relative, its founder the person named as its subject
    pattern: `@org , (which|that|que|qu') %%p ?(had|has|a|avait|also|aussi|first|then) ${FOUND_VERB} !>(by|par)`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.set-up-by-former-staff',
    type: 'FOUNDED',
    // the two-word "set up" is no FOUND_VERB word: "set up in 2019 by former Tesla engineers A and B"
    pattern: `@org ~8 set up ~4! by ~1! (former|ex-) @employer ~2! %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  ...FORMER_STAFF_FOUNDED_SPECS,
  ...FOUNDER_SUCCESSION_FOUNDED_SPECS,
  ...DESCRIBED_FOUNDER_SPECS,
  ...STAFF_AGENT_FOUNDER_SPECS,
  ...OBJECT_RELATIVE_FOUNDED_SPECS,
  ...COMPANY_FOUNDER_SPECS,
  ...PARTNER_BEFORE_OBJECT_SPECS,
  ...KIN_NAMED_FOUNDER_SPECS,
  ...APPOSED_OBLIQUE_FOUNDED_SPECS,
]);
