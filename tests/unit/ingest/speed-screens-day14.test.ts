import type { Captures, Unit } from '../../../ingest/relations/pattern';
import { readerRules, rules } from '../../../ingest/relations/rule';
import { mayNamePerson, needsPerson, ruleScreen } from '../../../ingest/relations/rule-screen';
import { knownOrganisation, mayOpenKnownName } from '../../../ingest/entities/known-organisations';
import { knownSpanAt } from '../../../ingest/entities/known-span';
import { tokenize } from '../../../ingest/tokens';
import { bracketUnits } from './bracket-units';

const noReading = (): Captures[] => [];

/** bracketUnits, with "{Name}" marking a person and "<Name>" a unit holding a person and a company. */
function mixedUnits(text: string): Unit[] {
  const out: Unit[] = [];
  let ent = 100;
  for (const piece of text.split(/(\{[^}]+\}|<[^>]+>)/)) {
    if (piece.startsWith('{') || piece.startsWith('<')) {
      const person = piece.startsWith('{');
      out.push({
        kind: 'ent',
        ents: [ent++],
        orgs: false,
        persons: person,
        anaphor: false,
        start: 0,
        end: 0,
      });
      continue;
    }
    out.push(...bracketUnits(piece));
  }
  return out;
}

describe('known-name opening screen', () => {
  it('lets through the first word of a known name, and its prefixes', () => {
    expect(knownOrganisation('Teleperformance')).not.toBeNull();
    expect(mayOpenKnownName('Teleperformance')).toBe(true);
    // "Tele" may open a run whose glued next token completes the name's first word
    expect(mayOpenKnownName('Tele')).toBe(true);
    expect(mayOpenKnownName('TELEPERFORMANCE')).toBe(true);
  });

  it('refuses a plain word no known name opens with', () => {
    expect(mayOpenKnownName('Zqxwvorblatt')).toBe(false);
  });

  it('lets through what does not fold to one plain word (elisions, signs)', () => {
    expect(mayOpenKnownName("L'")).toBe(true);
    expect(mayOpenKnownName('Kuehne+Nagel')).toBe(true);
    expect(mayOpenKnownName('&')).toBe(true);
  });

  it('leaves knownSpanAt finding names of several words, and nothing after an unknown opening', () => {
    const text = 'Hier, Kirkland & Ellis a conseillé Zqxwvorblatt Partners.';
    const tokens = tokenize(text);
    const at = tokens.findIndex((t) => t.text === 'Kirkland');
    expect(knownSpanAt(tokens, at, text)).toBe(3);
    const unknown = tokens.findIndex((t) => t.text === 'Zqxwvorblatt');
    expect(knownSpanAt(tokens, unknown, text)).toBe(0);
  });
});

describe('person screen', () => {
  const list = [
    ...rules([
      { id: 't.person', type: 'LEADS', pattern: '%p heads @org', source: 'p', target: 'org', confidence: 1 },
      {
        id: 't.optional',
        type: 'FUNDED',
        pattern: '?%p backed @org',
        source: 'p',
        target: 'org',
        confidence: 1,
      },
      {
        id: 't.anyone',
        type: 'FUNDED',
        pattern: '*p backed @org',
        source: 'p',
        target: 'org',
        confidence: 1,
      },
    ]),
    ...readerRules([
      { id: 't.leads', type: 'LEADS', read: noReading, source: 'p', target: 'org', confidence: 1 },
      {
        id: 't.founded-by-firm',
        type: 'FOUNDED',
        read: noReading,
        source: 'q',
        target: 'org',
        confidence: 1,
      },
      { id: 't.deal', type: 'ACQUIRED', read: noReading, source: 'p', target: 'org', confidence: 1 },
    ]),
  ];

  it('says which rules need a person: a required person party, or a LEADS/FOUNDED reader of role p', () => {
    expect(list.map(needsPerson)).toEqual([true, false, false, true, false, false]);
  });

  it('finds a unit that may hold a person', () => {
    expect(mayNamePerson(bracketUnits('[Arvel] heads [Coltrane] .'))).toBe(false);
    expect(mayNamePerson(mixedUnits('{Ana Ruiz} heads [Coltrane] .'))).toBe(true);
    // a unit naming a person and a company together is neither all persons nor all companies
    expect(mayNamePerson(mixedUnits('<Ruiz and Arvel> head [Coltrane] .'))).toBe(true);
  });

  it('holds person rules back from a sentence naming only companies, and only them', () => {
    const screen = ruleScreen(list);
    expect(Array.from(screen.passing(bracketUnits('[Arvel] heads , backed [Coltrane] .'), true))).toEqual([
      0, 1, 1, 0, 1, 1,
    ]);
    expect(Array.from(screen.passing(mixedUnits('{Ana Ruiz} heads , backed [Coltrane] .'), true))).toEqual([
      1, 1, 1, 1, 1, 1,
    ]);
  });
});
