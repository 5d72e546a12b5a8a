import { extractArticle } from '../../../ingest/extract';
import type { ExtractedEntity } from '../../../ingest/types';

/**
 * Names of the eighth day's second round. Every sentence is written for this file; positive and negative cases side
 * by side. The whole extractor runs, since names with only weak evidence are kept when a relation confirms them.
 */
function entities(text: string): ExtractedEntity[] {
  return extractArticle({ file: 'day8b', text }).entities;
}

function typeOf(text: string, name: string): string | undefined {
  return entities(text).find((e) => e.name === name || e.aliases.includes(name))?.type;
}

function names(text: string): string[] {
  return entities(text).map((e) => e.name);
}

describe('a demonym before a name in a sentence about a change of owner', () => {
  it('types the bought and the buying company', () => {
    const text = "L'an passé, le grenoblois Pavlune est passé sous le contrôle du norvégien Fjeldor Systems.";
    expect(typeOf(text, 'Pavlune')).toBe('Organization');
    expect(typeOf(text, 'Fjeldor Systems')).toBe('Organization');
  });

  it('reads the takeover words too', () => {
    const text = "Le nantais Brisquet est tombé dans l'escarcelle du suédois Halvik Tools.";
    expect(typeOf(text, 'Halvik Tools')).toBe('Organization');
  });

  it('leaves control of a ball and sentences with no business alone', () => {
    expect(typeOf('Le ballon reste au contrôle du brésilien Ronaldinho.', 'Ronaldinho')).toBeUndefined();
    expect(
      typeOf('Le soir venu, le lyonnais Gastoune chantait devant la foule.', 'Gastoune'),
    ).toBeUndefined();
  });
});

describe('a French sector acronym after "de"', () => {
  it('is cut off the company name it describes', () => {
    const found = names(
      "La start-up compte parmi ses clients le groupe de BTP Rochemur et l'assureur Mutuelle Varsine.",
    );
    expect(found).toContain('Rochemur');
    expect(found).not.toContain('BTP Rochemur');
  });

  it('stays in a name it opens', () => {
    const found = names(
      'Le cabinet BTP Conseils Ardennes a été racheté par Vallorme pour 3 millions d’euros.',
    );
    expect(found).toContain('BTP Conseils Ardennes');
  });
});

describe('a Portuguese "do" after a Lusophone nationality', () => {
  it('keeps the particle inside the name', () => {
    expect(
      names('Le cimentier avait racheté le portugais Pedreiras do Vouga pour 30 millions d’euros.'),
    ).toContain('Pedreiras do Vouga');
    expect(names('The Brazilian miner Ferraço do Norte was bought by Helvenor for $40 million.')).toContain(
      'Ferraço do Norte',
    );
  });

  it('leaves the English verb "do" alone', () => {
    const found = names('Why do Portuguese Lenders care about Calvora?');
    expect(found.some((n) => / do /.test(n))).toBe(false);
  });
});

describe('the firm that served as an adviser on a deal', () => {
  it('is a company, an ampersand partnership included', () => {
    const text = 'Pemberton & Lyle served as exclusive financial advisor to Quillo on the transaction.';
    expect(typeOf(text, 'Pemberton & Lyle')).toBe('Organization');
    expect(typeOf('Dunmore Keane acted as legal counsel to Brevalo.', 'Dunmore Keane')).toBe('Organization');
  });

  it('leaves a person serving as an adviser a person, and other roles alone', () => {
    expect(typeOf('Maria Lopez served as an advisor to the mayor.', 'Maria Lopez')).toBe('Person');
    expect(typeOf('Dalvenne Oakes served as chairman of the board.', 'Dalvenne Oakes')).not.toBe(
      'Organization',
    );
  });
});

describe('a nationality and a trade house before a name', () => {
  it('types the name a company', () => {
    const text = 'Starlume is backed by the Japanese trading house Kotobane Shoji.';
    expect(typeOf(text, 'Kotobane Shoji')).toBe('Organization');
  });

  it('needs the nationality', () => {
    expect(typeOf('She left the house Merrow Lane had built.', 'Merrow Lane')).toBeUndefined();
  });
});
