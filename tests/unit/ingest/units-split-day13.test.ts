import { newDiscourseState } from '../../../ingest/relations/discourse';
import type { DiscourseState } from '../../../ingest/relations/discourse';
import { rulesFor } from '../../../ingest/relations/all-rules';
import { ruleScreen } from '../../../ingest/relations/rule-screen';
import { UnitContext } from '../../../ingest/relations/unit-context';
import type { EntityIndex } from '../../../ingest/resolve/mentions';
import { tokenize } from '../../../ingest/tokens';
import { articleUnits } from './article-units';

/** A context over `text` whose discourse holds one salient company, entity 0 ("Arvel"). */
function contextOver(text: string): { c: UnitContext; state: DiscourseState } {
  const tokens = tokenize(text);
  const index = {
    entities: [{ type: 'Organization', surfaces: ['Arvel'], mentions: [], tentative: false }],
    bySentence: [[]],
  } as unknown as EntityIndex;
  const state = newDiscourseState();
  state.lastSubjectOrg = 0;
  state.orgMentions.set(0, 3);
  return { c: new UnitContext(tokens, [], index, state, null), state };
}

describe('UnitContext: per-token reads made once and forgotten at the next token', () => {
  it('reads the antecedent once per token, however many readers ask', () => {
    const { c } = contextOver('La société a racheté la filiale .');
    c.at(0);
    const first = c.antecedent();
    c.units.push({ kind: 'ent', ents: [7], orgs: true, persons: false, anaphor: false, start: 0, end: 0 });
    // the units changed after the read: the token's answer stays the one read before it was placed
    expect(c.antecedent()).toBe(first);
    c.at(1);
    // the next token reads afresh and now sees the company placed before it
    expect(c.antecedent()).toBe(7);
  });

  it('opens the clause at the first token and after a comma that only words precede', () => {
    const { c } = contextOver('Depuis 2020 , la société croît .');
    c.at(0);
    expect(c.opening()).toBe(true);
    c.units.push({ kind: 'tok', token: c.t });
    c.at(1);
    expect(c.opening()).toBe(false);
    c.units.push({ kind: 'tok', token: c.t });
    c.at(3);
    expect(c.opening()).toBe(true);
  });

  it('places a pointer over the tokens it spans, a possessive one remembered as such', () => {
    const { c } = contextOver('Son PDG , Jean Martin');
    c.at(0);
    c.pointPossessive(0, 1);
    expect(c.units).toHaveLength(1);
    const unit = c.units[0];
    expect(unit.kind === 'ent' && unit.anaphor && unit.start === 0 && unit.end === 7).toBe(true);
    expect(c.possessives.has(unit)).toBe(true);
    c.at(2);
    c.point([0], 2);
    expect(c.possessives.size).toBe(1);
    expect(c.units).toHaveLength(2);
  });
});

describe('units built by the split readers (units-*.ts), same as the one-function builder', () => {
  const cases: [string, string][] = [
    [
      'Arvel Logistics a racheté Coltrane. La société vise désormais l’Allemagne.',
      '[*Arvel Logistics] vise désormais l’ Allemagne .',
    ],
    [
      'Arvel Logistics bought Coltrane last year. It now targets Germany.',
      '[*Arvel Logistics] now targets Germany .',
    ],
    [
      'Arvel Logistics a racheté Coltrane. Son PDG, Jean Martin, salue une étape.',
      '[*Arvel Logistics] PDG , [Jean Martin] , salue une étape .',
    ],
    [
      'Arvel Logistics and Coltrane Freight merged in May. The two companies employ 900 people.',
      '[*Arvel Logistics+Coltrane Freight] employ 900 people .',
    ],
    [
      'Arvel Logistics a racheté Coltrane. Elle emploie 300 personnes.',
      '[*Arvel Logistics] emploie 300 personnes .',
    ],
  ];
  it.each(cases)('%s', (text, second) => {
    expect(articleUnits(text)[1]).toBe(second);
  });

  it('leaves a plain sentence as its words', () => {
    expect(articleUnits('Les prix du fret ont baissé en mai.')[0]).toBe(
      'Les prix du fret ont baissé en mai .',
    );
  });
});

describe('rule screen: readers and patterns held in arrays, in the order of the rule list', () => {
  it.each(['en', 'fr'] as const)('%s', (lang) => {
    const rules = rulesFor(lang);
    const screen = ruleScreen(rules);
    expect(screen.readers).toHaveLength(rules.length);
    rules.forEach((rule, r) => {
      expect(screen.readers[r]).toBe(rule.read ?? null);
      expect(screen.patterns[r]).toBe(rule.pattern);
    });
  });
});
