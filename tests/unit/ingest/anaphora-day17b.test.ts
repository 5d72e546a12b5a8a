/**
 * Day seventeen, second round, anaphora: a size noun takes the company given a kindred noun ("une jeune pousse …
 * La start-up"); "le fonds" after a sentence about a fund and its manager is the fund. Sentences written for these
 * tests.
 */
import { relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a start-up noun stands for the company the article gave a kindred noun', () => {
  it.each([
    [
      "D'anciens de Vygon lancent Perfulink",
      "Trois anciens ingénieurs de Vygon ont fondé Perfulink, une jeune pousse qui développe une pompe. La start-up, créée en 2023 par Sarah Benali et Hugo Lefranc, annonce une levée de 9 millions d'euros.",
      'Sarah Benali -> Perfulink',
    ],
    [
      "D'anciens de Vygon lancent Perfulink",
      "Deux anciens cadres de Vygon ont lancé Perfulink, une jeune pousse de la medtech. Lancée à Écouen en 2023 par Sarah Benali et Hugo Lefranc, la start-up lève 9 millions d'euros.",
      'Sarah Benali -> Perfulink',
    ],
    [
      'Former Medtronic engineers launch Perfulink',
      'Three former engineers of Medtronic have set up Perfulink, a young start-up that makes infusion pumps. The startup, founded in 2023 by Sarah Benali and Hugo Lefranc, has raised $9 million.',
      'Sarah Benali -> Perfulink',
    ],
  ])('reads "%s / %s"', (title, text, expected) => {
    const found = pairs(relationsOf(text, title), 'FOUNDED');
    expect(found).toContain(expected);
    expect(found.filter((p) => p.endsWith('Vygon') || p.endsWith('Medtronic'))).toEqual([]);
  });

  it('leaves a start-up noun followed by its own name to that name', () => {
    const found = pairs(
      relationsOf(
        'Trois anciens ingénieurs de Vygon ont fondé Perfulink, une jeune pousse qui développe une pompe. La start-up Dialisens, créée en 2012 par Sarah Benali, a été cédée à Fresenius.',
        "D'anciens de Vygon lancent Perfulink",
      ),
      'FOUNDED',
    );
    expect(found).toContain('Sarah Benali -> Dialisens');
    expect(found).not.toContain('Sarah Benali -> Perfulink');
  });
});

describe('"le fonds" after a sentence about a fund and its manager is the fund', () => {
  it.each([
    "La medtech Ocelia a levé 22 millions d'euros auprès du fonds Ouest Santé Capital.\n\nOuest Santé Capital, doté de 180 millions d'euros, a été lancé en 2023 par la société de gestion rennaise Armor Gestion. Le fonds a également investi l'an dernier dans la biotech brestoise Abyssea.",
    "La medtech Ocelia a levé 22 millions d'euros auprès du fonds Ouest Santé Capital.\n\nOuest Santé Capital est géré depuis 2023 par la société de gestion Armor Gestion. Le fonds a aussi pris une participation dans la biotech Abyssea.",
    'Lumera raised $20 million from Northbridge Capital.\n\nNorthbridge Capital, which manages $500 million, was launched in 2021 by the asset manager Kestrel Partners. The fund has also invested in Abyssea.',
  ])('reads "%s"', (text) => {
    const found = pairs(relationsOf(text), 'FUNDED');
    expect(found.filter((p) => p.endsWith('Abyssea'))).toEqual([
      text.includes('Ouest') ? 'Ouest Santé Capital -> Abyssea' : 'Northbridge Capital -> Abyssea',
    ]);
  });

  it('keeps the manager when the sentence is about the manager', () => {
    const found = pairs(
      relationsOf(
        "Ocelia a levé 22 millions d'euros auprès d'Ouest Santé Capital.\n\nArmor Gestion a lancé en 2023 le fonds Ouest Santé Capital. La société de gestion a également investi dans la biotech Abyssea.",
      ),
      'FUNDED',
    );
    expect(found).not.toContain('Ouest Santé Capital -> Abyssea');
  });
});
