/**
 * Day twenty-eight, French press (second round): a founder noun right before a person's name is the person's title,
 * not a company cue folded into the name ("son fondateur Paul X", relations/cue-phrase.ts); the founder named after a
 * family tie founded the article's company ("Le dirigeant, petit-fils du fondateur Armand X",
 * frames/founders-kin-named.ts); a person who pilots "l'opération" manages the deal and funds nothing
 * (fr/funded.ts fr.funded.operation-led-by); a person named after a grant or a repayable advance speaks of it and
 * gives nothing (frames/funded-fr-round-members.ts); the title of the outlet a speaker talks to is no part of the
 * speaker's name ("a déclaré à la Dépêche Marie X", entities/outlet-before-person.ts). Sentences written for these
 * tests.
 */
import { entitiesOf, madePairs } from './helpers';

const DAY = '2026-05-04';

describe('a founder noun before a person is the person’s title', () => {
  it.each([
    [
      'Le torréfacteur nantais Caféiers Lemarié ouvre une usine. Son fondateur Paul Lemarié avait démarré dans un garage en 1987.',
      'Paul Lemarié -> Caféiers Lemarié',
    ],
    [
      'La PME Ardoises Kervella recrute. Sa cofondatrice Lina Kervella dirige aussi le bureau d’études.',
      'Lina Kervella -> Ardoises Kervella',
    ],
    [
      'Brightwave Audio opened a plant in Ohio. Its founder Daniel Okafor started the business in a garage.',
      'Daniel Okafor -> Brightwave Audio',
    ],
  ])('%s', (text, founded) => {
    expect(madePairs(text, DAY, 'FOUNDED')).toContain(founded);
  });

  it('near miss: a cue noun before a company still folds into its name', () => {
    const text = 'Le torréfacteur nantais Caféiers Lemarié rachète la société Torréfaction Morel.';
    expect(madePairs(text, DAY, 'ACQUIRED')).toEqual(['Caféiers Lemarié -> Torréfaction Morel']);
  });
});

describe('the founder named after a family tie founded the family firm', () => {
  it.each([
    [
      'La biscuiterie Maison Quéré passe sous le contrôle du fonds Armor Capital. Le dirigeant, petit-fils du fondateur Armand Quéré, conserve 15 % du capital.',
      'Armand Quéré -> Maison Quéré',
    ],
    [
      'Le groupe Tissages Vallet change de mains. Anne Vallet, directrice générale du groupe, arrière-petite-fille de la fondatrice Louise Vallet, reste en poste.',
      'Louise Vallet -> Tissages Vallet',
    ],
  ])('%s', (text, founded) => {
    expect(madePairs(text, DAY, 'FOUNDED')).toContain(founded);
  });

  it('near miss: the English tie after a person of another company is left unread', () => {
    const text =
      'Harwell Pierce Inc agreed to buy Kestrel Pharma SA. Harwell, a grandson of co-founder Walter Harwell, has run the company since 2012.';
    expect(madePairs(text, DAY, 'FOUNDED')).not.toContain('Walter Harwell -> Kestrel Pharma SA');
  });

  it('near miss: a tie to a president names no founder', () => {
    const text =
      'La biscuiterie Maison Quéré passe sous le contrôle du fonds Armor Capital. Le dirigeant, fils du président Armand Quéré, conserve 15 % du capital.';
    expect(madePairs(text, DAY, 'FOUNDED')).toEqual([]);
  });

  it('near miss: the founder of another named company is not the family firm’s', () => {
    const text =
      'La biscuiterie Maison Quéré passe sous le contrôle du fonds Armor Capital. Le dirigeant, petit-fils du fondateur de Biscuits Lorientais, Armand Quéré, conserve 15 % du capital.';
    expect(madePairs(text, DAY, 'FOUNDED')).not.toContain('Armand Quéré -> Maison Quéré');
  });
});

describe('a person who pilots the operation funds nothing', () => {
  it.each([
    'La start-up lilloise Numalis lève 8 millions d’euros. Chez Vantor Capital, l’opération est pilotée par Julie Armand, associée.',
    'La start-up lilloise Numalis lève 8 millions d’euros. L’opération, qui doit encore être validée, sera menée par Hugo Lenoir, président du directoire de Vantor Capital.',
  ])('%s', (text) => {
    const funded = madePairs(text, DAY, 'FUNDED');
    expect(funded.filter((p) => p.startsWith('Julie Armand') || p.startsWith('Hugo Lenoir'))).toEqual([]);
  });

  it('a firm that leads the operation funds the company', () => {
    const text =
      'La start-up lilloise Numalis lève 8 millions d’euros. L’opération est menée par le fonds Nordéa Capital.';
    expect(madePairs(text, DAY, 'FUNDED')).toContain('Nordéa Capital -> Numalis');
  });

  it('near miss: a person who leads a round still funds it', () => {
    const text =
      'La start-up lilloise Numalis lève 2 millions d’euros. Le tour de table est mené par Xavier Dumont, ancien patron de Vinted.';
    expect(madePairs(text, DAY, 'FUNDED')).toContain('Xavier Dumont -> Numalis');
  });
});

describe('a person named after a grant or an advance gives nothing', () => {
  it.each([
    'La Région accordera à Filatures Morin une avance remboursable de 2 millions d’euros, a précisé son président, Marc Durel.',
    'Filatures Morin va embaucher. Une avance remboursable de 2 millions d’euros de Bpifrance financera la ligne, a précisé son président, Marc Durel.',
    'Filatures Morin recevra une subvention de 500 000 euros, a indiqué sa directrice, Anne Petit.',
  ])('%s', (text) => {
    const funded = madePairs(text, DAY, 'FUNDED');
    expect(funded.filter((p) => p.startsWith('Marc Durel') || p.startsWith('Anne Petit'))).toEqual([]);
  });

  it('the body named after the advance gives it', () => {
    const text =
      'Filatures Morin va embaucher. Une avance remboursable de 2 millions d’euros de Bpifrance financera la nouvelle ligne.';
    expect(madePairs(text, DAY, 'FUNDED')).toEqual(['Bpifrance -> Filatures Morin']);
  });
});

describe('the outlet spoken to is no part of the speaker’s name', () => {
  it.each([
    [
      '« Le carnet de commandes est plein », a déclaré à la Dépêche Marie Vaudel, présidente de Tissages Morin.',
      'Marie Vaudel',
    ],
    [
      '« Nous restons prudents », a confié au Figaro Claire Dubreuil, directrice générale de Tissages Morin.',
      'Claire Dubreuil',
    ],
    [
      '« Nous recrutons », a expliqué à Sud Ouest Jean-Luc Marty, président de Tissages Morin.',
      'Jean-Luc Marty',
    ],
  ])('%s', (text, speaker) => {
    const people = entitiesOf(text)
      .filter((e) => e.type === 'Person')
      .map((e) => e.name);
    expect(people).toEqual([speaker]);
    expect(madePairs(text, DAY, 'LEADS')).toEqual([`${speaker} -> Tissages Morin`]);
  });

  it('near miss: a bank entrusted with a sale keeps its founder’s name', () => {
    const names = entitiesOf(
      'Le groupe a confié à Banque Martin Maurel le soin de vendre Tissages Morin.',
    ).map((e) => e.name);
    expect(names).toContain('Banque Martin Maurel');
  });

  it('near miss: a person with two given names after "confié à" stays whole', () => {
    const names = entitiesOf('Le groupe a confié à Jean Paul Martin la direction de Tissages Morin.').map(
      (e) => e.name,
    );
    expect(names).toContain('Jean Paul Martin');
  });
});
