/**
 * Day twenty-eight, pointers: a company noun opening the sentence right after one that told a person founding a
 * company — the last company that sentence named — stands for the company just founded ("P left in 2021 to found
 * Y, a maker of … The start-up is now run by Q", "En 2018, elle a fondé Y … La jeune pousse est dirigée par Q")
 * (anaphora-just-founded.ts). Near misses: another company named after the new one, a founding two sentences back,
 * a name right after the noun. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function leads(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('LEADS '));
}

const HALDEN = 'Halden Systems makes flight software for airlines.';

describe('the company just founded', () => {
  it('English: "The start-up is now run by" after "left to found Y"', () => {
    const text = `${HALDEN} Its former engineer Marta Lind left in 2021 to found Skyloom, a maker of cabin sensors. The start-up is now run by Peter Vos.`;
    const found = leads(text);
    expect(found).toContain('LEADS Peter Vos -> Skyloom');
    expect(found).not.toContain('LEADS Peter Vos -> Halden Systems');
  });

  it('English: "That company is now headed by"', () => {
    const text = `${HALDEN} Its former engineer Marta Lind left in 2021 to found Skyloom, a maker of cabin sensors. That company is now headed by Peter Vos.`;
    expect(leads(text)).toContain('LEADS Peter Vos -> Skyloom');
  });

  it('French: "La jeune pousse est aujourd\'hui dirigée par"', () => {
    const text =
      "Nadia Ferrand a dirigé pendant dix ans la filiale française du groupe Corvex. En 2018, elle a fondé Kelvia, un éditeur de logiciels de maintenance. La jeune pousse est aujourd'hui dirigée par Julien Marchal.";
    const found = leads(text);
    expect(found).toContain('LEADS Julien Marchal -> Kelvia');
    expect(found).not.toContain('LEADS Julien Marchal -> Corvex');
  });
});

describe('near misses', () => {
  it('another company named after the new one keeps the old reading', () => {
    const text = `${HALDEN} Its former engineer Marta Lind left in 2021 to found Skyloom, a maker of cabin sensors, with backing from Brightwave Capital. The firm is now run by Peter Vos.`;
    expect(leads(text)).not.toContain('LEADS Peter Vos -> Skyloom');
  });

  it('a founding two sentences back is no longer the news', () => {
    const text = `${HALDEN} Its former engineer Marta Lind left in 2021 to found Skyloom, a maker of cabin sensors. Halden Systems sells to 40 airlines. The company is run by Peter Vos.`;
    expect(leads(text)).not.toContain('LEADS Peter Vos -> Skyloom');
  });

  it('a company named right after the noun is no pointer', () => {
    const text = `${HALDEN} Its former engineer Marta Lind left in 2021 to found Skyloom, a maker of cabin sensors. The company Orvane is run by Peter Vos.`;
    expect(leads(text)).not.toContain('LEADS Peter Vos -> Skyloom');
  });
});

describe("near miss: a founder told inside another company's purchase", () => {
  it('keeps "la société" for the buyer that opened the sentence', () => {
    const text =
      "Le groupe Ormelle, qui édite trois magazines de voile, avait racheté en 2021 le site Nautisme Direct à son créateur, Hugo Tanguy. La société a aussi investi l'an dernier 2 millions d'euros dans la start-up Bordée.";
    const found = relationsOf(text).map(typedPair);
    expect(found).not.toContain('FUNDED Nautisme Direct -> Bordée');
  });
});

describe('a passive founding opening on the company', () => {
  it('"Y was co-founded by P … The company has raised … from A" funds Y, not the employer the founders left', () => {
    const text =
      'Two former Halden Systems engineers have launched Skyloom, a Denver start-up that builds cabin sensors. Skyloom was co-founded by Marta Lind, who becomes chief executive, and Peter Vos. The company has raised $6 million from Brightwave Capital.';
    const found = relationsOf(text).map(typedPair);
    expect(found).toContain('FUNDED Brightwave Capital -> Skyloom');
    expect(found).not.toContain('FUNDED Brightwave Capital -> Halden Systems');
  });
});
