import { extractArticle } from '../../../ingest/extract';
import type { ExtractedEntity } from '../../../ingest/types';

/**
 * Names of the seventh day's second round: wire-copy joins and boundaries other engineers reported. Every sentence
 * is written for this file; positive and negative cases side by side. The whole extractor runs, since names with
 * only weak evidence are kept when a relation confirms them.
 */
function entities(text: string): ExtractedEntity[] {
  return extractArticle({ file: 'day7b', text }).entities;
}

function names(text: string): string[] {
  return entities(text).map((e) => e.name);
}

function entityOf(text: string, name: string): ExtractedEntity | undefined {
  return entities(text).find((e) => e.name === name || e.aliases.includes(name));
}

describe('a lower-case brand with a digit before a company word', () => {
  it('keeps "k7 Analytics"-like brands whole', () => {
    expect(names('Planners now choose between Zentara and q5 Systems for their supply chains.')).toContain(
      'q5 Systems',
    );
    expect(names('The lab hired staff from x3 Labs, a spin-off of the university.')).toContain('x3 Labs');
  });

  it('leaves units and codes before other words alone', () => {
    const found = names('The warehouse covers 400 m2 Paris side and Holvane Logistics runs it.');
    expect(found.some((n) => n.startsWith('m2'))).toBe(false);
  });
});

describe('a name ending in "Salon" is no event', () => {
  it('finds a shop named "… Salon" in a list of leaders', () => {
    expect(
      names('Le marché est dominé par Meubloria et Grand Salon, les deux leaders du secteur.'),
    ).toContain('Grand Salon');
  });

  it('still drops a summit and a fair noun before a name', () => {
    const found = names(
      'Ses dirigeants étaient au salon Batimat puis au Paris Retail Summit la semaine dernière.',
    );
    expect(found).not.toContain('Batimat');
    expect(found).not.toContain('Paris Retail Summit');
  });
});

describe('holidays are times', () => {
  it('drops a holiday named alone', () => {
    expect(names('Sales at Vantory Stores fell after a poor Christmas, the retailer said.')).not.toContain(
      'Christmas',
    );
    expect(names('Les ventes de Maison Ardel ont reculé avant Pâques, selon le groupe.')).not.toContain(
      'Pâques',
    );
  });

  it('keeps a company whose name holds a holiday word', () => {
    expect(names('Christmas Lane Decorations Ltd was bought by Fenwick Crafts Ltd for 3 mln stg.')).toContain(
      'Christmas Lane Decorations Ltd',
    );
  });
});

describe('a possessive that is part of a name before "and"', () => {
  it('keeps "\'s" when the name after "and" has none', () => {
    expect(names("Regulators blocked a tie-up between rivals Morrow's and Kelbridge in 2019.")).toContain(
      "Morrow's",
    );
  });

  it('reads two possessives sharing one noun as owners', () => {
    const found = names("Vellacor Group's and Dranmoor Group's stores will close, the companies said.");
    expect(found.some((n) => n.endsWith("'s"))).toBe(false);
  });
});

describe('wire-copy joins', () => {
  it('keeps "S and L" in a savings institution and links it to the full name', () => {
    const text =
      'Harbor Pacific LP said it acquired Bay Ridge Savings and Loan Association. Regulators approved the purchase of Bay Ridge S and L by Harbor Pacific.';
    const e = entityOf(text, 'Bay Ridge Savings and Loan Association');
    expect(e?.aliases).toContain('Bay Ridge S and L');
    expect(names(text)).not.toContain('Bay Ridge S');
  });

  it('keeps a glued slash inside a name with a legal form, and its later bare form', () => {
    const text = 'Kelso Industries said it and Tor/Vance Corp agreed to merge Tor/Vance into Kelso.';
    const e = entityOf(text, 'Tor/Vance Corp');
    expect(e?.aliases).toContain('Tor/Vance');
  });

  it('leaves a slash between two parties apart', () => {
    const found = names('Granger Capital Inc said the Granger/Holt group will make the offer.');
    expect(found.some((n) => n.includes('/'))).toBe(false);
  });
});

describe('the adviser of a named party', () => {
  it('types a sentence-initial adviser as a company', () => {
    expect(entityOf('Moelbrandt advised Corvex.', 'Moelbrandt')?.type).toBe('Organization');
  });

  it('does not read a person advising someone as a firm', () => {
    const text = 'Helen Marsh chairs the board. Marsh advised him to wait.';
    expect(entityOf(text, 'Helen Marsh')?.type).toBe('Person');
    expect(entities(text).filter((e) => e.type === 'Organization')).toHaveLength(0);
  });
});

describe('a Nordic legal form that opens a name', () => {
  it('keeps "Telefon AB"-style names whole', () => {
    const found = names('Brekke Invest said it bought shares of Handels AB Nordvik from the Lund family.');
    expect(found).toContain('Handels AB Nordvik');
    expect(found).not.toContain('Handels AB');
  });

  it('still ends a name at a closing form before the next name', () => {
    const found = names(
      'Volvar Group AB sold its stake in Kestrel Systems AB to Ingold AB for 90 mln crowns.',
    );
    expect(found).toContain('Kestrel Systems AB');
    expect(found.some((n) => n.startsWith('Group AB'))).toBe(false);
  });
});

describe('an outlet named after an inverted report verb', () => {
  it('finds the outlet in ", a appris X" and ", révèle X"', () => {
    const t = new Map(
      entities('Le groupe va racheter Fontelle Emballages, a appris La Gazette Normande.').map((e) => [
        e.name,
        e.type,
      ]),
    );
    expect(t.get('La Gazette Normande')).toBe('Organization');
    expect(names('Le fabricant prépare une levée de fonds, révèle Le Courrier Picard.')).toContain(
      'Le Courrier Picard',
    );
  });

  it('keeps a person who speaks after a comma a person', () => {
    const e = entities("L'entreprise a levé 5 millions d'euros, a indiqué Marc Devaux.").find(
      (x) => x.name === 'Marc Devaux',
    );
    expect(e?.type).toBe('Person');
  });
});

describe('two surnames that report as one firm', () => {
  it('joins "A and B said it agreed …" into one name', () => {
    const found = names('Halder and Pruett said it agreed to acquire the valve division of Orbison Corp.');
    expect(found).toContain('Halder and Pruett');
  });

  it('leaves "A and B said they …" apart', () => {
    const found = names('Halder and Pruett said they agreed to sell their shares of Orbison Corp.');
    expect(found).not.toContain('Halder and Pruett');
  });
});

describe('a town that is also a company name, after a place preposition', () => {
  it('reads "in Zurich" after a price move as the town', () => {
    expect(names('Shares of Kelvar Corp fell 4 percent in Zurich after the results.')).not.toContain(
      'Zurich',
    );
  });

  it('keeps "a stake in Zurich" a company', () => {
    expect(names('Kelvar Corp bought a stake in Zurich last year for 2 billion francs.')).toContain('Zurich');
  });
});
