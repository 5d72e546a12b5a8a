import { facts, run } from './helpers';

/**
 * Rivalry leftovers of the ninth day's full-length articles: a merging pair's past contest, a counted list said to
 * dominate a market, the fellows of a fight for one prize, a challenge to a list, a verbless rank ending a relative
 * clause, a market dominated by described firms and the firm chasing them, a company far from the counted leaders;
 * and precision guards (an object pronoun after the verb, demands faced, an impersonal "il", leaders met as
 * examples, "un concurrent direct de C").
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a pair that used to contest each other', () => {
  it.each([
    "Les réseaux Brenholt Obsèques et Kolstad Funéraire, qui se livraient jusqu'ici une concurrence acharnée, fusionnent.",
    'Les enseignes Brenholt Obsèques et Kolstad Funéraire, qui se disputaient les mêmes villes, annoncent leur union.',
  ])('%s', (text) => {
    expect(has(text, 'Brenholt Obsèques', 'Kolstad Funéraire')).toBe(true);
  });

  it('does not pair two firms that engage in deals', () => {
    const text = 'Les groupes Brenholt Obsèques et Kolstad Funéraire se livraient à des rachats en série.';
    expect(has(text, 'Brenholt Obsèques', 'Kolstad Funéraire')).toBe(false);
  });
});

describe('a counted list said to dominate a market', () => {
  it('pairs the members of "the three independents that dominate the segment"', () => {
    const text =
      'Tarvik Rights agreed to buy a catalog. Castlemoor Music, Brenholt Publishing and Kolstad Songs, the three independents that dominate the segment, declined to comment.';
    expect(has(text, 'Castlemoor Music', 'Kolstad Songs')).toBe(true);
    expect(has(text, 'Brenholt Publishing', 'Kolstad Songs')).toBe(true);
  });

  it('does not pair a counted list that only arranged a loan', () => {
    const text =
      'Tarvik Rights agreed to buy a catalog. Castlemoor Bank, Brenholt Bank and Kolstad Bank, the three lenders that arranged the loan, declined to comment.';
    expect(has(text, 'Castlemoor Bank', 'Kolstad Bank')).toBe(false);
  });
});

describe('the fellows of a fight for one prize', () => {
  it.each([
    'The London publisher Tarvik Rights fights for catalogs with Castlemoor Music and with the music funds of Brenholt Capital.',
    'The Leeds studio Tarvik Games now battles for players with Castlemoor Music and Brenholt Capital.',
  ])('%s', (text) => {
    expect(has(text, 'Castlemoor Music', 'Brenholt Capital')).toBe(true);
  });

  it('does not pair those a company fights for control with', () => {
    const text =
      'The London publisher Tarvik Rights fought for control of the board with Castlemoor Music and Brenholt Capital.';
    expect(has(text, 'Castlemoor Music', 'Brenholt Capital')).toBe(false);
  });
});

describe('a challenge to named rivals', () => {
  it('reads "sharpens its challenge to A and B"', () => {
    const text =
      'The Oslo retailer Tarvik Group bought 40 stores. The purchase gives Tarvik Group more space and sharpens its challenge to Brenholt and Kolstad Retail.';
    expect(has(text, 'Tarvik Group', 'Brenholt')).toBe(true);
    expect(has(text, 'Tarvik Group', 'Kolstad Retail')).toBe(true);
  });

  it('does not read a legal challenge', () => {
    const text =
      "The Oslo retailer Tarvik Group filed a legal challenge to Brenholt's patent in a Paris court.";
    expect(has(text, 'Tarvik Group', 'Brenholt')).toBe(false);
  });
});

describe('a rank at the end of a relative clause, and distances', () => {
  it.each([
    'Le rapprochement doit permettre au groupe Tarvik de se mesurer à Brenholt, qui domine le marché avec près de 900 agences, loin devant la coopérative Kolstad.',
    'Tarvik Group wants to take on Brenholt, which leads the market by volume, far ahead of Kolstad Retail.',
  ])('%s', (text) => {
    expect(rivals(text).some((p) => p.includes('Brenholt') && p.includes('Kolstad'))).toBe(true);
  });

  it('reads a named company far from the counted leaders', () => {
    const text =
      'Le logisticien Vestrane grandit. Vestrane reste loin des deux leaders du marché, Brenholt et Kolstad Transports, qui pèsent chacun 3 milliards.';
    expect(has(text, 'Vestrane', 'Brenholt')).toBe(true);
    expect(has(text, 'Vestrane', 'Kolstad Transports')).toBe(true);
  });

  it('does not give a pronoun far from the leaders to a guessed company', () => {
    const text =
      'Le logisticien Vestrane rachète Olmedo Transports. Fondée en 1987, la société Olmedo Transports compte 600 salariés. Mais il reste loin des deux leaders du marché, Brenholt et Kolstad Transports, qui pèsent chacun 3 milliards.';
    expect(has(text, 'Olmedo Transports', 'Brenholt')).toBe(false);
  });
});

describe('a market dominated by described firms, and the firm that chases them', () => {
  it('pairs the members and the chaser with each', () => {
    const text =
      'Le groupe Tarvik Armaturen accélère. Le marché européen de la robinetterie reste dominé par le suédois Brenholt Flow et le français Kolstad, que Tarvik Armaturen talonne désormais.';
    expect(has(text, 'Brenholt Flow', 'Kolstad')).toBe(true);
    expect(has(text, 'Tarvik Armaturen', 'Brenholt Flow')).toBe(true);
    expect(has(text, 'Tarvik Armaturen', 'Kolstad')).toBe(true);
  });

  it('does not pair the holders of a capital dominated by them', () => {
    const text =
      'Le groupe Tarvik Armaturen accélère. Son capital reste dominé par le fonds suédois Brenholt Flow et la famille Kolstad.';
    expect(has(text, 'Brenholt Flow', 'Kolstad')).toBe(false);
  });
});

describe('precision guards', () => {
  it('does not take a name after an object pronoun for the rival', () => {
    const text =
      'Kolstad Songs has been losing ground to Brenholt Publishing, which overtook it last year as the No. 2 independent.';
    const pairs = rivals(text);
    expect(pairs).toContain('Brenholt Publishing ~ Kolstad Songs');
    expect(pairs.filter((p) => p !== 'Brenholt Publishing ~ Kolstad Songs')).toEqual([]);
  });

  it('does not make the firm whose demands are faced a rival', () => {
    expect(
      has(
        'Le groupe Tarvik a renoncé face aux exigences de Brenholt Industries.',
        'Tarvik',
        'Brenholt Industries',
      ),
    ).toBe(false);
    const client =
      'Le groupe Tarvik a dû reculer face aux exigences de Brenholt Industries, son principal client.';
    expect(has(client, 'Tarvik', 'Brenholt Industries')).toBe(false);
  });

  it('still reads a company facing a rival', () => {
    expect(
      has(
        'Le groupe Tarvik fait face à Brenholt Industries sur le marché lyonnais.',
        'Tarvik',
        'Brenholt Industries',
      ),
    ).toBe(true);
  });

  it('does not give the rivals of an impersonal "il faut" to the article company', () => {
    const text =
      "Le développeur Tarvik Énergies lève 40 millions. « Face à Brenholt et Kolstad Solaire, il fallait changer d'échelle », observe un analyste.";
    expect(has(text, 'Tarvik Énergies', 'Brenholt')).toBe(false);
  });

  it('does not pair heavyweights given as examples of whom a company will face', () => {
    const text =
      'Le groupe Tarvik rachète une biscuiterie. Il affrontera sur ce marché des poids lourds comme Brenholt et le groupe Kolstad.';
    expect(has(text, 'Brenholt', 'Kolstad')).toBe(false);
  });

  it('pairs the counted leaders of a market a company must take on', () => {
    const text =
      'Les néobanques Tarvik et Vestrane fusionnent. Le rapprochement doit leur permettre de rivaliser avec les deux leaders du marché, Brenholt Bank et Kolstad Pay, qui revendiquent chacun 500 000 clients.';
    expect(has(text, 'Brenholt Bank', 'Kolstad Pay')).toBe(true);
  });

  it('does not make a buyer the rival of a target said to be the rival of another', () => {
    const text =
      'Le groupe Tarvik avait repris en 2022 le néerlandais Brenholt, un concurrent direct de Kolstad.';
    expect(has(text, 'Tarvik', 'Brenholt')).toBe(false);
  });
});

describe('rivals named by a product contest, a sentence-opening rival noun and a hyphened qualifier', () => {
  it('reads the makers of the models a company is up against', () => {
    const text =
      'Skyhollow, the Bristol drone maker, raised money. Skyhollow is up against models from Baykor and Aerovane in several Nato tenders.';
    expect(has(text, 'Skyhollow', 'Baykor')).toBe(true);
    expect(has(text, 'Skyhollow', 'Aerovane')).toBe(true);
  });

  it("does not make a company's product the rival of the makers", () => {
    const text =
      "Skyhollow, the Bristol drone maker, raised money. Skyhollow's Merlin drone is up against models from Baykor and Aerovane in several Nato tenders.";
    expect(rivals(text).some((p) => p.includes('Merlin'))).toBe(false);
  });

  it('does not read models a company buys from a supplier', () => {
    const text =
      'Skyhollow, the Bristol drone maker, raised money. Skyhollow buys models from Baykor for its tests.';
    expect(has(text, 'Skyhollow', 'Baykor')).toBe(false);
  });

  it('gives the article company the rival a sentence opens on', () => {
    const text =
      'Quillmoor Games, the Leeds studio, raised $30 million on Tuesday. Rival studio Brackenwick, which makes a farming hit, raised $45 million last year.';
    expect(has(text, 'Quillmoor Games', 'Brackenwick')).toBe(true);
  });

  it('does not read a rival bid that opens a sentence', () => {
    const text =
      'Quillmoor Games, the Leeds studio, raised $30 million on Tuesday. Rival bids from Brackenwick were turned down.';
    expect(has(text, 'Quillmoor Games', 'Brackenwick')).toBe(false);
  });

  it('reads a hyphened qualifier before the possessive rival noun', () => {
    const text =
      'The Oslo retailer Tarvik Group said sales rose 8% last year. Its best-known rival, Lisbon-based Brenholt, grew faster.';
    expect(has(text, 'Tarvik Group', 'Brenholt')).toBe(true);
  });
});

describe("a place's possessive before a rival after a trigger", () => {
  it.each([
    "Arvena Biopharma, the Swiss biosimilars maker, said on Monday it had won approval, setting up a price war with Germany's Halvorsen Pharma.",
    "Arvena Biopharma, the Swiss biosimilars maker, said on Monday it had won approval, setting up a price war with South Korea's Halvorsen Pharma.",
  ])('%s', (text) => {
    expect(has(text, 'Arvena Biopharma', 'Halvorsen Pharma')).toBe(true);
  });

  it('does not read a price war a company says it avoids', () => {
    const text =
      "Arvena Biopharma, the Swiss biosimilars maker, said on Monday it does not want a price war, and will supply Germany's Halvorsen Pharma.";
    expect(has(text, 'Arvena Biopharma', 'Halvorsen Pharma')).toBe(false);
  });
});
