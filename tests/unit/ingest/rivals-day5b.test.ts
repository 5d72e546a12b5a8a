import { facts, run } from './helpers';

/** Rival pairs of a text, each pair sorted and written "A ~ B". */
function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

const FR_OPENING = 'Le fabricant nantais Orvelis produit des chaudières. ';
const EN_OPENING = 'Orvelis Inc. makes pumps. ';

describe('French rivalry told as a pursuit or an attack on ground', () => {
  it.each([
    [`${FR_OPENING}Orvelis part à l'assaut de Brenmar sur le marché espagnol.`, 'Orvelis', 'Brenmar'],
    [`${FR_OPENING}Orvelis taille des croupières à Brenmar dans le Sud-Ouest.`, 'Orvelis', 'Brenmar'],
    [
      `${FR_OPENING}Orvelis fait désormais de l'ombre au groupe Brenmar sur le haut de gamme.`,
      'Orvelis',
      'Brenmar',
    ],
    [`${FR_OPENING}Orvelis vise les clients de Brenmar avec une offre de location.`, 'Orvelis', 'Brenmar'],
    [`${FR_OPENING}Orvelis partage le marché des collectivités avec Brenmar.`, 'Orvelis', 'Brenmar'],
    [`${FR_OPENING}Orvelis marche aussi sur les plates-bandes de Brenmar.`, 'Orvelis', 'Brenmar'],
    [`${FR_OPENING}Derrière le leader Brenmar, Orvelis gagne du terrain.`, 'Orvelis', 'Brenmar'],
  ])('%s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it.each([
    `${FR_OPENING}Orvelis ne fait pas d'ombre à Brenmar, son principal client.`,
    `${FR_OPENING}Orvelis partage ses locaux avec Brenmar à Nantes.`,
    `${FR_OPENING}Derrière la gare, Orvelis a ouvert un atelier loué à Brenmar.`,
    `${FR_OPENING}Orvelis vise une introduction en Bourse avec l'aide de Brenmar.`,
  ])('no rivalry: %s', (text) => {
    expect(has(text, 'Orvelis', 'Brenmar')).toBe(false);
  });
});

describe('a market told by its ranking or its incumbents', () => {
  it('pairs the leader and the firms that follow it, and those with one another', () => {
    const text =
      'Sur le marché des robots de traite, le suédois Halvik domine, suivi de Brenmar et de Quintel.';
    expect(has(text, 'Halvik', 'Brenmar')).toBe(true);
    expect(has(text, 'Halvik', 'Quintel')).toBe(true);
    expect(has(text, 'Brenmar', 'Quintel')).toBe(true);
  });

  it('reads the passive "dominated by A, followed by B and C"', () => {
    const text = 'The market for milking robots is dominated by Halvik, followed by Brenmar and Quintel.';
    expect(has(text, 'Halvik', 'Brenmar')).toBe(true);
    expect(has(text, 'Brenmar', 'Quintel')).toBe(true);
  });

  it('pairs a list named as the heavyweights of a sector', () => {
    const text =
      'Halvik, Brenmar et Quintel, les trois poids lourds du secteur, se partagent les grands comptes.';
    expect(has(text, 'Halvik', 'Brenmar')).toBe(true);
    expect(has(text, 'Brenmar', 'Quintel')).toBe(true);
  });

  it('pairs a newcomer with the incumbents of a market "où évoluent déjà A et B"', () => {
    const text = `${FR_OPENING}Orvelis s'attaque à un marché où évoluent déjà Halvik et Brenmar.`;
    expect(has(text, 'Orvelis', 'Halvik')).toBe(true);
    expect(has(text, 'Orvelis', 'Brenmar')).toBe(true);
  });

  it('does not pair shareholders listed after a company, nor a sequence without a dominant firm', () => {
    expect(rivals('Halvik, Brenmar et Quintel, les trois actionnaires du groupe, ont voté contre.')).toEqual(
      [],
    );
    expect(
      has(
        'Halvik a ouvert une usine, suivi de près par les élus de la région et Brenmar.',
        'Halvik',
        'Brenmar',
      ),
    ).toBe(false);
  });
});

describe('fronted rivals before a pronoun subject', () => {
  it('gives the rivals of "Face aux concurrents A et B, elle …" to the article company', () => {
    const text =
      'La jeune pousse Orvelis, fondée par Claire Vasseur, vend des chaudières connectées. ' +
      'Face aux concurrents historiques Halvik et Brenmar, elle mise sur la location.';
    expect(has(text, 'Orvelis', 'Halvik')).toBe(true);
    expect(has(text, 'Orvelis', 'Brenmar')).toBe(true);
  });

  it('reads no rival when the fronted phrase faces no company', () => {
    const text = `${FR_OPENING}Face à la hausse des prix, elle mise sur Brenmar, son fournisseur.`;
    expect(has(text, 'Orvelis', 'Brenmar')).toBe(false);
  });
});

describe('English pursuit figures', () => {
  it.each([
    [`${EN_OPENING}Orvelis is trying to catch up with Brenmar in heat pumps.`, 'Orvelis Inc', 'Brenmar'],
    [`${EN_OPENING}Orvelis takes aim at Brenmar with a cheaper unit.`, 'Orvelis Inc', 'Brenmar'],
    [`${EN_OPENING}Orvelis goes after Brenmar's hospital customers.`, 'Orvelis Inc', 'Brenmar'],
    [`${EN_OPENING}Orvelis is eating into Brenmar's share of the hotel market.`, 'Orvelis Inc', 'Brenmar'],
    [`${EN_OPENING}Orvelis squares off against Brenmar in Ohio.`, 'Orvelis Inc', 'Brenmar'],
    [`${EN_OPENING}Orvelis also faces Brenmar in the hospital market.`, 'Orvelis Inc', 'Brenmar'],
    [`${EN_OPENING}The company's competitors also include Brenmar.`, 'Orvelis Inc', 'Brenmar'],
  ])('%s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it.each([
    `${EN_OPENING}Orvelis counts Brenmar and Quintel among its customers.`,
    `${EN_OPENING}Orvelis faces a lawsuit brought by Brenmar.`,
    `${EN_OPENING}Orvelis faces Brenmar in court over a patent.`,
    `${EN_OPENING}Orvelis is not catching up with Brenmar, its main supplier.`,
  ])('no rivalry: %s', (text) => {
    expect(has(text, 'Orvelis Inc', 'Brenmar')).toBe(false);
  });
});
