import { extractArticle } from '../../../ingest/extract';
import { watchReads } from './reader-watch';
import { tokenize } from '../../../ingest/tokens';
import type { Token } from '../../../ingest/tokens';
import * as screen from '../../../ingest/relations/units-screen';
import * as beneficiary from '../../../ingest/relations/deal-beneficiary';
import * as several from '../../../ingest/relations/several-pointer';
import * as personPronoun from '../../../ingest/relations/anaphora-person-pronoun';
import * as phrases from '../../../ingest/relations/pointing-phrases';
import { ANAPHOR_DETERMINERS, LIST_DEMONSTRATIVES } from '../../../ingest/relations/anaphor-words';
import { PLURAL_PHRASE_START_WORDS } from '../../../ingest/relations/plural-pointers';

/**
 * units-screen.ts lets units.ts skip the pointer readers after pointerAt at every token (past the first) outside
 * their start words. Each case runs a text where a reader reads a pointer and checks the token passes the screen;
 * every text reads the same with the screen as with every reader asked at every token.
 */

type Module = Record<string, unknown>;
/** Reader, the argument holding `i`, the words it starts at, and a text where it reads a pointer. */
type Case = [string, Module, string, number, ReadonlySet<string>, string];

const CASES: Case[] = [
  [
    'deal beneficiary',
    beneficiary,
    'isDealBeneficiary',
    1,
    beneficiary.DEAL_BENEFICIARY_START_WORDS,
    'Vortal a racheté Brevik. Cette acquisition lui permet de doubler sa taille.',
  ],
  [
    'several',
    several,
    'severalPointerAt',
    1,
    PLURAL_PHRASE_START_WORDS,
    'Halvorsen Capital Corp and Greywick Partners Inc said their boards voted to merge. The two companies have long been rivals of Zenko Corp.',
  ],
  [
    'person pronoun',
    personPronoun,
    'personPronounAt',
    4,
    personPronoun.PERSON_PRONOUN_START_WORDS,
    'Vortal Inc hired Jane Smith. She previously ran Brevik Ltd.',
  ],
  [
    'list phrase',
    phrases,
    'listPhraseLength',
    1,
    LIST_DEMONSTRATIVES,
    'Vortal affronte Brevik, Zenko et Arda. Ces trois acteurs dominent le marché.',
  ],
  [
    'honorific',
    phrases,
    'honorificLength',
    3,
    phrases.HONORIFIC_START_WORDS,
    'Vortal Inc named Dr. Jane Smith chief executive.',
  ],
];

/** Texts with a pointer for each reader of the chain: "the company", "le nouveau groupe", "il", "its rivals", "they". */
const TEXTS = [
  ...CASES.map((c) => c[5]),
  'Vortal Inc bought Brevik Ltd. The company employs 300 people.',
  'Vortal et Brevik fusionnent sous le nom de Zenora. Le nouveau groupe emploiera 3 000 personnes.',
  'Vortal Inc bought Brevik Ltd. The Oslo-based company makes pumps.',
  'Vortal SA a racheté Brevik. Il affronte désormais Zenko.',
  'Vortal Inc makes pumps. Its main rivals are Zenko Corp and Arda Ltd.',
  'Vortal Inc and Brevik Ltd make pumps. They compete with Zenko Corp.',
  'Vortal Inc itself was bought by Zenko Corp in 2019.',
];

const article = (text: string) => JSON.stringify(extractArticle({ file: 'test', text, published: null }));

describe('units screen: the readers after pointerAt read only at their start words', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each(CASES)('%s', (_name, mod, fn, at, words, text) => {
    const seen = watchReads(mod, fn, at);
    extractArticle({ file: 'test', text, published: null });
    expect(seen.length).toBeGreaterThan(0);
    for (const { tokens, i } of seen) {
      expect(words.has(tokens[i].lower)).toBe(true);
      expect(screen.chainMayStartAt(tokens, i)).toBe(true);
    }
  });

  it.each(TEXTS)('reads "%s" as with every reader asked everywhere', (text) => {
    const screened = article(text);
    const original = screen.chainMayStartAt;
    let skipped = 0;
    jest.spyOn(screen, 'chainMayStartAt').mockImplementation((tokens, i) => {
      if (!original(tokens, i)) skipped++;
      return true;
    });
    expect(article(text)).toBe(screened);
    expect(skipped).toBeGreaterThan(0);
  });

  it('holds every reader set in the union', () => {
    const tokens = (w: string): Token[] => [
      { text: 'X', lower: 'x', start: 0, end: 1, kind: 'word' },
      { text: w, lower: w, start: 2, end: 2 + w.length, kind: 'word' },
    ];
    for (const words of screen.chainReaderStartWords())
      for (const w of words) expect(screen.chainMayStartAt(tokens(w), 1)).toBe(true);
    for (const w of ANAPHOR_DETERMINERS) expect(screen.chainMayStartAt(tokens(w), 1)).toBe(true);
  });

  it('asks every reader at the first token, none at words no reader starts at', () => {
    const tokens = tokenize('Vortal a racheté , pour 40 millions acquired company groupe lyonnais', 0);
    expect(screen.chainMayStartAt(tokens, 0)).toBe(true);
    for (let i = 1; i < tokens.length; i++) expect(screen.chainMayStartAt(tokens, i)).toBe(false);
  });
});
