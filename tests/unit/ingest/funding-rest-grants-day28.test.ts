import { extractArticle } from '../../../ingest/extract';
import { facts, fundedAfterLead, pair } from './helpers';

/**
 * Day twenty-eight, FUNDED: the givers of the rest of a financing ("B a apporté le solde", "the rest of the equity,
 * £18 million, was put up by B", a lender after "le reste étant couvert par" funds the company, not the subject
 * that gave the first share; `frames/funded-share-givers.ts`, `frames/funded-rest-providers.ts`,
 * `frames/funded-rest-clause.ts`); subscribers of an issue beside "la trésorerie du groupe" or a lender
 * (`frames/funded-subscribers.ts`); a backer named after another's aside with the preposition said again ("A, le
 * fonds de la région, et par B", `pattern-list-aside.ts`) and the backers "accompanying" an investor of the round
 * (`frames/funded-investor-not-company.ts`); grants told with a clitic or a dative before the money
 * (`frames/funded-fr-granted-aid.ts`); "won a grant from" (`frames/funded-holder-rules.ts`); a region's council
 * known as "région X" too and never folded into a longer name opening with the region
 * (`resolve/region-council-names.ts`). Sentences written for these tests.
 */

/** FUNDED pairs of a headline, a lead about the company raising, then the sentences read. */
function funded(title: string, lead: string, sentence: string): string[] {
  return fundedAfterLead(title, lead, sentence, '2026-11-29');
}

const FR_TITLE = 'Salinéa lève 14 millions d’euros';
const FR_LEAD =
  "La start-up guérandaise Salinéa, qui automatise la récolte du sel, a annoncé mardi une levée de 14 millions d'euros.";
const EN_TITLE = 'Quayside Robotics raises £26 million';
const EN_LEAD =
  'Quayside Robotics, a Bristol maker of hull-cleaning drones, said on Tuesday it had raised £26 million.';
const fr = (sentence: string): string[] => funded(FR_TITLE, FR_LEAD, sentence);
const en = (sentence: string): string[] => funded(EN_TITLE, EN_LEAD, sentence);

describe('the givers of the rest of a financing fund the company', () => {
  test('fr: "la banque B a apporté le solde sous forme de prêt"', () => {
    const got = fr(
      "Le fonds nantais Marépargne met 9 millions d'euros et la Banque Kerlys a apporté le solde sous forme de prêt.",
    );
    expect(got).toContain('Banque Kerlys -> Salinéa');
    expect(got).not.toContain('Marépargne -> Banque Kerlys');
  });

  test('fr: "le reste des fonds propres, soit 8 M€, a été apporté par A et par B"', () => {
    const got = fr(
      "Le reste des fonds propres, soit 8 millions d'euros, a été apporté par la holding Brévalis et par le fonds Littoral Invest.",
    );
    expect(got).toEqual(expect.arrayContaining(['Brévalis -> Salinéa', 'Littoral Invest -> Salinéa']));
  });

  test('en: "the rest of the equity, £12 million, was put up by A and by B"', () => {
    const got = en(
      'The rest of the equity, £12 million, was put up by Severn Angels and by returning backer Clifton Ventures.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['Severn Angels -> Quayside Robotics', 'Clifton Ventures -> Quayside Robotics']),
    );
  });

  test('near miss: the rest of a price paid by a buyer is no funding', () => {
    const got = fr(
      "Salinéa rachète le négociant Sel de l'Ouest ; le reste du prix, soit 2 millions d'euros, sera versé par Salinéa en 2027.",
    );
    expect(got.filter((p) => p.startsWith('Salinéa ->'))).toEqual([]);
  });
});

describe('a lender of the rest funds the company, not the subject that gave the first share', () => {
  test('fr: "A apporte 8 M€, le reste étant couvert par un emprunt bancaire auprès de la banque B"', () => {
    const got = fr(
      "Le fonds Marépargne apporte 8 millions d'euros, le reste étant couvert par un emprunt bancaire auprès de la Banque Kerlys.",
    );
    expect(got).toContain('Banque Kerlys -> Salinéa');
    expect(got).not.toContain('Banque Kerlys -> Marépargne');
  });

  test('en: "A put in £20m, and the balance came from a term loan provided by B"', () => {
    const got = en(
      'Avon Growth Partners put in £20 million, and the balance came from a term loan provided by Harbour Bank.',
    );
    expect(got).toContain('Harbour Bank -> Quayside Robotics');
    expect(got).not.toContain('Harbour Bank -> Avon Growth Partners');
  });

  test('near miss: a company raising the money keeps its lender ("A lève 5 M€, le reste étant …")', () => {
    const got = fr(
      "Salinéa a levé 10 millions d'euros en fonds propres, le reste étant couvert par un emprunt auprès de la Banque Kerlys.",
    );
    expect(got).toContain('Banque Kerlys -> Salinéa');
  });
});

describe('the subscribers of an issue beside the group’s cash or a lender', () => {
  test('fr: "Le solde provient d\'une émission obligataire, souscrite par A, et de la trésorerie du groupe"', () => {
    const got = fr(
      "Le solde provient d'une émission obligataire de 5 millions d'euros, souscrite en totalité par le fonds Océdette, et de la trésorerie du groupe.",
    );
    expect(got).toContain('Océdette -> Salinéa');
  });

  test('fr: a lender "auprès du Crédit X" after the subscriber is no issuer', () => {
    const got = fr(
      "La dette comprend une émission obligataire de 3 millions d'euros souscrite par le fonds Océdette, le solde étant couvert par un emprunt auprès du Crédit Maritime.",
    );
    expect(got).toEqual(expect.arrayContaining(['Océdette -> Salinéa', 'Crédit Maritime -> Salinéa']));
  });

  test('near miss: a subscriber that is a shareholder of another named company leaves the issuer in doubt', () => {
    const got = fr(
      "Une émission obligataire de 3 millions d'euros a été souscrite par le fonds Océdette, actionnaire du chantier Navalis.",
    );
    expect(got).not.toContain('Océdette -> Navalis');
  });
});

describe('a backer named after another backer’s aside joins the round', () => {
  const LED = 'Le tour de table est mené par le fonds parisien Amarre Capital. ';

  test('fr: "A est accompagné par B, le fonds de la région, et par le groupe C"', () => {
    const got = fr(
      `${LED}Amarre Capital est accompagné par Atlantique Participations, le fonds d'investissement de la région, et par le groupe coopératif Terres Salines, qui investit pour la première fois.`,
    );
    expect(got).toEqual(
      expect.arrayContaining([
        'Amarre Capital -> Salinéa',
        'Atlantique Participations -> Salinéa',
        'Terres Salines -> Salinéa',
      ]),
    );
    expect(got.filter((p) => p.endsWith('-> Amarre Capital'))).toEqual([]);
  });

  test('en: "backed by A, the state investor, and by B"', () => {
    const got = en(
      'Quayside Robotics is backed by Severn Fund, the regional investor, and by Clifton Ventures.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['Severn Fund -> Quayside Robotics', 'Clifton Ventures -> Quayside Robotics']),
    );
  });

  test('fr: an investor told only by its stake is "accompanied" by a co-investor of the round', () => {
    const got = fr(
      "Le fonds Amarre Capital prend une participation minoritaire de 20 % au capital de l'entreprise. Amarre Capital est accompagné par la holding Brévalis, qui apporte 2 millions d'euros.",
    );
    expect(got).toContain('Brévalis -> Salinéa');
    expect(got).not.toContain('Brévalis -> Amarre Capital');
  });

  test('near miss: a company that raised money keeps its backers ("Y lève … Y est accompagnée par A")', () => {
    const got = fr(
      "Le chantier Navalis a levé 3 millions d'euros en 2024. Navalis est accompagné par le fonds Littoral Invest depuis sa création.",
    );
    expect(got).toContain('Littoral Invest -> Navalis');
  });
});

describe('"le Fonds X", a name opening on the fund noun, is no pointer at the fund told before', () => {
  test('fr: "Sillon Ventures et le Fonds Cléantech Avenir" after another fund', () => {
    const got = fr(
      'Le fonds Amarre Capital mène le tour. Les actionnaires historiques de la société, Littoral Invest et le Fonds Marée Verte, ont remis au pot.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['Littoral Invest -> Salinéa', 'Fonds Marée Verte -> Salinéa']),
    );
  });

  test('near miss: a bare "le fonds" still points at the fund told before', () => {
    const got = fr(
      "Salinéa a levé 14 millions d'euros auprès du fonds Amarre Capital. Le fonds avait déjà investi dans le chantier Navalis en 2023.",
    );
    expect(got).toContain('Amarre Capital -> Navalis');
  });
});

describe('those an investor enters the capital beside, with a descriptor before the first', () => {
  test('fr: "A, qui entre au capital aux côtés du fonds de capital-risque B et de la holding familiale C"', () => {
    const got = fr(
      "L'opération est menée par le fonds nantais Amarre Capital, qui entre au capital aux côtés du fonds d'amorçage Littoral Invest et de la holding familiale Brévalis.",
    );
    expect(got).toEqual(
      expect.arrayContaining([
        'Amarre Capital -> Salinéa',
        'Littoral Invest -> Salinéa',
        'Brévalis -> Salinéa',
      ]),
    );
  });

  test('near miss: beside a buyer taking control, no funding', () => {
    const got = fr(
      'Le fonds Amarre Capital reprend le chantier Navalis : il entre au capital aux côtés de la holding Brévalis et prend le contrôle.',
    );
    expect(got).not.toContain('Brévalis -> Navalis');
    expect(got).not.toContain('Brévalis -> Salinéa');
  });
});

describe('a grant told with a clitic or a dative before the money', () => {
  test('fr: "La région R lui a par ailleurs attribué l\'an dernier une subvention de 300 000 euros"', () => {
    const got = fr(
      "La région Bretagne lui a par ailleurs attribué l'an dernier une subvention de 300 000 euros pour son banc d'essai.",
    );
    expect(got).toContain('Bretagne -> Salinéa');
  });

  test('fr: "B accorde à Y une aide à l\'innovation de 2 M€, et C lui prête 1 M€"', () => {
    const got = fr(
      "Bpifrance accorde à Salinéa une aide à l'innovation de 2 millions d'euros, et la Banque des Territoires lui prête 1 million d'euros.",
    );
    expect(got).toEqual(
      expect.arrayContaining(['Bpifrance -> Salinéa', 'Banque des Territoires -> Salinéa']),
    );
    expect(got).not.toContain('Banque des Territoires -> Bpifrance');
  });

  test('fr: "A apporte un prêt, et B a accordé à la société une subvention": the pointer is the round company', () => {
    const got = fr(
      "Bpifrance apporte un prêt d'innovation de 2 millions d'euros, et l'Ademe a accordé à la société une subvention de 800 000 euros.",
    );
    expect(got).toContain('Ademe -> Salinéa');
    expect(got).not.toContain('Ademe -> Bpifrance');
  });

  test('near miss: help with no sum ("lui a apporté une aide technique")', () => {
    const got = fr('La région Bretagne lui a apporté une aide technique pour trouver un terrain.');
    expect(got).not.toContain('Bretagne -> Salinéa');
  });

  test('en: "it won a £2 million grant from A"', () => {
    const got = en('Last year it won a £2 million grant from Innovate UK to build a test tank.');
    expect(got).toContain('Innovate UK -> Quayside Robotics');
  });

  test('near miss: "won a contract from A" is an order, not money', () => {
    const got = en('Last year it won a £2 million contract from Associated British Ports.');
    expect(got).not.toContain('Associated British Ports -> Quayside Robotics');
  });
});

describe('a region’s council after "la région"', () => {
  const text =
    "Salinéa lève 14 millions d'euros\n\nSalinéa a levé 14 millions d'euros auprès de Pays de la Loire Participations. La région Pays de la Loire lui a par ailleurs versé l'an dernier une subvention de 300 000 euros.";
  const article = extractArticle({ file: 'test', text, published: '2026-11-29' });

  test('is known as "région X" too, and is not folded into the fund named after the region', () => {
    const council = article.entities.find((e) => e.name === 'Pays de la Loire');
    expect(council?.aliases).toContain('région Pays de la Loire');
    expect(article.entities.map((e) => e.name)).toContain('Pays de la Loire Participations');
    const pairs = facts(article, 'FUNDED').map(pair);
    expect(pairs).toEqual(
      expect.arrayContaining(['Pays de la Loire Participations -> Salinéa', 'Pays de la Loire -> Salinéa']),
    );
  });

  test('near miss: "la Région Occitanie", capitalised, keeps its own name and takes no extra alias', () => {
    const other = extractArticle({
      file: 'test',
      text: "Salinéa lève 14 millions d'euros\n\nLa Région Occitanie a accordé à Salinéa une subvention de 200 000 euros.",
      published: '2026-11-29',
    });
    const region = other.entities.find((e) => e.name === 'Région Occitanie');
    expect(region?.aliases ?? []).not.toContain('région Région Occitanie');
  });
});
