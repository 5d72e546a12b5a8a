import type { Unit } from '../../../ingest/relations/pattern';
import { RIVAL_FRAMES } from '../../../ingest/relations/frames/rivals';

/**
 * Round two of the COMPETES_WITH frame readers: set phrases, passives of rank verbs, lists picked up after an
 * elided verb or a kind phrase, groups contesting one another, and a rival named by the noun before it.
 * Sentences are written with a space around every mark; `[Name]` is an organisation, `[^Name]` a pointer resolved
 * to it ("son", "nos"), `[Name+Other]` one pointer standing for several ("ces trois acteurs"), `{Name}` a person.
 */
function unitsOf(sentence: string): { units: Unit[]; names: string[] } {
  const names: string[] = [];
  const units: Unit[] = [];
  let at = 0;
  for (const piece of sentence.split(' ')) {
    const start = at;
    const end = start + piece.length;
    at = end + 1;
    const bracket = /^\[(.+)\]$/u.exec(piece) ?? /^\{(.+)\}$/u.exec(piece);
    if (bracket) {
      const person = piece.startsWith('{');
      const pointer = bracket[1].startsWith('^');
      const ents = bracket[1]
        .replace(/^\^/u, '')
        .split('+')
        .map((n) => {
          const name = n.replace(/_/gu, ' ');
          if (!names.includes(name)) names.push(name);
          return names.indexOf(name);
        });
      units.push({
        kind: 'ent',
        ents,
        orgs: !person,
        persons: person,
        anaphor: pointer || ents.length > 1,
        start,
        end,
      });
      continue;
    }
    const kind = /^\p{L}/u.test(piece) ? 'word' : /^\p{N}/u.test(piece) ? 'number' : 'punct';
    units.push({ kind: 'tok', token: { text: piece, lower: piece.toLowerCase(), start, end, kind } });
  }
  return { units, names };
}

const TOPIC = 'TOPIC';

/** Every rival pair read, "A ~ B" sorted; a topic reading pairs its rival with TOPIC. */
function pairsIn(sentence: string, lang: 'fr' | 'en' = 'fr'): string[] {
  const { units, names } = unitsOf(sentence);
  const out = new Set<string>();
  for (const rule of RIVAL_FRAMES) {
    for (const caps of rule.read!(units, lang)) {
      const a = caps[rule.source!].map((e) => names[e]);
      const b = rule.topicTarget ? [TOPIC] : caps[rule.target!].map((e) => names[e]);
      for (const x of a) for (const y of b) if (x !== y) out.add([x, y].sort().join(' ~ '));
    }
  }
  return [...out].sort();
}

const p = (a: string, b: string) => [a, b].sort().join(' ~ ');
const each = (a: string, rivals: string[]) => rivals.map((r) => p(a, r)).sort();
const allPairs = (names: string[]) => names.flatMap((x, i) => names.slice(i + 1).map((y) => p(x, y))).sort();

describe('set phrases of rivalry and their lists', () => {
  it.each([
    ['[Ovelia] croise désormais le fer avec [Brisant] , [Tolmar] et [Quenza] .', 'fr'],
    [
      '[Ovelia] est au coude-à-coude avec [Brisant] , filiale du belge [Harlo] , et avec [Tolmar] et [Quenza] .',
      'fr',
    ],
    ['[Ovelia] fait jeu égal avec [Brisant] , [Tolmar] et [Quenza] dans le Sud .', 'fr'],
    ['[Ovelia] now goes head-to-head with [Brisant] , [Tolmar] and [Quenza] .', 'en'],
    ['The merger puts [Ovelia] in more direct competition with [Brisant] , [Tolmar] and [Quenza] .', 'en'],
  ] as const)('%s', (sentence, lang) => {
    const got = pairsIn(sentence, lang);
    expect(got).toEqual(expect.arrayContaining(each('Ovelia', ['Brisant', 'Tolmar', 'Quenza'])));
    // an owner in a side remark is never a rival
    expect(got.some((x) => x.includes('Harlo'))).toBe(false);
  });

  it('reads the examples after a kind phrase and "comme" / "such as"', () => {
    expect(
      pairsIn(
        '[Ovelia] veut rivaliser avec les éditeurs de taille moyenne du pays , comme [Brisant] et [Tolmar] .',
      ),
    ).toEqual(each('Ovelia', ['Brisant', 'Tolmar']));
    expect(pairsIn('[Ovelia] chasse sur les terres des courtiers régionaux comme [Brisant] .')).toEqual([
      p('Ovelia', 'Brisant'),
    ]);
  });

  it('picks the list up again after an elided verb, a closing phrase, or "sans compter"', () => {
    expect(
      pairsIn(
        '[Ovelia] competes with [Brisant] in large hospitals , and with regional labs such as [Tolmar] .',
        'en',
      ),
    ).toEqual(each('Ovelia', ['Brisant', 'Tolmar']));
    expect(
      pairsIn('[Ovelia] affronte [Brisant] , et dans le luxe contre les italiens [Tolmar] et [Quenza] .'),
    ).toEqual(each('Ovelia', ['Brisant', 'Tolmar', 'Quenza']));
    expect(pairsIn('[Ovelia] affronte [Brisant] , sans compter les grands groupes comme [Tolmar] .')).toEqual(
      each('Ovelia', ['Brisant', 'Tolmar']),
    );
  });

  it('reads nothing when the phrase is denied or the names after it are clients', () => {
    expect(pairsIn('[Ovelia] ne fait pas jeu égal avec [Brisant] .')).toEqual([]);
    expect(pairsIn('[Ovelia] is not in competition with [Brisant] .', 'en')).toEqual([]);
    expect(pairsIn('[Ovelia] croise le fer avec ses clients [Brisant] et [Tolmar] .')).toEqual([]);
    expect(
      pairsIn(
        '[Ovelia] competes with [Brisant] in Spain , and with help from investors like [Tolmar] .',
        'en',
      ),
    ).toEqual([p('Ovelia', 'Brisant')]);
  });

  it('reads a colon closing a long lead phrase and a remark followed by more names', () => {
    expect(
      pairsIn(
        "[Ovelia] affronte des rivaux bien plus gros qu' elle : [Brisant] , leader depuis sa reprise de [Harlo] , [Tolmar] et [Quenza] .",
      ),
    ).toEqual(each('Ovelia', ['Brisant', 'Tolmar', 'Quenza']));
  });
});

describe('passives of rank verbs, possessive rival nouns and first-person reflexives', () => {
  it('reads the agents of "est talonné par" with a repeated "par", not the owner after them', () => {
    expect(
      pairsIn(
        "[Ovelia] , détenue par l' investisseur [Harlo] , est talonnée par [Brisant] et par [Tolmar] , filiale de [Quenza] .",
      ),
    ).toEqual(each('Ovelia', ['Brisant', 'Tolmar']));
    expect(pairsIn('[Ovelia] was overtaken by [Brisant] last year .', 'en')).toEqual([
      p('Ovelia', 'Brisant'),
    ]);
  });

  it('reads no passive of a verb that is no rank ("racheté par")', () => {
    expect(pairsIn('[Ovelia] a été rachetée par [Brisant] .')).toEqual([]);
  });

  it('reads the list after a possessive rival noun as the subject’s rivals', () => {
    expect(
      pairsIn('[Ovelia] doit mieux résister à ses deux grands concurrents , [Brisant] et [Tolmar] .'),
    ).toEqual(each('Ovelia', ['Brisant', 'Tolmar']));
    expect(pairsIn('[Ovelia] a démarché ses clients [Brisant] et [Tolmar] .')).toEqual([]);
  });

  it('reads "nous nous battons contre" once the speaker is resolved, and nothing while it is not', () => {
    expect(pairsIn('Ici , [^Ovelia] nous battons contre [Brisant] et [Tolmar] .')).toEqual(
      each('Ovelia', ['Brisant', 'Tolmar']),
    );
    expect(pairsIn('Ici , nous nous battons contre [Brisant] et [Tolmar] .')).toEqual([]);
  });
});

describe('groups contesting one another', () => {
  it('pairs every member of a list fighting one contest', () => {
    const four = allPairs(['Brisant', 'Tolmar', 'Quenza', 'Ovelia']);
    expect(
      pairsIn(
        '[Brisant] , [Tolmar] , [Quenza] et [Ovelia] , qui se livrent une guerre des prix , recrutent .',
      ),
    ).toEqual(four);
    expect(
      pairsIn(
        'A tier of [Brisant] , [Tolmar] , [Quenza] and [Ovelia] fights for the mid-sized contracts .',
        'en',
      ),
    ).toEqual(four);
    expect(pairsIn('[Brisant+Tolmar+Quenza] sont engagés dans une course au volume .')).toEqual(
      allPairs(['Brisant', 'Tolmar', 'Quenza']),
    );
  });

  it('pairs a list told as rivals, or competing somewhere, and one closed on "and other players"', () => {
    expect(pairsIn('[Brisant] et [Tolmar] restent concurrentes dans le Nord .')).toEqual([
      p('Brisant', 'Tolmar'),
    ]);
    expect(pairsIn('[Brisant] and [Tolmar] compete on most routes .', 'en')).toEqual([
      p('Brisant', 'Tolmar'),
    ]);
    expect(pairsIn('[Brisant] , [Tolmar] and other players are fighting for the rest .', 'en')).toEqual([
      p('Brisant', 'Tolmar'),
    ]);
  });

  it('pairs no list told as someone else’s rivals or competing with a third', () => {
    expect(pairsIn('[Brisant] and [Tolmar] are its rivals in Peru .', 'en')).toEqual([]);
    expect(pairsIn('[Brisant] et [Tolmar] sont les concurrents de [Ovelia] .')).toEqual([]);
    expect(pairsIn('[Brisant] and [Tolmar] compete with [Ovelia] .', 'en')).not.toContain(
      p('Brisant', 'Tolmar'),
    );
  });

  it('pairs a company placed among the leading players beside others', () => {
    expect(
      pairsIn('[Ovelia] compte parmi les premiers façonniers du pays , aux côtés de [Brisant] et [Tolmar] .'),
    ).toEqual(allPairs(['Ovelia', 'Brisant', 'Tolmar']));
  });

  it('pairs a list in apposition with a rank of players, past a remark', () => {
    expect(
      pairsIn('On y retrouve [Brisant] et [Tolmar] , rebaptisé en 2020 , les principaux acteurs du marché .'),
    ).toEqual([p('Brisant', 'Tolmar')]);
  });

  it('pairs no list that fights something else or is merely listed among shareholders', () => {
    expect(pairsIn('[Brisant] et [Tolmar] se livrent des pièces chaque semaine .')).toEqual([]);
    expect(pairsIn('[Brisant] and [Tolmar] fought the new tax together .', 'en')).toEqual([]);
    expect(
      pairsIn('[Ovelia] figure parmi les principaux actionnaires , aux côtés de [Brisant] et [Tolmar] .'),
    ).toEqual([]);
    expect(pairsIn('[Brisant] et [Tolmar] , les principaux actionnaires du groupe , votent .')).toEqual([]);
  });
});

describe('a rival named by the noun before it', () => {
  it('pairs "A rival B" and a lone "Belgian rival B" with the article’s company', () => {
    expect(
      pairsIn('Sales chief of Leeds-based [Brisant] rival [Tolmar] , {Ann_Roe} , left .', 'en'),
    ).toContain(p('Brisant', 'Tolmar'));
    expect(pairsIn('Sales grew , and Belgian rival [Tolmar] has opened two plants .', 'en')).toEqual([
      p(TOPIC, 'Tolmar'),
    ]);
  });

  it('reads no topic rival after another name or before a noun that makes it no company', () => {
    expect(pairsIn('[Brisant] hired a rival [Tolmar] manager .', 'en')).toEqual([]);
    expect(pairsIn('Sales grew as rival [Tolmar] offers fell .', 'en')).toEqual([]);
  });
});

describe('names a relative calls the possessor’s rivals', () => {
  it('pairs the pointed possessor with the antecedents, stepping over their towns', () => {
    expect(
      pairsIn(
        '[Ovelia] a repris [Brisant] , à Lille , puis [Tolmar] , à Metz , qui étaient [^Ovelia] deux grands rivaux .',
      ),
    ).toEqual(each('Ovelia', ['Brisant', 'Tolmar']));
    expect(pairsIn('It bought [Brisant] , which was [^Ovelia] main competitor in Chile .', 'en')).toEqual([
      p('Ovelia', 'Brisant'),
    ]);
  });

  it('reads no relative that calls them something else', () => {
    expect(pairsIn('[Ovelia] a repris [Brisant] , qui était [^Ovelia] principal fournisseur .')).toEqual([]);
  });
});
