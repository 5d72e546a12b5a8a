/**
 * Day twenty-one, anaphora: "The company …" / "L'entreprise …" opening a paragraph right after a paragraph that
 * opened on a headline company by name and kept it as its only company subject continues that paragraph's company
 * (the target told in its own paragraph), not the article's first company. Near misses: a paragraph about a company
 * the headline does not name, a paragraph with two company subjects. Sentences written for these tests.
 */
import { relationsOf } from './article-units';

/** The relations of `text` read under headline `title`, as "TYPE source -> target". */
function facts(title: string, text: string): string[] {
  return relationsOf(text, title).map((r) => `${r.type} ${r.source} -> ${r.target}`);
}

const SKYRIFT_TITLE = 'Halden Marine to buy drone maker Skyrift for $310 million';
const SKYRIFT_LEAD =
  'Halden Marine agreed on Monday to buy Skyrift, a Danish maker of maritime drones, for $310 million.\n\n';
const SKYRIFT_ROUND =
  '\n\nThe company raised $45 million in 2023 in a round led by Nordic fund Viking Ridge Capital.';
const MAHE_TITLE = 'Norelia rachète la Biscuiterie Mahé';
const MAHE_LEAD = "Norelia a annoncé lundi le rachat de la Biscuiterie Mahé pour 20 millions d'euros.\n\n";
const MAHE_RIVALS = "\n\nL'entreprise affronte Saint Michel et Galettes Poulard sur le marché des galettes.";

describe('a definite pointer opening a paragraph continues the paragraph before when it was about one company', () => {
  it.each([
    [
      SKYRIFT_TITLE,
      `${SKYRIFT_LEAD}Skyrift was founded in 2015 by engineers Mads Kjeldsen and Anders Holt. The Aarhus-based firm employs 260 people.${SKYRIFT_ROUND}`,
      'FUNDED Viking Ridge Capital -> Skyrift',
    ],
    [
      'Meridale Health to buy dialysis startup Nephrova',
      'Meridale Health said on Tuesday it would buy Nephrova, a maker of home-dialysis machines, for $140 million.\n\nNephrova was founded in 2017 in Minneapolis. The startup has raised about $60 million.\n\nThe firm competes with Outlyne Medical and Dialix.',
      'COMPETES_WITH Nephrova -> Outlyne Medical',
    ],
    [
      MAHE_TITLE,
      `${MAHE_LEAD}La Biscuiterie Mahé a été fondée en 1952 à Quimper. Elle emploie 140 salariés.${MAHE_RIVALS}`,
      'COMPETES_WITH Biscuiterie Mahé -> Saint Michel',
    ],
    [
      'Vertal reprend Fromagerie Berjou',
      "Le groupe Vertal a signé mardi un accord pour reprendre Fromagerie Berjou.\n\nFromagerie Berjou, créée en 1931 dans le Jura, produit du comté. La fromagerie emploie 90 personnes.\n\nLa société a levé 5 millions d'euros en 2022 auprès du fonds Jura Capital.",
      'FUNDED Jura Capital -> Fromagerie Berjou',
    ],
  ])('%s', (title, text, expected) => {
    expect(facts(title, text)).toContain(expected);
  });
});

describe('no continuation after an aside or a paragraph with two company subjects', () => {
  it('leaves a paragraph about a company the headline does not name to the story company', () => {
    const found = facts(
      SKYRIFT_TITLE,
      `${SKYRIFT_LEAD}Rival Kongsberg Drones was founded in 2010 by engineers Mads Kjeldsen and Anders Holt. Kongsberg Drones employs 900 people.${SKYRIFT_ROUND}`,
    );
    expect(found).not.toContain('FUNDED Viking Ridge Capital -> Kongsberg Drones');
  });

  it('takes no company out of a paragraph that turns from the target to the buyer', () => {
    const found = facts(
      SKYRIFT_TITLE,
      `${SKYRIFT_LEAD}Skyrift was founded in 2015 by engineers Mads Kjeldsen and Anders Holt. Halden Marine employs 4,000 people.${SKYRIFT_ROUND}`,
    );
    expect(found).not.toContain('FUNDED Viking Ridge Capital -> Skyrift');
  });

  it("ne prolonge pas un paragraphe qui passe de la cible à l'acquéreur", () => {
    const found = facts(
      MAHE_TITLE,
      `${MAHE_LEAD}La Biscuiterie Mahé a été fondée en 1952 à Quimper. Norelia emploie 800 salariés.${MAHE_RIVALS}`,
    );
    expect(found).not.toContain('COMPETES_WITH Biscuiterie Mahé -> Saint Michel');
  });

  it.each([
    [
      'Kestrel Growth Partners takes 30% stake in Brightmoor Clinics',
      'Private equity firm Kestrel Growth Partners has agreed to take a 30% stake in Brightmoor Clinics, a Leeds-based chain of physiotherapy clinics.\n\nKestrel Growth Partners is investing £25 million in new shares.\n\nThe company competes with Physio First and Motion Health.',
      'Kestrel Growth Partners',
    ],
    [
      'Le fonds Vauban Croissance entre au capital de Maisons Lerval',
      "Le fonds bordelais Vauban Croissance prend une participation minoritaire de 30 % dans Maisons Lerval, constructeur de maisons individuelles.\n\nVauban Croissance investit 15 millions d'euros.\n\nL'entreprise affronte Maisons France Confort et Igc Habitat.",
      'Vauban Croissance',
    ],
  ])('never hands the pointer to the investor a paragraph was about: "%s"', (title, text, investor) => {
    const rivals = facts(title, text).filter((f) => f.startsWith('COMPETES_WITH'));
    expect(rivals.length).toBeGreaterThan(0);
    expect(rivals.filter((f) => f.includes(investor))).toEqual([]);
  });
});
