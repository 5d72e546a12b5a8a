import { extractArticle } from '../../../ingest/extract';
import { watchReads } from './reader-watch';
import { tokenize } from '../../../ingest/tokens';
import type { Token } from '../../../ingest/tokens';
import { pointerMayStartAt, pointerReaderStartWords } from '../../../ingest/relations/pointer-screen';
import * as bareTitle from '../../../ingest/relations/anaphora-bare-title';
import * as portfolio from '../../../ingest/relations/frames/funded-portfolio-owner';
import * as colon from '../../../ingest/relations/anaphora-colon-clause';
import * as oblique from '../../../ingest/relations/anaphora-oblique-object';
import * as founderName from '../../../ingest/relations/anaphora-founder-name';
import * as family from '../../../ingest/relations/anaphora-family';
import * as speaker from '../../../ingest/relations/speaker';
import * as personClitic from '../../../ingest/relations/anaphora-person-clitic';
import * as phrases from '../../../ingest/relations/pointing-phrases';
import * as fund from '../../../ingest/relations/anaphora-fund';
import * as combined from '../../../ingest/relations/anaphora-combined';
import * as dealRoles from '../../../ingest/relations/anaphora-deal-roles';
import * as origin from '../../../ingest/relations/anaphora-origin';
import * as foundedTarget from '../../../ingest/relations/anaphora-founded-target';
import * as compound from '../../../ingest/relations/anaphora-compound-descriptor';
import * as described from '../../../ingest/relations/described-heads';
import { LATTER_WORDS } from '../../../ingest/relations/anaphor-words';

/**
 * pointer-screen.ts lets pointerAt skip every token outside its readers' start words: each reader's words must hold
 * every token it reads something at. Each case runs a text where the reader reads a pointer, watches the reader, and
 * checks the token it read at is one of its words and passes the screen.
 */

type Module = Record<string, unknown>;
/** Reader, the argument holding `i`, its start words, a title and a text where it reads a pointer. */
type Case = [string, Module, string, number, ReadonlySet<string>, string, string];

/** Entity ids are numbers (0 too): only null, false and a zero length say "nothing read". */
const CASES: Case[] = [
  [
    'bare title (en)',
    bareTitle,
    'isBareTitleAt',
    3,
    bareTitle.BARE_TITLE_START_WORDS,
    '',
    'Lumora Inc bought Brevik Ltd. "We are growing fast," said chief executive Meera Iyer.',
  ],
  [
    'bare title (fr)',
    bareTitle,
    'isBareTitleAt',
    3,
    bareTitle.BARE_TITLE_START_WORDS,
    '',
    'Lumora rachète Brevik. « Nous grandissons », explique le président, Thomas Rey.',
  ],
  [
    'portfolio owner',
    portfolio,
    'portfolioOwnerAt',
    1,
    portfolio.PORTFOLIO_OWNER_START_WORDS,
    '',
    'Harvest Peak Capital, a Chicago fund, manages $1.2 billion. Its portfolio also includes Corvex and Talent.',
  ],
  [
    'colon clause',
    colon,
    'colonClauseSubject',
    2,
    colon.COLON_SUBJECT_START_WORDS,
    '',
    'Orvane Technologies has been busy: in 2021, it bought Delsys Inc.',
  ],
  [
    'oblique "it"',
    oblique,
    'obliqueObjectPointerAt',
    5,
    oblique.OBLIQUE_OBJECT_START_WORDS,
    '',
    'Tessaro Inc makes pumps. Larchmont Capital took a 35% stake in it last year.',
  ],
  [
    'oblique "the company"',
    oblique,
    'obliqueObjectPointerAt',
    5,
    oblique.OBLIQUE_OBJECT_START_WORDS,
    '',
    'Tessaro Inc makes pumps. Larchmont Capital extended a $40 million loan to the company.',
  ],
  [
    'founder named',
    founderName,
    'founderNamedPointerAt',
    3,
    founderName.FOUNDER_NAMED_START_WORDS,
    '',
    "Maisons Vauclair emploie 300 personnes. Fondée en 1987 par Émile Vauclair, l'enseigne aveyronnaise a été rachetée par Groupe Sodal.",
  ],
  [
    'family',
    family,
    'familyPointerLength',
    2,
    family.FAMILY_POINTER_START_WORDS,
    '',
    'Maison Dufresne est rachetée par Altem. Son PDG, Bertrand Dufresne, reste en poste.',
  ],
  [
    'first person',
    speaker,
    'firstPersonOrg',
    1,
    speaker.FIRST_PERSON_START_WORDS,
    '',
    'Lumora rachète Brevik. « Nous sommes ravis », a déclaré le président, Thomas Rey.',
  ],
  [
    'person clitic',
    personClitic,
    'personCliticAt',
    5,
    personClitic.PERSON_CLITIC_START_WORDS,
    '',
    'Corvelle est une PME de Rennes. Fondée en 2017 par Anne Morel, qui la dirige toujours, Corvelle emploie 40 salariés.',
  ],
  [
    'clitic verb',
    phrases,
    'cliticVerbLength',
    1,
    phrases.CLITIC_VERB_START_WORDS,
    '',
    "Tessaro est une PME lyonnaise. Vortal l'avait rachetée en 2019.",
  ],
  [
    'fund',
    fund,
    'fundPointerLength',
    2,
    fund.FUND_POINTER_START_WORDS,
    '',
    'Averna Capital boucle son deuxième fonds à 180 M€. Le fonds a déjà investi dans Monicap.',
  ],
  [
    'combined',
    combined,
    'combinedPhraseLength',
    2,
    combined.COMBINED_PHRASE_START_WORDS,
    '',
    'Vortal and Brevik agreed to merge. The combined company will be based in Oslo.',
  ],
  [
    'deal role',
    dealRoles,
    'dealRolePointerAt',
    3,
    dealRoles.DEAL_ROLE_START_WORDS,
    '',
    'Vortal Inc bought Brevik Ltd. The buyer employs 300 people.',
  ],
  [
    'origin',
    origin,
    'originPointerAt',
    4,
    origin.ORIGIN_POINTER_START_WORDS,
    '',
    'Tessaro, le groupe lyonnais, a racheté Brevik. Le groupe lyonnais emploie 300 personnes.',
  ],
  [
    'founded target',
    foundedTarget,
    'foundedTargetPointerAt',
    2,
    foundedTarget.FOUNDED_TARGET_START_WORDS,
    'Ferlog rachète Transalpe Frigo',
    "Le transporteur Ferlog a racheté Transalpe Frigo pour 42 millions d'euros. Le groupe double ainsi sa flotte. Son PDG se dit « ravi ». Créée en 1994 par Gilles Bornand, la société emploie 380 salariés.",
  ],
  [
    'latter phrase',
    phrases,
    'latterPhrase',
    1,
    phrases.LATTER_PHRASE_START_WORDS,
    '',
    'Vortal Inc bought Brevik Ltd. The latter was founded in 1990.',
  ],
  [
    'compound descriptor',
    compound,
    'compoundDescriptorPointer',
    2,
    compound.COMPOUND_DESCRIPTOR_START_WORDS,
    '',
    'The deal was led by launch firm Ascentra. The launch firm also backed Zenko.',
  ],
  [
    'described (en)',
    described,
    'describedPointer',
    2,
    described.DESCRIBED_POINTER_START_WORDS,
    '',
    'Vortal, the retailer, bought Brevik. The retailer employs 300 people.',
  ],
  [
    'described (fr)',
    described,
    'describedPointer',
    2,
    described.DESCRIBED_POINTER_START_WORDS,
    '',
    'Tessaro a racheté Brevik. Le grossiste niortais emploie 300 personnes.',
  ],
];

describe('pointer screen: every reader reads only at its start words', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each(CASES)('%s', (_name, mod, fn, at, words, title, text) => {
    const seen = watchReads(mod, fn, at);
    extractArticle({ file: 'test', text, title: title || undefined, published: null });
    expect(seen.length).toBeGreaterThan(0);
    for (const { tokens, i } of seen) {
      expect(words.has(tokens[i].lower)).toBe(true);
      expect(pointerMayStartAt(tokens, i)).toBe(true);
    }
  });

  it('reads the pair and descriptor phrases only at their start words', () => {
    const pair = tokenize('les deux sociétés emploient', 0);
    expect(phrases.pairPhraseLength(pair, 0)).toBe(3);
    expect(phrases.PAIR_PHRASE_START_WORDS.has(pair[0].lower)).toBe(true);
    const both = tokenize('both companies said', 0);
    expect(phrases.pairPhraseLength(both, 0)).toBe(2);
    expect(pointerMayStartAt(both, 0)).toBe(true);
    const descriptor = tokenize('le grossiste niortais emploie', 0);
    expect(phrases.descriptorPhraseLength(descriptor, [], 0)).toBe(3);
    expect(phrases.DESCRIPTOR_PHRASE_START_WORDS.has('le')).toBe(true);
    expect(pointerMayStartAt(descriptor, 0)).toBe(true);
  });

  it('passes "celle-ci" and "celui-ci", read inside pointerAt itself', () => {
    for (const w of LATTER_WORDS) expect(pointerMayStartAt(tokenize(`${w} emploie`, 0), 0)).toBe(true);
  });

  it('holds every reader set in the union', () => {
    const tokens = (w: string): Token[] => [{ text: w, lower: w, start: 0, end: w.length, kind: 'word' }];
    for (const words of pointerReaderStartWords())
      for (const w of words) expect(pointerMayStartAt(tokens(w), 0)).toBe(true);
  });

  it('stops words no reader starts at', () => {
    const tokens = tokenize('Vortal a racheté , pour 40 millions acquired company groupe lyonnais', 0);
    for (let i = 0; i < tokens.length; i++) expect(pointerMayStartAt(tokens, i)).toBe(false);
  });
});
