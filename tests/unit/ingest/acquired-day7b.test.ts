import { facts, pair, run } from './helpers';

/** ACQUIRED pairs of a text, sorted. */
function acquired(text: string): string[] {
  return facts(run(text), 'ACQUIRED').map(pair).sort();
}

describe('a holder whose own relative tells it bought the company', () => {
  it('reads "held until now by X, which had taken control of it"', () => {
    expect(
      acquired(
        "Le transporteur Velmont Fret change de mains. Velmont Fret était jusqu'ici détenu par le fonds Orvane Capital, qui en avait pris le contrôle en 2017.",
      ),
    ).toContain('Orvane Capital -> Velmont Fret');
  });

  it('reads "owned by X, which bought it" without a date by the participle', () => {
    expect(
      acquired(
        'The packaging maker Tallow Boxes is up for sale. Tallow Boxes, based in Leeds, is owned by buyout firm Crane Hill Partners, which bought it from its founders in 2016.',
      ),
    ).toContain('Crane Hill Partners -> Tallow Boxes');
  });

  it('does not read a holding that names no time, wholeness or purchase', () => {
    expect(
      acquired(
        "Le transporteur Velmont Fret change de mains. Velmont Fret était jusqu'ici détenu par le fonds Orvane Capital.",
      ),
    ).not.toContain('Orvane Capital -> Velmont Fret');
  });
});

describe('earlier deals listed after a pronoun or a plural deal noun', () => {
  it('reads "après celles du nantais A et de l\'alsacien B" for a fronted buyer', () => {
    const found = acquired(
      "Le groupe suisse Moravec Hydraulik a repris Sonval Pompes. Pour Moravec Hydraulik, il s'agit de la deuxième acquisition en France, après celles du rennais Pluvex et de l'alsacien Hydrobar.",
    );
    expect(found).toContain('Moravec Hydraulik -> Pluvex');
    expect(found).toContain('Moravec Hydraulik -> Hydrobar');
  });

  it('reads "following the purchases of A in 2022 and B in 2024"', () => {
    const found = acquired(
      "Dorrance Tools Group bought Pellam Gauges on Monday. It is Dorrance Tools Group's third acquisition in four years, following the purchases of Kestle Fixings in 2022 and Arbury Clamps in 2024.",
    );
    expect(found).toContain('Dorrance Tools Group -> Kestle Fixings');
    expect(found).toContain('Dorrance Tools Group -> Arbury Clamps');
  });

  it('does not read a bare "following" as opening a list of deals', () => {
    const found = acquired(
      "Dorrance Tools Group bought Pellam Gauges on Monday. It is Dorrance Tools Group's third acquisition in four years, following Kestle Fixings into the market.",
    );
    expect(found).not.toContain('Dorrance Tools Group -> Kestle Fixings');
  });
});

describe('a sale told in the passive or in an apposed participle', () => {
  it('reads "Y was sold last year to X" and "Y was itself sold to X"', () => {
    expect(
      acquired(
        'The skincare label Mirelle grew fast. Mirelle was sold last year to Hoshida Beauty for an undisclosed sum.',
      ),
    ).toContain('Hoshida Beauty -> Mirelle');
    expect(
      acquired('The skincare label Mirelle grew fast. Mirelle was itself sold in 2023 to Hoshida Beauty.'),
    ).toContain('Hoshida Beauty -> Mirelle');
  });

  it('reads "Y, revendue en 2022 au laboratoire X" and "Y, cédé en début d\'année au suédois X"', () => {
    expect(
      acquired(
        'Le fonds a soutenu la biotech Genavia. Fondateur de Genavia, revendue en 2022 au laboratoire danois Norvik Pharma, il préside désormais une medtech.',
      ),
    ).toContain('Norvik Pharma -> Genavia');
    expect(
      acquired(
        "Le fonds a soutenu l'éditeur Comptalis. Il a notamment financé l'éditeur Comptalis, cédé en début d'année au suédois Lindqvist Software, ainsi qu'un laboratoire.",
      ),
    ).toContain('Lindqvist Software -> Comptalis');
  });

  it('does not take the products of a company sold to retailers for the company', () => {
    expect(
      acquired('La marque Mirelle grandit vite. Ses crèmes sont vendues aux enseignes comme Parfumia.'),
    ).toEqual([]);
  });

  it('does not read an active sale as an apposed participle', () => {
    expect(
      acquired(
        'Le groupe Talvane Industries cède ses parts. Talvane Industries, cède-t-on, ne vend rien à Orbis.',
      ),
    ).not.toContain('Orbis -> Talvane Industries');
  });
});
