import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity classes of round two (tenth day): region adjectives before a lower-case noun phrase, list members before
 * a member with its own nationality descriptor, French names made of a plural noun and a complement. Every
 * sentence is written for this file; the invented names stand for classes of naming.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('region adjectives before a lower-case noun phrase', () => {
  it.each([
    'Its owner, Nordic private equity firm Fjeld Capital, bought the stake in 2018.',
    'Virta Aalto competes in the Nordic industrial heat-pump market with Fenagy A/S.',
    'Fjeld Capital, the Baltic mid-market buyout house, sold the stake.',
    'The Scandinavian logistics group Fjeld Capital said on Monday it bought Ostra.',
  ])('drops the adjective in "%s"', (text) => {
    const t = types(text);
    for (const w of ['Nordic', 'Baltic', 'Scandinavian']) expect(t.has(w)).toBe(false);
  });

  it('keeps a name that opens with the adjective', () => {
    const t = types('Nordic Capital bought Vexo. THQ Nordic said on Monday it had bought Vexo.');
    expect(t.get('Nordic Capital')).toBe('Organization');
    expect(t.get('Vexo')).toBe('Organization');
  });
});

describe('list members before a member with its own descriptor', () => {
  it.each([
    'Virta Aalto competes with Oilon, Calefa and Danish group Fenagy A/S.',
    'Virta Aalto competes with Oilon, Calefa and the German engineering firm Fenagy GmbH.',
    'Virta Aalto affronte Oilon, Calefa et le groupe danois Fenagy A/S.',
  ])('types the bare members as organisations in "%s"', (text) => {
    const t = types(text);
    expect(t.get('Oilon')).toBe('Organization');
    expect(t.get('Calefa')).toBe('Organization');
  });

  it('reads no list across an apposition after a comma', () => {
    const t = types('Anna Berg, Danish group Fenagy A/S said, will lead the unit.');
    expect(t.get('Anna Berg')).not.toBe('Organization');
  });

  it('types members after a retail or rival noun and a list opener', () => {
    const t = types('It competes with chains such as Albert Heijn and Jumbo, and rivals including Kestrel.');
    expect(t.get('Albert Heijn')).toBe('Organization');
    expect(t.get('Jumbo')).toBe('Organization');
  });
});

describe('French names made of a plural noun and a complement', () => {
  it.each([
    ["La coopérative laitière Terres d'Aubrac va fusionner avec Lactalpes.", "Terres d'Aubrac"],
    ["Son concurrent direct Germes d'Or a levé 6 millions d'euros.", "Germes d'Or"],
    ['Agrigaz Services est une filiale de la coopérative angevine Terres de Loire.', 'Terres de Loire'],
    ['Le groupe a racheté Vignobles du Médoc pour 20 millions.', 'Vignobles du Médoc'],
  ])('keeps the complement in "%s"', (text, name) => {
    expect(types(text).has(name)).toBe(true);
  });

  it('leaves places, country complements and people apart', () => {
    const t = types(
      "Il habite les Côtes d'Armor. Il dirige le magazine Jardins de France. Jacques de Villiers a racheté Orbal.",
    );
    expect(t.has("Côtes d'Armor")).toBe(false);
    expect(t.has('Jardins de France')).toBe(false);
    expect(t.get('Jacques de Villiers')).toBe('Person');
  });
});
