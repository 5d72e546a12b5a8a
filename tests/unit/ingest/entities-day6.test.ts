import type { ExtractedEntity } from '../../../ingest/types';
import { entitiesFromStages } from './entity-stages';

/**
 * Names of wire copy and trade press on the sixth day, from the entity stages alone (no relation rules). Every
 * sentence here is written for this file; positive and negative cases side by side.
 */
const entities = entitiesFromStages;

function types(text: string): Map<string, string> {
  return new Map(entities(text).map((e) => [e.name, e.type]));
}

function entityNamed(text: string, surface: string): ExtractedEntity | undefined {
  return entities(text).find((e) => e.name === surface || e.aliases.includes(surface));
}

describe('people named again by a compound or suffixed surname', () => {
  it('joins a hyphenated surname to the full name said before it', () => {
    const text =
      '« Nous restons prudents », a déclaré Maëlle Sørensen-Abadie, présidente de Corvalis. Mme Sørensen-Abadie a refusé de commenter.';
    const e = entityNamed(text, 'Maëlle Sørensen-Abadie');
    expect(e?.type).toBe('Person');
    expect(e?.aliases).toContain('Sørensen-Abadie');
    expect(entities(text).filter((x) => x.type === 'Person')).toHaveLength(1);
  });

  it('keeps two people apart when only the second half of a compound surname is shared', () => {
    const text = 'Paul Ostrander-Lee runs Brackwell. Later, Anna Lee said she would join Brackwell.';
    const people = entities(text).filter((x) => x.type === 'Person');
    expect(people.map((p) => p.name).sort()).toEqual(['Anna Lee', 'Paul Ostrander-Lee']);
  });

  it('reads the surname before a generational suffix', () => {
    const text =
      'Teslin Biotherapeutics was founded by Harvey T. Quarrington Jr. in 2014. Dr. Quarrington chairs the board of the company.';
    const e = entityNamed(text, 'Harvey T. Quarrington Jr.');
    expect(e?.aliases).toContain('Quarrington');
  });
});

describe('person names with an elided particle or a first initial', () => {
  it("reads a given name before d' and a surname as one person", () => {
    const t = types("Le business angel Fabrice d'Aubervilliers a rejoint le tour de table de Nexolia.");
    expect(t.get("Fabrice d'Aubervilliers")).toBe('Person');
    expect(t.has('Fabrice')).toBe(false);
  });

  it("leaves d' before a place alone", () => {
    const t = types("L'usine d'Amiens de Corvexa ferme, a indiqué le groupe Corvexa.");
    expect(t.has("Corvexa d'Amiens")).toBe(false);
  });

  it('types an initial, a given name and a surname as a person', () => {
    const t = types("He said Holbrook's president, R. Gordon Whitlaw, would stay in charge of the carrier.");
    expect(t.get('R. Gordon Whitlaw')).toBe('Person');
  });
});

describe('places that look like names', () => {
  it("drops both pieces of a country named 'Côte d'X' and keeps the company", () => {
    const t = types("Le groupe Savanya s'implante en Côte d'Ivoire et au Sénégal.");
    expect(t.has('Côte')).toBe(false);
    expect(t.has('Ivoire')).toBe(false);
    expect(t.get('Savanya')).toBe('Organization');
  });

  it('drops a town before a full state name and the state after a town, not a company that opens with a state', () => {
    const t = types(
      'The bankruptcy court in Fort Worth, Texas has approved the sale. Quillan Corp sold its Huron, South Dakota, plant to Texas Instruments.',
    );
    expect(t.has('Fort Worth')).toBe(false);
    expect(t.has('South Dakota')).toBe(false);
    expect(t.get('Texas Instruments')).toBe('Organization');
  });

  it('drops a town typed like a person before a state abbreviation, dotted or not, but keeps a doctor', () => {
    const t = types(
      "Pellam's boutique in Beverly Hills, Calif., will be sold. Its plant in Napa, Calif, has been closed. Sunita Rao, M.D., will advise Pellam Inc.",
    );
    expect(t.has('Beverly Hills')).toBe(false);
    expect(t.has('Calif')).toBe(false);
    expect(t.has('Napa')).toBe(false);
    expect(t.get('Sunita Rao')).toBe('Person');
  });

  it('drops a country before a part noun, but not a company before one', () => {
    const t = types(
      'Harrowgate Oil sued Texaco Inc and its Ecuador subsidiaries. Calbrook Corp and its Norvane subsidiaries settled.',
    );
    expect(t.has('Ecuador')).toBe(false);
    expect(t.get('Norvane')).toBeUndefined();
    expect(t.get('Calbrook Corp')).toBe('Organization');
  });
});

describe('exchanges, partnerships of surnames and share classes', () => {
  it('names stock exchanges and the Bourse of a town as organisations', () => {
    const t = types(
      'Shares of Vendrake Corp rose 4% on the New York Stock Exchange. Le titre Solvane a bondi à la Bourse de Paris.',
    );
    expect(t.get('New York Stock Exchange')).toBe('Organization');
    expect(t.get('Bourse de Paris')).toBe('Organization');
    expect(t.has('Paris')).toBe(false);
  });

  it('reads "A, B and Co" as one firm, not a list', () => {
    const t = types('The notes will be sold through Haldane, Prescott and Co, Marwick Inc said.');
    expect(t.get('Haldane, Prescott and Co')).toBe('Organization');
    expect(t.has('Prescott')).toBe(false);
  });

  it('keeps a plain list of companies apart', () => {
    const t = types('Brennock Inc, Haldane Corp and Prescott Ltd bid for the unit.');
    expect(t.get('Brennock Inc')).toBe('Organization');
    expect(t.get('Prescott Ltd')).toBe('Organization');
  });

  it('drops bankruptcy chapters and share classes', () => {
    const t = types('Marlow Corp filed under Chapter 11. Orrin Inc bid for its Class B common stock.');
    expect(t.has('Chapter 11')).toBe(false);
    expect(t.has('Class B')).toBe(false);
    expect(t.get('Orrin Inc')).toBe('Organization');
  });
});

describe('company short forms', () => {
  it('gives a given-name-shaped short form to the company it ends when no person bears it', () => {
    const text = 'H.T. Lorne and Co said it sold its retail arm. Lorne received 40 mln dlrs in cash.';
    expect(entityNamed(text, 'Lorne')?.name).toBe('H.T. Lorne and Co');
  });

  it('leaves the short form with a person the article names in full', () => {
    const text =
      'Grace Dutton, chairman of H.T. Grace and Co, said the unit was sold. Grace said the bid was low.';
    expect(entityNamed(text, 'Grace')?.name).toBe('Grace Dutton');
  });

  it('reads a short form after a chain of legal forms', () => {
    const text =
      'Ernst K. Vollrath GmbH and Co KG said Dellmar Inc would take it over. Vollrath said the deal closes in June.';
    expect(entityNamed(text, 'Vollrath')?.name).toBe('Ernst K. Vollrath GmbH and Co KG');
  });

  it('splits the owner from its unit in "X\'s Y unit", not a possessive company name', () => {
    const t = types(
      "Brenton Corp and Brenton's Sable Oil unit were sued. Scott's Hospitality Inc said nothing.",
    );
    expect(t.get('Sable Oil')).toBe('Organization');
    expect(t.has("Brenton's Sable Oil")).toBe(false);
    expect(t.get("Scott's Hospitality Inc")).toBe('Organization');
  });

  it('types the second member of "d\'A et de B" like the first', () => {
    const t = types("L'usine a obtenu les qualifications d'Airbus et de Varnelle.");
    expect(t.get('Varnelle')).toBe('Organization');
  });
});

describe('labels and titles of releases and wires', () => {
  it('drops degrees and contact labels', () => {
    const t = types(
      'The company will be led by Jonah K. Averill, Ph.D., its founder.\n\nMedia Contact:\nDana Roe',
    );
    expect(t.has('Ph.D')).toBe(false);
    expect(t.has('Media Contact')).toBe(false);
    expect(t.get('Jonah K. Averill')).toBe('Person');
  });

  it("strips an undotted senator's title and drops the party-state code", () => {
    const t = types('Volcker told Committee Chairman Sen Willard Praxton (D-Wisc) that rates would rise.');
    expect(t.get('Willard Praxton')).toBe('Person');
    expect(t.has('D-Wisc')).toBe(false);
    expect(t.has('Sen Willard Praxton')).toBe(false);
  });
});

describe('text cut short', () => {
  it('reads a sentence that stops right after "Association of" without failing', () => {
    const t = types('Vexmoor Inc joined the board. Members of the National Association of');
    expect(t.get('Vexmoor Inc')).toBe('Organization');
  });
});
