/**
 * Day nine's second anaphora round: a sentence opening on a company's birth ("Fondée en 1990 par P, deux anciens de
 * Y, la plateforme …") points at the article's company, not at the founders' former employer nor at the last
 * company named; a family firm not yet typed by any sentence still carries its founder's surname ("Fondée par
 * Joseph Kervadec, l'entreprise familiale" is Kervadec Transports). Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a fronted founding phrase before the pointer', () => {
  const title = 'Logiciels : l’éditeur rennais Comptalis lève 20 millions d’euros';
  const lead =
    'L’éditeur rennais de logiciels comptables Comptalis a bouclé une levée de fonds de 20 millions d’euros ' +
    'auprès du fonds Brisant Capital, a-t-il annoncé mardi.\n\n';

  it('gives "la plateforme" after the founders’ former employer to the article’s company', () => {
    const text =
      lead +
      'Créée à Rennes en 2017 par Anouk Delacroix et Fabien Tessier, deux anciens du groupe Sagarel, la ' +
      'plateforme automatise la tenue des comptes des artisans.';
    const found = pairs(relationsOf(text, title), 'FOUNDED');
    expect(found).toContain('Anouk Delacroix -> Comptalis');
    expect(found).toContain('Fabien Tessier -> Comptalis');
    expect(found).not.toContain('Anouk Delacroix -> Sagarel');
  });

  it('gives "l’entreprise" opening a new paragraph to the article’s company, not the last rival named', () => {
    const text =
      'L’exploitant savoyard de domaines skiables Alpiva a annoncé mercredi le rachat de Névéa pour 60 millions ' +
      'd’euros.\n\nAvec neuf stations, le groupe se hisse au deuxième rang derrière Cimes Unies, qui exploite une ' +
      'vingtaine de domaines.\n\nDans ce marché où Cimes Unies et Glissalp se disputent les concessions, la ' +
      'société savoyarde a longtemps fait figure d’outsider.\n\nFondée en 1979 par le guide de haute montagne ' +
      'Paul Verdier, l’entreprise a ouvert son capital en 2020 au fonds Arvan Invest.';
    const found = pairs(
      relationsOf(text, 'Montagne : Alpiva rachète Névéa et devient numéro deux'),
      'FOUNDED',
    );
    expect(found).toContain('Paul Verdier -> Alpiva');
    expect(found).not.toContain('Paul Verdier -> Cimes Unies');
    expect(found).not.toContain('Paul Verdier -> Névéa');
  });

  it('leaves a sentence that does not open on a founding to the company named before the pointer', () => {
    const text =
      lead +
      'Selon Anouk Delacroix, fondatrice de Sagarel, la société a ouvert son capital au fonds Brisant Capital.';
    const found = pairs(relationsOf(text, title), 'FOUNDED');
    expect(found).not.toContain('Anouk Delacroix -> Comptalis');
  });
});

describe('a family firm named after its founder', () => {
  const title = 'Transport : Kervadec et Lumio fusionnent pour défier le leader';
  const lead =
    'Les transporteurs routiers Kervadec Transports et Lumio ont annoncé jeudi leur fusion.\n\n' +
    'Le rapprochement doit leur permettre de se mesurer à Translogis, qui domine le marché breton. Translogis a ' +
    'racheté l’an dernier le breton Fretmor.\n\n';

  it('gives "l’entreprise familiale" founded by a Kervadec to Kervadec Transports', () => {
    const text =
      lead + 'Fondée en 1961 à Brest par Joseph Kervadec, l’entreprise familiale compte 40 camions.';
    const found = pairs(relationsOf(text, title), 'FOUNDED');
    expect(found).toContain('Joseph Kervadec -> Kervadec Transports');
    expect(found).not.toContain('Joseph Kervadec -> Translogis');
  });

  it('does not take a company bearing the surname that the text names only later', () => {
    const text =
      lead +
      'Fondée en 2015 par Claire Morvel, la société affronte Translogis.\n\n' +
      'Claire Morvel a grandi au Domaine Morvel, en Anjou.';
    const found = pairs(relationsOf(text, title), 'FOUNDED');
    expect(found).not.toContain('Claire Morvel -> Domaine Morvel');
  });
});
