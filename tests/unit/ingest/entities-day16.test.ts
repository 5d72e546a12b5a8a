import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity classes of the sixteenth day, counted on fresh samples of unseen Reuters stories: an acronym spelled
 * from a company's name without its legal form ("General Motors Corp" … "GM"), and a sentence-opening adverb or
 * preposition glued to the name after it ("Previously Zorbex Corp had …"). Every sentence is written for this file.
 */
function entities(text: string): Map<string, { type: string; aliases: string[] }> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, { type: e.type, aliases: e.aliases }]));
}

describe('an acronym spelled from the name without its legal form is that company', () => {
  it.each([
    [
      'Halvern Rail Systems Corp said sales fell in March. HRS said truck sales rose.',
      'Halvern Rail Systems Corp',
      'HRS',
    ],
    [
      'Iowa Beef Processors Inc cut wages on Monday. Later, IBP said the union refused to bargain.',
      'Iowa Beef Processors Inc',
      'IBP',
    ],
    [
      'Nordic Cable Works Ltd won the order, and NCW will deliver it in May.',
      'Nordic Cable Works Ltd',
      'NCW',
    ],
    [
      'Mécanique Vosgienne Industrie SA a livré la DGA. MVI emploie 300 personnes.',
      'Mécanique Vosgienne Industrie SA',
      'MVI',
    ],
  ])('joins the acronym in "%s"', (text, name, acronym) => {
    const found = entities(text);
    expect(found.get(name)?.aliases).toContain(acronym);
    expect(found.has(acronym)).toBe(false);
  });

  it('keeps a term defined for a company and its subsidiaries together apart', () => {
    const found = entities(
      'Halvern Group Inc acquired Credit Market Analysis Ltd and its wholly-owned subsidiaries (collectively, CMA).',
    );
    expect(found.get('Credit Market Analysis Ltd')?.aliases ?? []).not.toContain('CMA');
  });

  it('does not join an acronym whose letters spell another name', () => {
    const found = entities('Halvern Motors Corp said sales fell. HMX said its sales rose.');
    expect(found.get('Halvern Motors Corp')?.aliases ?? []).not.toContain('HMX');
  });
});

describe('a sentence-opening adverb or preposition with no comma is left out of the name', () => {
  it.each([
    ['Previously Zorbex Corp had sold its Melvin Inc unit.', 'Zorbex Corp', 'Previously Zorbex Corp'],
    ['Unlike Zorbex Corp, Melvin Inc said its sales would grow.', 'Zorbex Corp', 'Unlike Zorbex Corp'],
    [
      'Despite Zorbex Corp bid, Melvin Inc said it would stay independent.',
      'Zorbex Corp',
      'Despite Zorbex Corp',
    ],
    [
      'Traditionally Harwell Securities Ltd has led such issues.',
      'Harwell Securities Ltd',
      'Traditionally Harwell Securities Ltd',
    ],
    ['Parallèlement Groupe Vercors a racheté Melvin SA.', 'Groupe Vercors', 'Parallèlement Groupe Vercors'],
    [
      'Récemment Transports Vercors SA a racheté Melvin SA.',
      'Transports Vercors SA',
      'Récemment Transports Vercors SA',
    ],
  ])('reads the name in "%s"', (text, name, glued) => {
    const found = entities(text);
    expect(found.has(name)).toBe(true);
    expect(found.has(glued)).toBe(false);
  });

  it.each([
    ['Parlement européen', 'Le Parlement européen a voté la directive.'],
    ['Clément Dupont', 'Clément Dupont dirige Melvin SA depuis 2019.'],
    ['Friendly Ice Cream Corp', 'Friendly Ice Cream Corp said it bought Melvin Inc.'],
  ])('keeps "%s", whose first word is a name\'s', (name, text) => {
    expect(entities(text).has(name)).toBe(true);
  });
});

describe('a name joined by "and" to a person, with a person\'s shape, is a person', () => {
  it.each([
    [
      'A group led by investors David Bellet and Chester Siuda said it lowered its stake in Orvane Inc.',
      'Chester Siuda',
    ],
    ['Chester Siuda and David Bellet said they sold their stake in Orvane Inc.', 'Chester Siuda'],
    ['Investors Laura Pemsel and Martin Quarrie said it would seek control of Orvane Inc.', 'Martin Quarrie'],
    ['Fondée par Marie Dubois et Claire Vintrel, la société a levé 2 millions.', 'Claire Vintrel'],
  ])('types the second name of "%s" a person', (text, person) => {
    expect(entities(text).get(person)?.type).toBe('Person');
  });

  it.each([
    ['David Bellet and Chester Capital said it bought Orvane Inc.', 'David Bellet and Chester Capital'],
    ['Goldman Sachs and Morgan Stanley advised David Bellet on the sale.', 'Morgan Stanley'],
  ])('keeps the company in "%s"', (text, name) => {
    expect(entities(text).get(name)?.type).toBe('Organization');
  });
});

describe("a dashed or capitalised Moody's grade in ratings copy is no name", () => {
  it.each([
    [
      "Moody's upgraded Grolier Inc's debt. Raised were the company's senior debentures to Ba-3 from B-3.",
      'Ba-3',
    ],
    ["Moody's upgraded the ratings on Halvern Energy Co's units to B-3 from CAA.", 'CAA'],
    ["Moody's lowered Zorbex Corp's notes to Caa-1 from B-2.", 'Caa-1'],
    ["Moody's confirmed the Aa-1 rating of Orvane Inc's debentures.", 'Aa-1'],
  ])('reads no organisation "%s"', (text, grade) => {
    expect(entities(text).has(grade)).toBe(false);
  });

  it('keeps the same capitals outside ratings copy', () => {
    expect(
      entities('The CAA said on Monday it approved the landing slots of Orvane Airways Ltd.').has('CAA'),
    ).toBe(true);
  });
});
