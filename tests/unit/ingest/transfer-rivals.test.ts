import { facts, run } from './helpers';

/** Rival pairs of a text, each pair sorted and written "A ~ B". */
function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('rivalry told by idioms, in both languages', () => {
  it.each([
    [
      'The Bristol start-up Quorvia sells fleet software. Quorvia is chasing Demlar for the second spot.',
      'Quorvia',
      'Demlar',
    ],
    [
      "The Bristol start-up Quorvia sells fleet software. Quorvia's vans go head to head with Demlar in Wales.",
      'Quorvia',
      'Demlar',
    ],
    [
      'The Bristol start-up Quorvia sells fleet software. Quorvia has lost ground to Demlar since 2022.',
      'Quorvia',
      'Demlar',
    ],
    [
      "Le fabricant breton Quorvia produit des palettes. Le groupe se heurte désormais à l'offensive du belge Demlar.",
      'Quorvia',
      'Demlar',
    ],
    [
      'Le fabricant breton Quorvia produit des palettes. Quorvia chasse sur les terres du groupe Demlar en Normandie.',
      'Quorvia',
      'Demlar',
    ],
  ])('%s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it('reads a challenger of a company as its rival', () => {
    const text =
      "L'opérateur normand Quorvia déploie la fibre dans le bocage. Il se pose en challenger de Demlar sur les réseaux publics.";
    expect(has(text, 'Quorvia', 'Demlar')).toBe(true);
  });

  it('reads "Y is among the rivals" as a rival of the company the article is about', () => {
    const text =
      'Le fabricant breton Quorvia produit des palettes depuis vingt ans. Demlar fait aussi partie des concurrents cités par la direction.';
    expect(has(text, 'Quorvia', 'Demlar')).toBe(true);
  });

  it('does not read "X compte parmi ses rivaux A" as X being a rival of the topic', () => {
    const text =
      'Le fonds Bravel a investi dans la PME. Quorvia compte parmi ses rivaux Demlar et Setrix, selon le fonds.';
    expect(has(text, 'Quorvia', 'Bravel')).toBe(false);
    expect(has(text, 'Quorvia', 'Demlar')).toBe(true);
  });

  it('pairs "A and B are neck and neck" but not with a third company named elsewhere', () => {
    const text =
      'The Leeds firm Quorvia watches the market. Demlar and Setrix are neck and neck in Scotland.';
    expect(has(text, 'Demlar', 'Setrix')).toBe(true);
    expect(has(text, 'Quorvia', 'Demlar')).toBe(false);
  });

  it('gives "X, whose rivals include A and B, raised …" both rivalries and no funding of a rival', () => {
    const a = run(
      'The Leeds start-up Quorvia, whose rivals include Demlar and Setrix, raised $6m from Bravel Capital.',
    );
    const pairs = facts(a, 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
    expect(pairs).toEqual(expect.arrayContaining(['Demlar ~ Quorvia', 'Quorvia ~ Setrix']));
    const funded = facts(a, 'FUNDED').map((r) => r.target);
    expect(funded).toContain('Quorvia');
    expect(funded).not.toContain('Setrix');
  });
});

describe('rival lists that run past descriptors, colons and relatives', () => {
  it('reads the member after a described member ("au lyonnais A, déjà …, et au suédois B")', () => {
    const text =
      "La medtech Quorvia lève 5 millions d'euros. Elle se mesure au nantais Demlar, bien installé dans les cliniques, et au danois Setrix.";
    expect(has(text, 'Quorvia', 'Demlar')).toBe(true);
    expect(has(text, 'Quorvia', 'Setrix')).toBe(true);
  });

  it('reads rivals after a colon ("affronte des poids lourds : les groupes A et B")', () => {
    const text =
      'Le fabricant nantais Quorvia produit des biscuits. Sur ce rayon, Quorvia affronte deux géants : les confiseries Demlar et Setrix.';
    expect(has(text, 'Quorvia', 'Demlar')).toBe(true);
    expect(has(text, 'Quorvia', 'Setrix')).toBe(true);
  });

  it('reads fronted rivals ("Face à des concurrents comme A ou B, X …") without pairing A and B', () => {
    const text =
      'Le fabricant nantais Quorvia produit des biscuits. Face à des concurrents bien plus gros comme Demlar ou Setrix, Quorvia mise sur le bio.';
    expect(has(text, 'Quorvia', 'Demlar')).toBe(true);
    expect(has(text, 'Quorvia', 'Setrix')).toBe(true);
    expect(has(text, 'Demlar', 'Setrix')).toBe(false);
  });

  it('still reads a plain fronted rival ("Face à A, X …") and keeps a list joined by "et" whole', () => {
    expect(
      has(
        'Le fabricant nantais Quorvia produit des biscuits. Face à Demlar, Quorvia mise sur le bio.',
        'Quorvia',
        'Demlar',
      ),
    ).toBe(true);
    const listed =
      'Le fabricant nantais Quorvia produit des biscuits. Nous étions trop petits pour peser face à Demlar, Setrix et Vonta.';
    expect(has(listed, 'Demlar', 'Setrix')).toBe(false);
  });

  it('steps over any adverb between a rivalry verb and its object', () => {
    const text =
      'The Leeds start-up Quorvia sells fleet software. Quorvia competes mainly with Demlar and Setrix.';
    expect(has(text, 'Quorvia', 'Demlar')).toBe(true);
    expect(has(text, 'Quorvia', 'Setrix')).toBe(true);
  });
});
