/**
 * Day twenty-eight, precision (second round): towns that must not become organisations, a post's holder, and a
 * company pointed at by a place of several words.
 * - a known town after a site noun ("a plant in Gdansk", "une usine à Gdansk"); a country keeps its older reading
 *   (entities/site-places.ts);
 * - the town after an active founding verb and its object ("qui avait fondé l'entreprise en 1987 à Vannes",
 *   "founded the company in 1994 in Tromso"; entities/founding-place.ts);
 * - "un ancien moulin de Pontivy", "un incubateur de Ramonville" (entities/place-slots.ts);
 * - "Vice President of Investor Relations Mark Feeney": the holder after a post and its portfolio is titled
 *   (entities/title-before-person.ts);
 * - "Pacific Northwest valve maker X" … "The Pacific Northwest company": the place pointer stands for the company
 *   placed there, and for no other (relations/anaphora-place-modifier.ts).
 * Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

function read(text: string) {
  return extractArticle({ file: 'test', text, published: '2026-11-26' });
}

function facts(text: string): string[] {
  return read(text).relations.map((r) => `${r.type} ${r.source} -> ${r.target}`);
}

function entity(text: string, name: string): string | undefined {
  return read(text).entities.find((e) => e.name === name)?.type;
}

describe('a known town after a site noun', () => {
  it('drops the town of "open a plant in Gdansk"', () => {
    const text =
      'Weldmark Robotics said on Monday it would open a plant in Gdansk next year to serve carmakers.';
    expect(entity(text, 'Gdansk')).toBeUndefined();
    expect(entity(text, 'Weldmark Robotics')).toBe('Organization');
  });

  it('drops the town of "une usine près de Poznan"', () => {
    const text = 'Le groupe Ferlane construira une usine près de Poznan pour servir ses clients polonais.';
    expect(entity(text, 'Poznan')).toBeUndefined();
  });

  it('keeps the employer after a people noun ("staff at X")', () => {
    const text = 'Weldmark Robotics hired 40 staff at Harrowgate Forge, its largest customer, last year.';
    expect(entity(text, 'Harrowgate Forge')).toBe('Organization');
  });
});

describe('the town after an active founding verb and its object', () => {
  it('drops "fondé l\'entreprise en 1987 à Vannes"', () => {
    const text =
      "Marie Quéré succède à Yann Le Bihan, qui avait fondé l'entreprise en 1987 à Vannes. Conserves Le Bihan emploie 90 personnes.";
    expect(entity(text, 'Vannes')).toBeUndefined();
    expect(entity(text, 'Yann Le Bihan')).toBe('Person');
  });

  it('drops "créé la biscuiterie en 1962 à Quimperlé"', () => {
    const text =
      'Son fondateur, Loïc Cadiou, qui avait créé la biscuiterie en 1962 à Quimperlé, est décédé en 2020.';
    expect(entity(text, 'Quimperlé')).toBeUndefined();
  });

  it('drops "founded the company in 1994 in Tromso"', () => {
    const text = 'Harald Vik founded the company in 1994 in Tromso and still chairs Polar Nets AS.';
    expect(entity(text, 'Tromso')).toBeUndefined();
  });

  it('keeps a partner after "with" ("founded the company in 2001 with X")', () => {
    const text =
      'Anna Berg founded the company in 2001 with Halvard Systems, which still owns a stake in Fjordlink.';
    expect(entity(text, 'Halvard Systems')).toBe('Organization');
  });
});

describe('a town after a mill or an incubator', () => {
  it('drops "dans un ancien moulin de Pontivy"', () => {
    const text =
      "Créée en 1994 par Paul Guégan dans un ancien moulin de Pontivy, l'entreprise Farines Guégan compte 80 salariés.";
    expect(entity(text, 'Pontivy')).toBeUndefined();
    expect(facts(text)).toContain('FOUNDED Paul Guégan -> Farines Guégan');
  });

  it('drops "dans un incubateur de Ramonville"', () => {
    const text =
      "Le fondateur d'Orbalis, Luc Mercier, qui avait lancé la société en 2010 dans un incubateur de Ramonville, reste président.";
    expect(entity(text, 'Ramonville')).toBeUndefined();
    expect(entity(text, 'Orbalis')).toBe('Organization');
  });
});

describe('the holder after a post and its portfolio', () => {
  it('reads "Vice President of Investor Relations Mark Feeney" as Mark Feeney', () => {
    const text =
      'Delmar Pumps will fund the purchase with cash, Vice President of Investor Relations Mark Feeney said.';
    expect(entity(text, 'Mark Feeney')).toBe('Person');
    expect(entity(text, 'Relations Mark Feeney')).toBeUndefined();
  });

  it('reads "Director of Communications Bill Hanley" as Bill Hanley', () => {
    const text =
      'Orvane Energy declined to comment on the bid, Director of Communications Bill Hanley said on Friday.';
    expect(entity(text, 'Bill Hanley')).toBe('Person');
  });
});

describe('a pointer made of a place of several words', () => {
  const deal =
    'Brantley Industrial Inc said on Monday it would buy Pacific Northwest pump maker Alder Creek Pumps for $90 million. ';

  it('points "The Pacific Northwest company" at the company placed there', () => {
    const text = `${deal}The Pacific Northwest company, founded in 2001 by engineer Mara Lindqvist, employs 200 people.`;
    expect(facts(text)).toContain('FOUNDED Mara Lindqvist -> Alder Creek Pumps');
    expect(facts(text)).not.toContain('FOUNDED Mara Lindqvist -> Brantley Industrial Inc');
  });

  it('points "The West Yorkshire company" at the company placed there', () => {
    const text =
      'Kerrow Group said on Monday it had agreed to buy West Yorkshire drone maker Skyquill for $40 million. ' +
      'The West Yorkshire company, founded in 2015 by engineer Dana Reyes, employs 60 people.';
    expect(facts(text)).toContain('FOUNDED Dana Reyes -> Skyquill');
  });

  it('points nowhere when the article placed no company there', () => {
    const text =
      'Harwick Foods Plc agreed to buy Black Country pet food maker Tipley Tails for 40 million pounds. ' +
      'The West Midlands company, founded in 2009 by vet Gareth Price, employs 120 people.';
    expect(facts(text)).not.toContain('FOUNDED Gareth Price -> Harwick Foods Plc');
  });
});
