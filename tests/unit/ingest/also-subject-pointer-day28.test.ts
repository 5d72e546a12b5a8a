/**
 * Day twenty-eight, deals: "Le groupe a également racheté Y" / "The group also acquired Y" opening a sentence adds
 * one more act to the company the last sentence was about, not to the article's most salient company (here the
 * target of the main deal, named more often than its buyer) (anaphora-also-subject.ts). Near miss: the last
 * sentence's subject was the company bought, told in the passive, so the buyer is still the one going on.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function acquired(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('ACQUIRED '));
}

const FR_ARTICLE = [
  "Santé : Logivance s'offre Sanitys",
  "L'éditeur nantais Logivance a annoncé jeudi l'acquisition, par l'intermédiaire de sa filiale Logivance Care, du spécialiste lyonnais Sanitys, pour 40 millions d'euros. Un complément de prix sera versé si Sanitys dépasse ses objectifs en 2027.",
  "Fondée en 2010, Sanitys équipe 90 cliniques et a réalisé 12 millions d'euros de chiffre d'affaires. Le fonds Orvia, entré au capital de Sanitys en 2018, cède sa participation.",
  "« Sanitys nous ouvre le marché des cliniques », a dit Paul Mercier, président de Logivance. Ce n'est pas la première emplette du groupe dans la santé.",
].join('\n\n');

const EN_ARTICLE = [
  'Health: Corbel buys Medivance',
  'Software maker Corbel Systems said on Monday it had agreed to buy, through its unit Corbel Health, hospital scheduling firm Medivance for $60 million. Corbel will pay up to $10 million more if Medivance beats its 2027 sales goals.',
  'Founded in 2011, Medivance serves 80 hospitals and had sales of $15 million last year. Fund Orvia, which invested in Medivance in 2018, is selling its stake.',
  '"Medivance opens the clinic market to us," said Ann Reid, chief executive of Corbel. It is not the first health purchase of the group.',
].join('\n\n');

describe("a company noun with an additive adverb continues the last sentence's company", () => {
  it('French: "Le groupe a également racheté" after a stake taken by the buyer', () => {
    const found = acquired(
      FR_ARTICLE +
        ' Logivance avait pris en 2022 une participation de 15 % dans le nantais Dossia. Le groupe a également racheté en 2023 le lillois Plannix.',
    );
    expect(found).toContain('ACQUIRED Logivance -> Plannix');
    expect(found).not.toContain('ACQUIRED Sanitys -> Plannix');
  });

  it('French near miss: after a passive whose subject was the company bought, the buyer goes on', () => {
    const found = acquired(
      FR_ARTICLE +
        ' Le nantais Dossia a été racheté en 2022 par Logivance. Le groupe a également racheté en 2023 le lillois Plannix.',
    );
    expect(found).toContain('ACQUIRED Logivance -> Plannix');
    expect(found).not.toContain('ACQUIRED Dossia -> Plannix');
    expect(found).not.toContain('ACQUIRED Sanitys -> Plannix');
  });

  it('English: "The group also acquired"', () => {
    const found = acquired(
      EN_ARTICLE +
        ' Corbel took a 15% stake in records firm Dossia in 2022. The group also acquired scheduling firm Plannix in 2023.',
    );
    expect(found).toContain('ACQUIRED Corbel Systems -> Plannix');
    expect(found).not.toContain('ACQUIRED Medivance -> Plannix');
  });
});
