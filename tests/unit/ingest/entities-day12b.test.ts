import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity classes of the twelfth day's second round: a sector word closing a name makes a company even after a
 * given name ("Sofia Agri", "Westbury Mutual"), a wire tag with its count ("UPDATE 2-") opens the headline so the
 * trade noun after it is cut, and a one-word name before "and" stays apart from a whole name of its own ("Northzone
 * and Lloyds Banking Group"). Every sentence is written for this file; the invented names stand for classes.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('a sector word at the end of a name makes it a company, even after a given name', () => {
  it.each([
    [
      'Harwell sold its stake in ClaimHub to its partner Westbury Mutual for 18 million pounds.',
      'Westbury Mutual',
    ],
    ['The insurer Harriet Mutual bought the broker last year.', 'Harriet Mutual'],
    ['Ses concurrents restent des indépendants comme Océane Camping et Oyat Vacances.', 'Océane Camping'],
    ['Ses concurrents sont des exploitants comme Camille Camping et Oyat Vacances.', 'Camille Camping'],
    [
      'Ses actionnaires historiques, Sofia Agri et le business angel Jean-Marc Delorme, remettent au pot.',
      'Sofia Agri',
    ],
    ['La start-up compte parmi ses actionnaires Sofia Agri et Bpifrance.', 'Sofia Agri'],
  ])('"%s" has the company %s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    ['Sofia Martin a rejoint la société Lumeo en 2024.', 'Sofia Martin'],
    ['Westbury chief executive Camille Martin said the deal made sense.', 'Camille Martin'],
  ])('"%s" keeps the person %s', (text, name) => {
    expect(types(text).get(name)).toBe('Person');
  });
});

describe('a wire tag with its count opens the headline', () => {
  it.each([
    ['UPDATE 2-Lender Harlow to buy payments startup Quillpay for $275 mln', 'Harlow', 'Lender Harlow'],
    ['UPDATE 1-Insurer Calderwood agrees to buy Finchley Re', 'Calderwood', 'Insurer Calderwood'],
    ['UPDATE 3-Retailer Brightmart weighs sale of its logistics unit', 'Brightmart', 'Retailer Brightmart'],
  ])('"%s" names %s, not %s', (text, name, glued) => {
    const found = types(text);
    expect(found.get(name)).toBe('Organization');
    expect(found.has(glued)).toBe(false);
  });

  it('keeps a capitalised word that is no trade noun', () => {
    const text = 'UPDATE 2-Brightmart Logistics to buy payments startup Quillpay';
    expect(types(text).get('Brightmart Logistics')).toBe('Organization');
  });
});

describe('a one-word name before "and" and a whole name of its own are two companies', () => {
  it.each([
    [
      'Its investors include venture capital firm Northzone and Lloyds Banking Group.',
      'Northzone',
      'Lloyds Banking Group',
    ],
    [
      'The round was led by Northzone and Lloyds Banking Group, the startup said.',
      'Northzone',
      'Lloyds Banking Group',
    ],
    [
      'Its backers include Atomico and Standard Chartered Bank, which joined in 2021.',
      'Atomico',
      'Standard Chartered Bank',
    ],
    [
      'Seedcamp and Santander Digital Group invested 4 million pounds in the startup.',
      'Seedcamp',
      'Santander Digital Group',
    ],
  ])('"%s" has %s and %s', (text, a, b) => {
    const found = types(text);
    expect(found.get(a)).toBe('Organization');
    expect(found.get(b)).toBe('Organization');
  });

  it.each([
    [
      'The Knut and Alice Wallenberg Foundation gave 10 million kronor.',
      'Knut and Alice Wallenberg Foundation',
    ],
    ['Marks and Spencer Group said on Tuesday its sales rose.', 'Marks and Spencer Group'],
    ['Smith and Nephew Holdings Plc said profit rose.', 'Smith and Nephew Holdings Plc'],
  ])('"%s" keeps the one name %s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });
});

describe('after a French cue noun a name carries an articled "de" complement', () => {
  it.each([
    [
      'Le fonds régional Pays de la Loire Participations, entré au capital en 2021, a vendu ses parts.',
      'Pays de la Loire Participations',
    ],
    ["Val de Sèvre avait déjà absorbé en 2022 la coopérative Terres de l'Yon.", "Terres de l'Yon"],
    ['La société Ateliers de la Vienne a racheté la société Lumeo.', 'Ateliers de la Vienne'],
    ["Le groupe Fromageries de l'Aubrac a repris la laiterie Plexo.", "Fromageries de l'Aubrac"],
  ])('"%s" has the whole name %s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    ['Le fabricant Lumeo de la Loire a racheté la société Plexo.', 'Lumeo'],
    ["Le groupe Lumeo de l'Isère a racheté la société Plexo.", 'Lumeo'],
    ['Le groupe Lumeo de la famille Martin a racheté la société Plexo.', 'Lumeo'],
  ])('"%s" stops %s before the place or the family', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });
});

describe('a state body whose head is also a given name, and coordinated adjectives of a public body', () => {
  it.each([
    ["La PME compte parmi ses clients la Marine nationale et l'industriel Navalis.", 'Marine nationale'],
    ["Thalor fournit notamment l'Armée de terre et la Marine nationale.", 'Marine nationale'],
    ['La Garde républicaine et la Police nationale ont été mobilisées.', 'Garde républicaine'],
    [
      "L'Autorité de régulation de la communication audiovisuelle et numérique (Arcom) n'a pas à se prononcer.",
      'Autorité de régulation de la communication audiovisuelle et numérique',
    ],
    [
      "L'Agence nationale et européenne de la recherche finance Lumeo.",
      'Agence nationale et européenne de la recherche',
    ],
  ])('"%s" has the body %s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    ['Marine Le Pen a critiqué le projet.', 'Marine Le Pen'],
    ['Marine Dupont, directrice de Lumeo, a signé.', 'Marine Dupont'],
  ])('"%s" keeps the person %s', (text, name) => {
    expect(types(text).get(name)).toBe('Person');
  });
});

describe('French trade agent nouns announce the company after them', () => {
  it.each([
    ['Vauclair Industries et le motoriste Safrel ont constitué une coentreprise.', 'Safrel'],
    ["L'équipementier Valmora fournit les chantiers navals.", 'Valmora'],
    ['Le fonds a déjà accompagné le loueur de matériel Skimotion et le transporteur Altibus.', 'Skimotion'],
    [
      "Ces deux jeunes pousses affrontent sur le marché français l'allemand Kraftspeicher et le britannique GridVault.",
      'Kraftspeicher',
    ],
  ])('"%s" has the company %s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it('keeps a person named after the noun', () => {
    expect(types('Le loueur Thomas Langmann a racheté la société Lumeo.').get('Thomas Langmann')).toBe(
      'Person',
    );
  });
});

describe("a country's possessive or a nationality and a trade noun name the firm after them", () => {
  it.each([
    [
      "The bank has financed storage projects by Greek developer Helion Grid, Poland's Baltstore and Italy's Accumula.",
      'Baltstore',
    ],
    ["The bank has financed storage projects by Poland's Baltstore and Italy's Accumula.", 'Accumula'],
    ['Rheinfracht agreed to buy Germany’s Truckbase for 40 million euros.', 'Truckbase'],
    ["Trailhead competes with South Korea's Kinetik in the logistics software market.", 'Kinetik'],
    ['Earlier deals include the purchase of Danish payroll tool Lønly in 2023.', 'Lønly'],
  ])('"%s" has the company %s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    ["Germany's Olaf Scholz welcomed the takeover of the startup.", 'Olaf Scholz'],
    ["Poland's Anna Nowak, the startup's chief executive, said the deal made sense.", 'Anna Nowak'],
  ])('"%s" keeps the person %s', (text, name) => {
    expect(types(text).get(name)).toBe('Person');
  });
});
