import { extractArticle } from '../../../ingest/extract';
import { knownOrganisation, knownOrganisationCount } from '../../../ingest/entities/known-organisations';
import { knownSpanAt } from '../../../ingest/entities/known-span';
import { tokenize } from '../../../ingest/tokens';
import { AMBIGUOUS_ORGANISATIONS } from '../../../ingest/entities/known-organisations-ambiguous';
import { FINANCE_ORGANISATIONS } from '../../../ingest/entities/known-organisations-finance';

/** Entity name → type for a text of invented sentences. */
function types(text: string): Map<string, string> {
  return new Map(
    extractArticle({ file: 'test', text, published: null }).entities.map((e) => [e.name, e.type]),
  );
}

describe('knownOrganisation', () => {
  it('finds strong names in their usual spelling', () => {
    expect(knownOrganisation('Teleperformance')).toBe('strong');
    expect(knownOrganisation('Goldman Sachs')).toBe('strong');
    expect(knownOrganisation('Kirkland & Ellis')).toBe('strong');
    expect(knownOrganisation('KKR')).toBe('strong');
  });

  it('marks names that are also places, people or words as ambiguous', () => {
    expect(knownOrganisation('Orange')).toBe('ambiguous');
    expect(knownOrganisation('Ford')).toBe('ambiguous');
  });

  it('lets the ambiguous list win over a sector list holding the same name', () => {
    const both = AMBIGUOUS_ORGANISATIONS.filter((name) => FINANCE_ORGANISATIONS.includes(name));
    expect(both.length).toBeGreaterThan(0);
    for (const name of both) expect(knownOrganisation(name)).toBe('ambiguous');
  });

  it('returns null for unknown names and ordinary words', () => {
    expect(knownOrganisation('Brevalia')).toBeNull();
    expect(knownOrganisation('Monsieur')).toBeNull();
    expect(knownOrganisation('')).toBeNull();
  });

  it('folds accents, apostrophes, "&"/"and" and initials', () => {
    expect(knownOrganisation('Societe Generale')).toBe('strong');
    expect(knownOrganisation('Société générale')).toBe('strong');
    expect(knownOrganisation('Slaughter & May')).toBe(knownOrganisation('Slaughter and May'));
    expect(knownOrganisation('Slaughter and May')).toBe('strong');
    expect(knownOrganisation('L’Oréal')).toBe(knownOrganisation("L'Oréal"));
    expect(knownOrganisation('J.P. Morgan')).toBe('strong');
    expect(knownOrganisation('JP Morgan')).toBe('strong');
  });

  it('matches wire-copy capitals, but an acronym only in capitals', () => {
    expect(knownOrganisation('TELEPERFORMANCE')).toBe('strong');
    expect(knownOrganisation('GOLDMAN SACHS')).toBe('strong');
    expect(knownOrganisation('Kkr')).toBeNull();
    expect(knownOrganisation('TIM')).not.toBeNull();
    expect(knownOrganisation('Tim')).toBeNull();
  });

  it('finds the forms the cutter leaves: no leading "The", no elision, the stem of a possessive', () => {
    expect(knownOrganisation('Trade Desk')).toBe(knownOrganisation('The Trade Desk'));
    expect(knownOrganisation('Oréal')).toBe('strong');
    // "McDonald's" arrives as "McDonald", which alone may be a surname
    expect(knownOrganisation('McDonald')).toBe('ambiguous');
  });

  it('holds a few thousand names', () => {
    expect(knownOrganisationCount()).toBeGreaterThan(2000);
  });
});

/** knownSpanAt over a text's own tokens. */
function spanAt(text: string, i: number): number {
  return knownSpanAt(tokenize(text), i, text);
}

describe('knownSpanAt', () => {
  it('measures the longest known name starting at a word', () => {
    const text = 'conseillé par Slaughter and May et Goldman Sachs';
    expect(spanAt(text, 2)).toBe(3);
    expect(spanAt(text, 6)).toBe(2);
    expect(spanAt(text, 0)).toBe(0);
  });

  it('stops at the end of the words', () => {
    expect(spanAt('Goldman', 0)).toBe(0);
    expect(spanAt('Evercore', 0)).toBe(1);
  });
});

describe('typing candidates with the gazetteer', () => {
  it('makes a known name with no other cue an organisation', () => {
    const t = types('Les avocats de Bredin Prat ont travaillé avec Evercore sur le dossier.');
    expect(t.get('Bredin Prat')).toBe('Organization');
    expect(t.get('Evercore')).toBe('Organization');
  });

  it('types each known member of a bare list', () => {
    const t = types('Hier soir, Teleperformance, Concentrix et Webhelp ont publié leurs chiffres.');
    expect(t.get('Teleperformance')).toBe('Organization');
    expect(t.get('Concentrix')).toBe('Organization');
    expect(t.get('Webhelp')).toBe('Organization');
  });

  it('keeps an ambiguous name that only opens a sentence out of the organisations', () => {
    const t = types('Orange, la couleur préférée du peintre, domine la toile.');
    expect(t.get('Orange')).toBeUndefined();
  });

  it('leaves an ambiguous name with no company word near it, and its list neighbours, alone', () => {
    const t = types('Le soir, le poète relisait Racine et Molière à la bougie.');
    expect(t.get('Racine')).not.toBe('Organization');
    expect(t.get('Molière')).not.toBe('Organization');
  });

  it('takes an ambiguous name next to a company word, even at the start of a sentence', () => {
    expect(types('Le peintre a signé un contrat avec Orange cette semaine.').get('Orange')).toBe(
      'Organization',
    );
    expect(types('Orange, le groupe de télécoms, a signé le contrat.').get('Orange')).toBe('Organization');
  });

  it('does not take an ambiguous name after a place preposition or a name particle', () => {
    expect(types('Le peintre a longtemps vécu à Orange avant de partir.').get('Orange')).not.toBe(
      'Organization',
    );
    expect(
      types('Le tableau est attribué à Leonardo da Vinci par les experts.').get('Vinci'),
    ).toBeUndefined();
  });
});
