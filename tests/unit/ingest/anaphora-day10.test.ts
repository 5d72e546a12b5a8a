/**
 * Day ten's anaphora round: classes of pointers, each read in its variants (other verbs of the family, tense, order,
 * language) with a near-miss that must not be read. Sentences written for these tests.
 */
import { articleUnits, relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

/** Rivalry is symmetric: each pair with its ends sorted. */
function rivals(rels: ExtractedRelation[]): string[] {
  return rels.filter((r) => r.type === 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' <> '));
}

describe('"il est" before a participle only a company takes is the company, not the impersonal "il"', () => {
  const lead = 'Le groupe nantais Frigaline a racheté le transporteur Rhône Froid en 2024. ';

  it.each([
    ['Il est détenu depuis 2019 par le fonds Azur Capital.', 'ACQUIRED', 'Azur Capital -> Frigaline'],
    ['Il est majoritairement détenu par le fonds Azur Capital.', 'ACQUIRED', 'Azur Capital -> Frigaline'],
    ['Il est dirigé depuis dix ans par Philippe Aubry.', 'LEADS', 'Philippe Aubry -> Frigaline'],
    ['Il était présidé depuis 2015 par Philippe Aubry.', 'LEADS', 'Philippe Aubry -> Frigaline'],
  ])('reads "%s"', (sentence, type, expected) => {
    expect(pairs(relationsOf(lead + sentence), type)).toContain(expected);
  });

  it('leaves "il est prévu", "il est question" impersonal', () => {
    const units = articleUnits(
      lead + 'Il est prévu que le groupe ouvre un entrepôt. Il est question d’une usine.',
    );
    expect(units[1]).toMatch(/^Il est prévu/);
    expect(units[2]).toMatch(/^Il est question/);
  });
});

describe('a person’s object pronoun stands for the company they founded or run', () => {
  it.each([
    [
      'Le groupe Alpha Froid a racheté Beta Services en 2024. Son président, Thibault Lecomte, qui l’a cofondé en 2004, ne cache pas ses ambitions.',
      'FOUNDED',
      'Thibault Lecomte -> Alpha Froid',
    ],
    [
      'Le groupe Alpha Froid a racheté Beta Services en 2024. Son président, Thibault Lecomte, qui l’avait créé en 2004, est optimiste.',
      'FOUNDED',
      'Thibault Lecomte -> Alpha Froid',
    ],
    [
      'La PME Gamma Transports est rachetée par Alpha Froid. Sa fille, Gwenola Morvan, qui la dirige depuis 2015, restera.',
      'LEADS',
      'Gwenola Morvan -> Gamma Transports',
    ],
    [
      'La PME Gamma Transports est rachetée par Alpha Froid. Son fils, Erwan Morvan, qui la préside depuis 2010, restera.',
      'LEADS',
      'Erwan Morvan -> Gamma Transports',
    ],
    [
      'Tembo Pay is run by Wanjiru Kamau, who co-founded it in 2021 with Daniel Otieno.',
      'FOUNDED',
      'Wanjiru Kamau -> Tembo Pay',
    ],
    ['Vaultline is led by Noa Ben-David, who founded it in 2021.', 'FOUNDED', 'Noa Ben-David -> Vaultline'],
    [
      'Brightpath Group sells software to insurers. Gareth Lloyd, who runs it from Cardiff, said sales rose.',
      'LEADS',
      'Gareth Lloyd -> Brightpath Group',
    ],
  ])('reads "%s"', (text, type, expected) => {
    expect(pairs(relationsOf(text), type)).toContain(expected);
  });

  it('takes the company a fronted founding phrase is about, named after the pronoun', () => {
    const text =
      'Le fonds Arkéa Capital mène le tour de table.\n\n' +
      'Fondée en 2017 par Gaëlle Marchetti, qui la dirige toujours, Corvelle vise 30 millions d’euros de chiffre d’affaires.';
    const leads = pairs(relationsOf(text), 'LEADS');
    expect(leads).toContain('Gaëlle Marchetti -> Corvelle');
    expect(leads).not.toContain('Gaëlle Marchetti -> Arkéa Capital');
  });

  it('reads no company where the pronoun is a noun’s article or the verb is no founding or heading', () => {
    const units = articleUnits(
      'Le groupe Alpha Froid a racheté Beta Services. Marie Durand, qui la connaît bien, salue l’opération. ' +
        'Marie Durand, la présidente du directoire, est confiante.',
    );
    expect(units[1]).toContain('qui la connaît');
    expect(units[2]).toContain('la présidente');
  });
});

describe('"le fonds", "the fund" stand for the investment firm named last', () => {
  it.each([
    [
      'Quorisk lève 25 millions d’euros. « Quorisk a construit le meilleur produit », souligne Xavier Lorenzi, cofondateur d’Averna Capital.\n\nLe fonds, qui gère 400 millions d’euros, avait déjà investi dans la fintech lyonnaise Monicap l’an dernier.',
      'Averna Capital -> Monicap',
    ],
    [
      'Litéo lève 8 millions d’euros. « Nous avons été convaincus », explique Margaux Lind, associée chez Ardenvale Capital.\n\nLe fonds avait déjà investi dans la marque de litière Litéa.',
      'Ardenvale Capital -> Litéa',
    ],
    [
      'Ledgerly has raised $22 million in a round led by Northlight Ventures.\n\nThe fund, which is managed by Oliver Brandt, also took a minority stake in revenue-management startup Pricewise.',
      'Northlight Ventures -> Pricewise',
    ],
  ])('reads %#', (text, expected) => {
    expect(pairs(relationsOf(text), 'FUNDED')).toContain(expected);
  });

  it('keeps "le fonds de fonds" a kind of fund, no pointer', () => {
    const units = articleUnits(
      'Hélvia Partners investit dans Payroo. Bpifrance, via le fonds de fonds, souscrit aussi.',
    );
    expect(units[1]).toContain('le fonds de fonds');
  });
});

describe('an English "it" that goes on investing is the investment firm the last sentence was about', () => {
  const lead = 'Greenway Grocers has acquired Fresh Crate.\n\n';

  it.each([
    ['It had previously invested in bakery chain Crumb & Co.', 'Harrow Lane Capital -> Crumb & Co'],
    ['It has also invested in vegan cheese maker Nutterly.', 'Harrow Lane Capital -> Nutterly'],
    ['It also took a minority stake in Nutterly in 2022.', 'Harrow Lane Capital -> Nutterly'],
  ])('reads "%s"', (sentence, expected) => {
    const text = lead + 'Harrow Lane Capital bought a majority stake in Fresh Crate in 2020. ' + sentence;
    expect(pairs(relationsOf(text), 'FUNDED')).toContain(expected);
  });

  it('still does not give the firm an "it" that competes', () => {
    const text =
      'Quillory, a Berlin maker of warehouse robots, raised €30m.\n\n' +
      'Alder Ventures bought a stake in Quillory in 2020. It competes with Stackwise.';
    expect(pairs(relationsOf(text), 'COMPETES_WITH')).not.toContain('Alder Ventures -> Stackwise');
  });
});

describe('the company a merger gives birth to, told by a participle', () => {
  it.each([
    [
      'Méthavert et Agrigaz Services fusionnent. Le nouvel ensemble prendra le nom de Méthavia.\n\nLe groupe issu du rapprochement devra se mesurer à Engie BiOZ.',
      'Engie BiOZ <> Méthavia',
    ],
    [
      'Méthavert et Agrigaz Services fusionnent. Le nouvel ensemble prendra le nom de Méthavia.\n\nL’entité née de la fusion affronte Evergaz.',
      'Evergaz <> Méthavia',
    ],
    [
      'Alder Foods and Birch Dairy agreed to merge; the new company will be called Cedarline.\n\nThe group formed by the merger will compete with Danone.',
      'Cedarline <> Danone',
    ],
  ])('reads %#', (text, expected) => {
    expect(rivals(relationsOf(text))).toContain(expected);
  });

  it('reads no birth where the participle comes from no deal', () => {
    const units = articleUnits(
      'Méthavert et Agrigaz Services fusionnent. Le nouvel ensemble prendra le nom de Méthavia. Le groupe issu de la région emploie 40 personnes.',
    );
    expect(units[2]).not.toContain('[*Méthavia] emploie');
  });
});

describe('"le réseau" points back at the network the article introduced', () => {
  it('reads the network’s rival', () => {
    const text =
      'Lumeria a annoncé l’acquisition de Kerlann Obsèques, un réseau de 38 agences implanté dans le Finistère.\n\n' +
      'Créé en 1994 par un ancien marbrier, le réseau affronte depuis dix ans la concurrence de Funéa.';
    expect(rivals(relationsOf(text))).toContain('Funéa <> Kerlann Obsèques');
  });
});
