import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';
import { isCapitalisedAfterAbbreviation } from '../../../ingest/entities/wire-capitals';

/**
 * Entity classes of the eleventh day, read on real wire copy and on full press pages: portfolios before a minister's
 * title, words the wire capitalised after "U.S.", treaties and economic acronyms, an investor's surname said in
 * every paragraph, an outlet's acronym or an honorific before a speaker, "du" inside a person's name, trade nouns
 * of travel and haulage. Every sentence is written for this file; the invented names stand for classes of naming.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('portfolios before a minister title', () => {
  it.each([
    ['West German Finance Minister Gerhard Stoltenberg met officials on Tuesday.', ['West German Finance']],
    [
      'Federal Resources and Energy Minister Gareth Evans told a meeting he would act.',
      ['Federal Resources', 'Energy'],
    ],
    ['Deputy Finance Ministers from the Group of 10 met in Paris on Friday.', ['Finance Ministers']],
    ['The talks were led by South Korean Trade Minister Rha Woong-bae.', ['South Korean Trade']],
  ])('names no body in "%s"', (text, gone) => {
    const t = types(text);
    for (const g of gone) expect(t.has(g)).toBe(false);
  });

  it('keeps the person after the title', () => {
    expect(
      types('West German Finance Minister Gerhard Stoltenberg met officials.').get('Gerhard Stoltenberg'),
    ).toBe('Person');
  });

  it('keeps a ministry named by its portfolio', () => {
    const t = types('French reserves rose 12 billion francs in February, the Finance Ministry said.');
    expect(t.get('Finance Ministry')).toBe('Organization');
  });
});

describe('a word the wire capitalised after a dotted country abbreviation', () => {
  it.each([
    ['The state group took a 34 pct stake in the U.S. Computer firm Esca Corp on Tuesday.', 'U.S. Computer'],
    ['The talks would cover U.S. Calls for Taiwan to open its market to farm goods.', 'U.S. Calls'],
    ["The group's performance in the U.K. Insurance area was encouraging, Sheehy said.", 'U.K. Insurance'],
    ['The currency has risen 17 pct against the U.S. Dollar since September 1985.', 'U.S. Dollar'],
  ])('drops the phrase in "%s"', (text, gone) => {
    expect(types(text).has(gone)).toBe(false);
  });

  it('keeps a company the article names in full, and public bodies', () => {
    const t = types('U.S. Shoe Corp said it sold its unit. Analysts said U.S. Shoe shares rose on the news.');
    expect(t.get('U.S. Shoe Corp')).toBe('Organization');
    const text = 'The bill was sent to the U.S. Congress on Friday.';
    const tokens = tokenize(text, 0);
    const at = tokens.findIndex((x) => x.text === 'U.S.');
    expect(isCapitalisedAfterAbbreviation(tokens, at, at + 2, text)).toBe(false);
  });
});

describe('treaties, trade pacts and economic acronyms', () => {
  it.each([
    [
      'The new International Cocoa Agreement should stabilise prices, delegates said.',
      'International Cocoa Agreement',
    ],
    [
      'Washington accused Tokyo of violating the Semiconductor Trade Agreement on Friday.',
      'Semiconductor Trade Agreement',
    ],
    ['The Andean Trade Pact was signed in Lima by five governments.', 'Andean Trade Pact'],
    ['The CPI rose 2.3 pct in the March quarter, the Statistics Department said.', 'CPI'],
    ['It introduced a goods and services tax, GST, in October 1986.', 'GST'],
  ])('names no organisation in "%s"', (text, gone) => {
    expect(types(text).has(gone)).toBe(false);
  });

  it('keeps an organisation of the same trade', () => {
    const t = types('The International Cocoa Organization said prices would rise.');
    expect(t.get('International Cocoa Organization')).toBe('Organization');
  });
});

describe("an investor's surname said in every paragraph", () => {
  it('joins the person when a mention speaks as a person', () => {
    const t = types(
      'Minneapolis investor Irwin Jacobs said he sold the stake he held in Gillette Co. Jacobs told Reuters he ' +
        'sold the stake a few weeks ago. Jacobs said he still holds shares of Allegheny International Inc. ' +
        'Jacobs declined to give the price.',
    );
    expect(t.get('Irwin Jacobs')).toBe('Person');
    expect(t.has('Jacobs')).toBe(false);
  });

  it('joins the person when the story speaks of no founding', () => {
    const t = types(
      'Bally agreed to buy the shares from developer Donald Trump. Bally agreed to buy 2.6 mln of the shares held ' +
        'by Trump. The deal calls for Bally to pay Trump another 6.2 mln dlrs. Trump agreed not to buy more stock.',
    );
    expect(t.get('Donald Trump')).toBe('Person');
    expect(t.has('Trump')).toBe(false);
  });

  it('keeps a firm said three times when no person bears the name', () => {
    const t = types(
      'Dr. Anna Berg said the deal was done. Valmorel said it sold its unit. Valmorel said its sales rose. ' +
        'Valmorel expects more growth.',
    );
    expect(t.get('Valmorel')).toBe('Organization');
  });
});

describe("an outlet's acronym or an honorific before a speaker", () => {
  it.each([
    [
      "« C'est une étape », a déclaré à l'AFP Hélène de Saint-Aubin, présidente du directoire.",
      'AFP',
      'Hélène de Saint-Aubin',
    ],
    ["« Nous restons prudents », a indiqué à l'AFP Jean Dupuis, directeur financier.", 'AFP', 'Jean Dupuis'],
    ['« Le marché repart », a confié à BFM Karim Benali, le patron du groupe.', 'BFM', 'Karim Benali'],
  ])('splits "%s"', (text, outlet, person) => {
    const t = types(text);
    expect(t.get(outlet)).toBe('Organization');
    expect(t.get(person)).toBe('Person');
  });

  it.each([
    [
      '"We can treat patients earlier," said Dr. Laurent du Plessis, chief executive of the company.',
      'Laurent du Plessis',
    ],
    ['Dr. Anne de Vries, who runs the lab, said so.', 'Anne de Vries'],
    ['The company is led by Laurent du Pont, a former banker.', 'Laurent du Pont'],
  ])('reads the whole name in "%s"', (text, person) => {
    expect(types(text).get(person)).toBe('Person');
  });

  it('keeps a firm whose acronym opens its name', () => {
    expect(types('IBM France a annoncé la fermeture du site.').get('IBM France')).toBe('Organization');
  });
});

describe('trade nouns of travel and haulage', () => {
  it.each([
    ["Selon nos informations, le tour-opérateur Kiwanda s'était également positionné.", 'Kiwanda'],
    ['Le voyagiste Odalys Voyages a racheté une agence.', 'Odalys Voyages'],
    ['Le transporteur Brentaz a signé un contrat avec la ville.', 'Brentaz'],
  ])('types the name after the noun in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });
});

describe('hyphenated town names and the state', () => {
  it.each([
    ['La société veut construire une usine à Pont-de-Claix (Isère) en 2027.', 'Pont-de-Claix'],
    ['Le groupe a ouvert un entrepôt à Boulogne-sur-Mer et un autre à Lille.', 'Boulogne-sur-Mer'],
    ['The firm moved its plant to Stratford-upon-Avon last year.', 'Stratford-upon-Avon'],
    ["Atout France, l'agence de développement touristique de l'État, estime que le marché croît.", 'État'],
  ])('names no organisation in "%s"', (text, gone) => {
    expect(types(text).has(gone)).toBe(false);
  });

  it('keeps hyphenated company names and a town a company noun introduces', () => {
    const t = types('Saint-Gobain a racheté Vaillant-Rocher. La société Pont-de-Claix a signé un contrat.');
    expect(t.get('Saint-Gobain')).toBe('Organization');
    expect(t.get('Vaillant-Rocher')).toBe('Organization');
    expect(t.get('Pont-de-Claix')).toBe('Organization');
  });
});

describe('a hyphenated short form', () => {
  it.each([
    [
      'Le groupe Transports Vaillant-Rocher a racheté Brenta. La présidente de Vaillant-Rocher, Hélène Dupont, a salué l’accord.',
      'Transports Vaillant-Rocher',
      'Vaillant-Rocher',
    ],
    [
      'Ateliers Dubois-Martin a signé un contrat. Dubois-Martin emploie 40 personnes.',
      'Ateliers Dubois-Martin',
      'Dubois-Martin',
    ],
    ['Grupo Sáenz-Peña said it sold the unit. Sáenz-Peña has 300 workers.', 'Grupo Sáenz-Peña', 'Sáenz-Peña'],
  ])('joins the longer name in "%s"', (text, long, short) => {
    const t = types(text);
    expect(t.get(long)).toBe('Organization');
    expect(t.has(short)).toBe(false);
  });

  it('keeps a person who bears the hyphenated name', () => {
    const t = types('Ateliers Dubois-Martin a signé. Anne Dubois-Martin dirige la société.');
    expect(t.get('Anne Dubois-Martin')).toBe('Person');
  });
});
