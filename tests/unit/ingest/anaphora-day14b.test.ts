/**
 * Day fourteen, round two, singular pointers: a company the lead tells a stake or an investment went into is the
 * story's company and no investment firm, whatever its name ends with ("Lumen Dental Partners", "Natura Capital"),
 * so "It competes …" / "L'entreprise affronte …" later is that company; "Son fondateur" right after a sentence
 * recalling a purchase ("X had already bought Y") is the founder of the company bought. Variants of each class and
 * near-misses. Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

/** "source -> target" pairs of the type, for an article with its headline. */
function pairs(type: string, title: string, body: string): string[] {
  const article = extractArticle({
    file: 'test',
    title,
    text: `${title}\n\n${body}`,
    published: '2026-03-12',
  });
  return article.relations.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('the company a stake or an investment goes into is the story, not its investor', () => {
  it.each([
    [
      'Harbourview takes minority stake in Lumen Dental Partners',
      "Private equity firm Harbourview Capital has agreed to take a 30% minority stake in Lumen Dental Partners, a Dublin-based group of 48 dental clinics.\n\nHarbourview is investing €45 million in new shares.\n\nLumen's largest customers include health insurers Laya Healthcare and Irish Life Health.\n\nIt competes with Dentacare Ireland and Smile Dental Care.",
      'Lumen Dental Partners',
      'Harbourview Capital',
    ],
    [
      'Alder Ventures leads €20 million round in Brightwell Partners',
      'Alder Ventures has led a €20 million investment in Brightwell Partners, a Leeds-based chain of opticians.\n\nAlder Ventures is investing through its second fund.\n\nIt competes with Specsavers and Vision Express.',
      'Brightwell Partners',
      'Alder Ventures',
    ],
    [
      'Atalante Partenaires entre au capital de Natura Capital',
      "Le fonds lyonnais Atalante Partenaires prend une participation minoritaire de 35 % dans Natura Capital, exploitant de campings haut de gamme.\n\nAtalante Partenaires investit 20 millions d'euros.\n\nL'entreprise affronte les groupes Sandaya et Huttopia.",
      'Natura Capital',
      'Atalante Partenaires',
    ],
  ])('reads the rivals of the company invested in: "%s"', (title, body, company, investor) => {
    const rivals = pairs('COMPETES_WITH', title, body);
    expect(rivals.filter((p) => p.includes(company))).toHaveLength(2);
    expect(rivals.filter((p) => p.includes(investor))).toEqual([]);
  });

  it('leaves an investment firm the story of its own fund closing', () => {
    const rivals = pairs(
      'COMPETES_WITH',
      'Harbourview Capital closes third fund at €700 million',
      'Private equity firm Harbourview Capital has closed its third fund at €700 million, above its target.\n\nThe firm manages €2.1 billion.\n\nIt competes with Livingbridge and Inflexion for deals in Irish healthcare.',
    );
    expect(rivals.filter((p) => p.includes('Harbourview Capital'))).toHaveLength(2);
  });
});

describe('"Son fondateur" after a recalled purchase is the founder of the company bought', () => {
  it.each([
    [
      'Corvane to buy Lumetra',
      "Corvane Health said on Tuesday it had agreed to acquire Lumetra Diagnostics for $310 million. Corvane had already bought Ridgeway Imaging last year. Its founder, Tom Reyes, will join Corvane's board.",
      'Tom Reyes -> Ridgeway Imaging',
    ],
    [
      'Le groupe Maréchal rachète Frigolog',
      'Le groupe de transport Maréchal a annoncé mardi le rachat de Frigolog, spécialiste du froid. Maréchal avait déjà repris en 2022 le lyonnais Rhône Express. Son fondateur, Paul Girard, reste conseiller du groupe.',
      'Paul Girard -> Rhône Express',
    ],
    [
      'Solvéo et Hydrelis finalisent leur fusion',
      "Les producteurs d'électricité Solvéo et Hydrelis ont finalisé mardi leur fusion, qui donne naissance à Solvéo Hydrelis Énergies. Chez Hydrelis, la société avait par ailleurs racheté en janvier Aquaflux, spécialisée dans la maintenance des turbines. Son fondateur, Lukas Meier, rejoint le comité exécutif du nouveau groupe.",
      'Lukas Meier -> Aquaflux',
    ],
  ])('reads "%s"', (title, body, expected) => {
    expect(pairs('FOUNDED', title, body)).toEqual([expected]);
  });

  it.each([
    [
      'Le groupe Maréchal rachète Frigolog',
      'Le groupe de transport Maréchal a annoncé mardi le rachat de Frigolog, spécialiste du froid. Maréchal avait déjà été racheté en 2022 par le fonds Ardian. Son fondateur, Paul Girard, reste conseiller du groupe.',
      'Paul Girard -> Maréchal',
    ],
    [
      'Corvane to buy Lumetra',
      "Corvane Health said on Tuesday it had agreed to acquire Lumetra Diagnostics for $310 million. Corvane had previously held talks with Ridgeway Imaging. Its founder, Tom Reyes, will join Corvane's board.",
      'Tom Reyes -> Corvane Health',
    ],
  ])('keeps the subject when the recalled deal bought no named company: "%s"', (title, body, expected) => {
    expect(pairs('FOUNDED', title, body)).toEqual([expected]);
  });
});

describe('a nationality points at the company told as based in one of its cities', () => {
  const acquired = (text: string) => {
    const article = extractArticle({ file: 'test', title: null, text, published: '2026-03-12' });
    return article.relations.filter((r) => r.type === 'ACQUIRED').map((r) => `${r.source} -> ${r.target}`);
  };

  it.each([
    [
      'Stockholm-based Tallwave Audio was bought in 2022 by Nordic group Hallberg Media Group. The Swedish network went on to buy Danish true-crime studio Mork Lyd a year later.',
      'Tallwave Audio -> Mork Lyd',
    ],
    [
      'Copenhagen-based Nordlys was bought in 2022 by Hallberg Media Group. The Danish network went on to buy Swedish studio Mork Lyd a year later.',
      'Nordlys -> Mork Lyd',
    ],
    [
      'Zurich-based Alpaca Pay was bought in 2022 by Hallberg Media Group. The Swiss platform went on to buy German start-up Zahlwerk a year later.',
      'Alpaca Pay -> Zahlwerk',
    ],
    [
      'Le distributeur Pharmavie, basé à Lyon, a été racheté en 2022 par le groupe Hallberg. Le réseau lyonnais a ensuite racheté Santéo.',
      'Pharmavie -> Santéo',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(acquired(text)).toContain(expected);
  });

  it('leaves a nationality no company was told of', () => {
    const text =
      'Stockholm-based Tallwave Audio was bought in 2022 by Hallberg Media Group. The Norwegian network went on to buy Mork Lyd a year later.';
    expect(acquired(text)).toEqual(['Hallberg Media Group -> Tallwave Audio']);
  });
});
