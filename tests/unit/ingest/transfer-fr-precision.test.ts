import { facts, pair, run } from './helpers';

function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair);
}

/** COMPETES_WITH has no direction: each pair with its names in alphabetical order. */
function rivals(text: string): string[] {
  return pairs(text, 'COMPETES_WITH').map((p) => p.split(' -> ').sort().join(' -> '));
}

describe('"Le groupe" opening a sentence in a paragraph that turned to a new company', () => {
  it('points at the paragraph topic, not at the company of an earlier paragraph', () => {
    const text = [
      "Le fabricant savoyard Tressaline Textiles a racheté l'atelier Morand Tissage en janvier. Tressaline Textiles emploie 300 personnes. Tressaline Textiles vise l'export.",
      '',
      "Côté santé, nouvelle levée pour Kérodia, spécialiste des pansements connectés : 4 millions d'euros. La société, fondée en 2019 par Maëlle Guivarch, affronte Novalia Médical.",
    ].join('\n');
    expect(rivals(text)).toEqual(['Kérodia -> Novalia Médical']);
    expect(pairs(text, 'FOUNDED')).toEqual(['Maëlle Guivarch -> Kérodia']);
  });

  it('keeps the salient company while it is named in the paragraph', () => {
    const text = [
      "La start-up bordelaise Vinolab a levé 8 millions d'euros. Vinolab recrute.",
      '',
      'Vinolab ouvre un bureau à Lyon. Le fonds Garrigue Invest a mené le tour. La société affronte Cavexo.',
    ].join('\n');
    expect(rivals(text)).toEqual(['Cavexo -> Vinolab']);
  });

  it('does not take a lone capitalised opening word as the paragraph topic', () => {
    const text = [
      "L'assureur Brévalis a racheté le courtier Pellion. Brévalis compte dix cabinets. Brévalis est dirigé par Anne Sorel.",
      '',
      "Nouvelle levée pour Ondine Énergie : 3 millions d'euros. L'entreprise affronte Solvéo.",
    ].join('\n');
    expect(rivals(text)).toEqual(['Ondine Énergie -> Solvéo']);
  });
});

describe('a company named after a fronted list of examples', () => {
  it('is the subject that a following "Le groupe" points at', () => {
    const text = [
      'Le transporteur Kelvane Fret publie des comptes en hausse. Son carnet de commandes est plein.',
      '',
      "Face à des rivaux plus gros comme Ardelis ou Brontex, Kelvane Fret mise sur la proximité. « Sur le vrac, nous sommes au coude-à-coude avec Zorane », reconnaît Luc Mervin. Le groupe se heurte aussi à l'offensive du portugais Plumex.",
    ].join('\n');
    const found = rivals(text);
    expect(found).toContain('Kelvane Fret -> Plumex');
    expect(found).not.toContain('Ardelis -> Plumex');
    expect(found).not.toContain('Plumex -> Zorane');
  });
});

describe('"le nouveau groupe" after a merger', () => {
  it('is not read as one of the merging companies', () => {
    const text = [
      'Brisane Conseil et Holvane Services annoncent leur fusion. Holvane Services apporte ses 20 agences. Holvane Services reste à Nantes.',
      '',
      'Le nouveau groupe veut se mesurer à Pelvix et Ostrane.',
    ].join('\n');
    const found = rivals(text);
    expect(found.filter((p) => p.includes('Holvane Services') || p.includes('Brisane Conseil'))).toEqual([]);
  });

  it('still reads a plain "le groupe" opening the sentence', () => {
    const text = [
      'Le fabricant Brisane Conseil recrute. Brisane Conseil ouvre une agence.',
      '',
      'Le groupe veut se mesurer à Pelvix.',
    ].join('\n');
    expect(rivals(text)).toEqual(['Brisane Conseil -> Pelvix']);
  });
});

describe('"le nouveau groupe" when the article names the company a merger creates', () => {
  it('points at the created company', () => {
    const text = [
      "Brisane Conseil et Holvane Services fusionnent. L'opération donnera naissance à Brisane Holvane, un groupe de 900 salariés.",
      '',
      'Le nouveau groupe veut se mesurer à Pelvix.',
    ].join('\n');
    expect(rivals(text)).toEqual(['Brisane Holvane -> Pelvix']);
  });
});
