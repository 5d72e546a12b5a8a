/**
 * Day eight's anaphora classes: an origin said through a contracted link ("le spécialiste marseillais du traitement
 * de l'eau X") picks its company out later; a company introduced as another's rival is a bystander, so "The company"
 * opening a later paragraph stays the article's own; "le studio", "la marque", "the brand" are trade nouns for the
 * article's company. Sentences written for these tests.
 */
import { rivalsNamedIn } from '../../../ingest/relations/anaphora-rivals';
import { articleUnits, relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';
import type { Unit } from '../../../ingest/relations/pattern';
import { tokenize } from '../../../ingest/tokens';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

function rivals(rels: ExtractedRelation[]): string[] {
  return rels.filter((r) => r.type === 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

describe('an origin told through "du" before the name', () => {
  const lead =
    'Le spécialiste nantais du recyclage des plastiques Ferrovane a annoncé mardi le rachat de Malviso, une PME ' +
    'angevine de quarante salariés. Malviso emploie 40 personnes. La société angevine réalise 6 millions ' +
    "d'euros de ventes.\n\n";

  it('makes "l’entreprise nantaise" the company the descriptor named', () => {
    const text = lead + "Sur son marché, l'entreprise nantaise affronte Plastorga et Recyclix.";
    expect(articleUnits(text).at(-1)).toContain('[*Ferrovane] affronte');
    expect(rivals(relationsOf(text))).toContain('Ferrovane ~ Plastorga');
    expect(rivals(relationsOf(text))).not.toContain('Malviso ~ Plastorga');
  });

  it('takes no origin through a "du" that links the name itself', () => {
    // "domaine" ends like a demonym; "du" right before the name is the name's own link, no descriptor's
    const text =
      "La Bastide Ferrand, domaine viticole du Luberon, passe sous le contrôle de l'assureur Corvalia. " +
      'Ce dernier a acquis 70 % du domaine pour 20 millions d’euros.';
    expect(articleUnits(text).at(-1)).not.toContain('[*Luberon]');
  });

  it('records no origin from a pointer phrase whose verb stands before the name', () => {
    // "l'entreprise nantaise affronte Plastorga": "nantais" stays Ferrovane's, not Plastorga's as well
    const text =
      lead +
      "Sur son marché, l'entreprise nantaise affronte Plastorga.\n\n" +
      "Selon un analyste, l'entreprise nantaise reste la mieux placée.";
    expect(articleUnits(text).at(-1)).toContain('[*Ferrovane]');
  });
});

describe('a rival is a bystander to the story', () => {
  function unitsOf(text: string): Unit[] {
    return tokenize(text, 0).map((token) => ({ kind: 'tok', token }) as Unit);
  }

  it('keeps "The company" opening a later paragraph for the article’s company', () => {
    const text =
      'Corblanc, a Leeds-based maker of warehouse drones, has raised $30 million from Hestia Ventures. ' +
      'Corblanc sells to grocers in Britain.\n\n' +
      'Its main rival, Dastorio, raised $90 million last year. Last month Dastorio bought Flyntra, and Dastorio has ' +
      'since doubled its sales team.\n\n' +
      'The company received a $10 million loan from Brockhall Bank in March.';
    const rels = relationsOf(text);
    expect(pairs(rels, 'FUNDED')).toContain('Brockhall Bank -> Corblanc');
    expect(pairs(rels, 'FUNDED')).not.toContain('Brockhall Bank -> Dastorio');
  });

  it('reads a rival only after a rival word that follows a company', () => {
    const named = (ents: number[]): Unit =>
      ({ kind: 'ent', ents, orgs: true, anaphor: false }) as unknown as Unit;
    const [a, competes, withWord] = unitsOf('A competes with');
    expect(rivalsNamedIn([a, competes, withWord, named([7])])).toEqual([]);
    expect(rivalsNamedIn([named([3]), competes, withWord, named([7])])).toEqual([7]);
    const [leader] = unitsOf('leader');
    expect(rivalsNamedIn([named([3]), leader, named([7])])).toEqual([]);
    // a name opening the sentence is its subject, never a rival
    expect(rivalsNamedIn([named([7]), competes, withWord])).toEqual([]);
  });
});

describe('studio, brand and label as trade nouns', () => {
  it('reads "le studio" opening a sentence as the article’s studio', () => {
    const text =
      'Le studio montpelliérain Ludivore lève 9 millions d’euros auprès de Kestrel Partners. ' +
      'Ludivore développe des jeux de stratégie.\n\nLe studio affronte le finlandais Nordpixel sur ce créneau.';
    expect(rivals(relationsOf(text))).toContain('Ludivore ~ Nordpixel');
  });

  it('does not read "le studio" followed by a name as a pointer', () => {
    const text =
      'Le groupe Arvandel lève 9 millions d’euros auprès de Kestrel Partners. Arvandel édite des jeux.\n\n' +
      'Le studio Brindle affronte le finlandais Nordpixel sur ce créneau.';
    expect(rivals(relationsOf(text))).not.toContain('Arvandel ~ Nordpixel');
  });
});

describe('"it" within a paragraph continues the last sentence’s company', () => {
  const lead =
    'Pellucid, a Denver-based startup that monitors pipelines, has raised $20 million led by Orrin Capital. ' +
    'Pellucid competes with Gasquet and Ventrol.\n\n';

  it('gives "Last month it bought" to the rival the paragraph is about', () => {
    const text =
      lead +
      'Gasquet, which listed in 2019, has been moving the same way. Last month it bought Sensimo for $40 million.';
    const acquired = pairs(relationsOf(text), 'ACQUIRED');
    expect(acquired).toContain('Gasquet -> Sensimo');
    expect(acquired).not.toContain('Pellucid -> Sensimo');
  });

  it('leaves "it" opening a new paragraph to the article’s company', () => {
    const text =
      lead +
      'Gasquet, which listed in 2019, has been moving the same way.\n\nIt bought Sensimo for $40 million last month.';
    expect(pairs(relationsOf(text), 'ACQUIRED')).not.toContain('Gasquet -> Sensimo');
  });
});

describe('"le groupe" is not the company the article called small', () => {
  const lead =
    'Le spécialiste du froid Marvane a annoncé le rachat de Pilotec, une PME angevine de soixante salariés. ' +
    'Pilotec fabrique des vitrines réfrigérées. Pilotec réalise 9 millions d’euros de ventes. ' +
    'Pilotec exporte la moitié de sa production.\n\n';

  it('gives "Le groupe" the buyer, not the much-described small target', () => {
    const text = lead + 'Le groupe, qui emploie 2 000 personnes, avait déjà racheté Frigenne en 2022.';
    const acquired = pairs(relationsOf(text), 'ACQUIRED');
    expect(acquired).toContain('Marvane -> Frigenne');
    expect(acquired).not.toContain('Pilotec -> Frigenne');
  });

  it('leaves "la PME" to the small company', () => {
    const text = lead + 'La PME, qui emploie 60 personnes, avait déjà racheté Frigenne en 2022.';
    expect(pairs(relationsOf(text), 'ACQUIRED')).not.toContain('Marvane -> Frigenne');
  });
});

describe('"La société" after a paragraph that opened on a pointer and named only a backer', () => {
  const lead =
    'Le groupe Tessaro a annoncé lundi le rachat de Vireo. Tessaro fabrique des palettes. ' +
    '« Avec Vireo, nous doublons de taille », explique Agathe Morin, présidente de Tessaro.\n\n';

  it('takes the company the paragraph pointed at, not the backer it named', () => {
    const text =
      lead +
      'Fondé en 1990 par Paul Derain, le groupe a ouvert son capital à Hallow Capital, qui a pris 30 % des parts. ' +
      "La société a par ailleurs obtenu 20 millions d'euros de dette auprès de Banque Alvène.";
    expect(articleUnits(text).at(-1)).toContain('[*Tessaro] a par ailleurs obtenu');
    const funded = pairs(relationsOf(text), 'FUNDED');
    expect(funded).toContain('Banque Alvène -> Tessaro');
    expect(funded).not.toContain('Banque Alvène -> Hallow Capital');
  });

  it('still takes a company the paragraph named as a subject after the pointer', () => {
    const text =
      lead +
      'Fondé en 1990 par Paul Derain, le groupe a longtemps travaillé seul. ' +
      'Brindor Emballages, créée à Annecy en 1995 par Luc Favre, s’est de son côté spécialisée dans la caisse. ' +
      'La société avait racheté en 2019 le lyonnais Caissor.';
    const acquired = pairs(relationsOf(text), 'ACQUIRED');
    expect(acquired).toContain('Brindor Emballages -> Caissor');
    expect(acquired).not.toContain('Tessaro -> Caissor');
  });
});

describe('the boss a takeover keeps is the bought company’s', () => {
  const lead =
    'Le groupe allemand Kessner Pumpen a finalisé le rachat de Valdorge, un fabricant de pompes installé à Roanne. ' +
    'Kessner Pumpen réalise 900 millions d’euros de ventes. Kessner Pumpen vise la filière hydrogène.\n\n';

  it('reads "Aux commandes de l’entreprise …, P conservera" as the target', () => {
    const text =
      lead +
      "Aux commandes de l'entreprise depuis 2017, Inès Varga conservera la direction de la filiale française.";
    const leads = pairs(relationsOf(text), 'LEADS');
    expect(leads).toContain('Inès Varga -> Valdorge');
    expect(leads).not.toContain('Inès Varga -> Kessner Pumpen');
  });

  it('leaves the pointer to the buyer when nobody is said to stay', () => {
    const text = lead + "Aux commandes de l'entreprise depuis 2017, Inès Varga a piloté l'opération.";
    expect(pairs(relationsOf(text), 'LEADS')).not.toContain('Inès Varga -> Valdorge');
  });
});
