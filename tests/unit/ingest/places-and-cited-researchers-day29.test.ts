/**
 * Day twenty-nine, precision: towns after premises nouns and hiring verbs, and the researcher a sentence cites.
 * - "la plateforme de Saint-Fons", "l'usine de membranes de Couëron", "la plateforme logistique de Meyzieu": a
 *   premises noun, alone or with its own "de <what>", then "de <town>" (entities/place-slots.ts); a platform places
 *   only a hyphenated town or after "logistique" ("la plateforme de Quorida" is a company's online service);
 * - "hire 250 workers at Kragerø", "create 120 new jobs at Tønsberg": a hiring verb's "at" names where the people
 *   will work, while "staff at X" still names an employer (entities/site-places.ts);
 * - "according to market researcher X", "said industry tracker X": the research firm is an organisation
 *   (entities/source-cues.ts), and the "it" of "…, where it competes with Y" is the company the figures are about,
 *   not the cited firm opening the sentence (relations/sentence-orgs.ts `firstOrgOrPointer`).
 * Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

function read(text: string) {
  return extractArticle({ file: 'test', text, published: '2026-11-29' });
}

function entity(text: string, name: string): string | undefined {
  return read(text).entities.find((e) => e.name === name)?.type;
}

function rivalries(text: string): string[] {
  return read(text)
    .relations.filter((r) => r.type === 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' | '));
}

describe('a town after a premises noun and "de"', () => {
  it('drops the town of "la plateforme de Saint-Fons"', () => {
    const text =
      'Le transporteur Malvaux, concurrent de Geodis, a annoncé lundi que la plateforme de Saint-Fons serait agrandie en 2027.';
    expect(entity(text, 'Saint-Fons')).toBeUndefined();
    expect(rivalries(text)).toEqual(['Geodis | Malvaux']);
  });

  it('drops the town after the premises\' own complement ("L\'usine de membranes de Couëron")', () => {
    const text =
      "Le groupe Ferlac emploie 900 salariés. L'usine de membranes de Couëron, la plus moderne du groupe, sera modernisée.";
    expect(entity(text, 'Couëron')).toBeUndefined();
    expect(entity(text, 'Ferlac')).toBe('Organization');
  });

  it('drops the town of "la plateforme logistique de Meyzieu" and of "la plateforme de Saint-Vulbas"', () => {
    const text =
      'La plateforme logistique de Meyzieu, ouverte en 2022, sera agrandie, a indiqué la société Trans Alpes. Laurent Roche a dirigé pendant quatre ans la plateforme de Saint-Vulbas pour le compte du transporteur Malvaux.';
    expect(entity(text, 'Meyzieu')).toBeUndefined();
    expect(entity(text, 'Saint-Vulbas')).toBeUndefined();
    expect(entity(text, 'Malvaux')).toBe('Organization');
  });

  it('keeps a company\'s online platform ("la plateforme de Quorida revendique 2 millions d\'utilisateurs")', () => {
    const text = "La plateforme de Quorida revendique 2 millions d'utilisateurs, selon la jeune pousse.";
    expect(entity(text, 'Quorida')).toBe('Organization');
  });

  it('keeps the seller after a takeover verb ("a repris l\'usine de cartons de Sofrapak")', () => {
    const text = "Le groupe Delvart a repris en mars l'usine de cartons de Sofrapak, selon un communiqué.";
    expect(entity(text, 'Sofrapak')).toBe('Organization');
  });
});

describe('a town after a hiring verb and "at"', () => {
  it('drops the town of "hire 250 workers at Kragerø"', () => {
    const text = 'Cable maker Norvane Kabel said on Monday it would hire 250 workers at Kragerø by 2028.';
    expect(entity(text, 'Kragerø')).toBeUndefined();
    expect(entity(text, 'Norvane Kabel')).toBe('Organization');
  });

  it('drops the town of "create 120 new jobs at Tønsberg"', () => {
    const text = 'Norvane Kabel said the expansion would create 120 new jobs at Tønsberg over two years.';
    expect(entity(text, 'Tønsberg')).toBeUndefined();
  });

  it('keeps the employer of "staff at X"', () => {
    const text = 'Staff at Brightmoor were told on Friday that the warehouse would close.';
    expect(entity(text, 'Brightmoor')).toBe('Organization');
  });

  it('keeps the employer of "cut 300 jobs at X"', () => {
    const text = 'Halvorsen Group said on Friday it would cut 300 jobs at Brightmoor Logistics.';
    expect(entity(text, 'Brightmoor Logistics')).toBe('Organization');
  });
});

describe('the research firm a sentence cites', () => {
  it('types the firm after "according to market researcher" and gives the rivalry to the measured company', () => {
    const text =
      'Vireo Robotics makes inspection drones. According to market researcher Aerial Data Partners, Vireo holds about 7 percent of the market, where it competes with Skyward and Parrot.';
    expect(entity(text, 'Aerial Data Partners')).toBe('Organization');
    const found = rivalries(text);
    expect(found).toEqual(expect.arrayContaining(['Skyward | Vireo Robotics', 'Parrot | Vireo Robotics']));
    expect(found.some((r) => r.includes('Aerial Data Partners'))).toBe(false);
  });

  it('types the firm after "said industry tracker" but keeps "industry analyst P" a person', () => {
    const text =
      'Sales of solid soap rose 4 percent last year, said industry tracker Nielsen Panel Data. Industry analyst Harriet Cole said the trend would last.';
    expect(entity(text, 'Nielsen Panel Data')).toBe('Organization');
    expect(entity(text, 'Harriet Cole')).toBe('Person');
  });
});
