/**
 * Deal, day eighteen (b). Sentences written for these tests (dev-gold-19 fr-622 shows the first shape).
 * - deal-time-transparent.ts: a French time phrase between a deal word and what changes hands is no word between
 *   them ("la fusion l'an dernier de A et de B", "a fusionné en 2023 avec B", "la reprise en mars de Y").
 * - frames/clause.ts coordinatedClauseStart (used by any.merged.frame): "…, and C merged with D" is C's merger,
 *   not that of the sentence's first company.
 */
import { collectCandidates } from '../../../ingest/entities/collect';
import { newDiscourseState } from '../../../ingest/relations/discourse';
import { withoutDealTimeInserts } from '../../../ingest/relations/deal-time-transparent';
import { buildUnits } from '../../../ingest/relations/units';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { madePairs } from './helpers';

const PUBLISHED = '2026-06-09';
const merged = (text: string): string[] => madePairs(text, PUBLISHED, 'MERGED_WITH');
const acquired = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');
const LEAD_FR = 'Halvio Systems fabrique des radars. ';
const LEAD_EN = 'Halvio Systems makes radars. ';

/** The words matching sees for a one-sentence French text, names shown as [N]. */
function seen(text: string, lang = 'fr'): string {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  const units = buildUnits(tokens[0], index.bySentence[0], index, newDiscourseState());
  return withoutDealTimeInserts(units, lang)
    .map((u) => (u.kind === 'tok' ? u.token.lower : '[N]'))
    .join(' ');
}

describe('a time phrase between a deal word and its object', () => {
  it.each([
    `${LEAD_FR}Le marché se consolide, après la fusion l'an dernier de Korvane et de Siltane Industries.`,
    `${LEAD_FR}Le secteur se concentre depuis la fusion en 2023 de Korvane et de Siltane Industries.`,
    `${LEAD_FR}Le secteur se concentre depuis la fusion en mars 2023 de Korvane et de Siltane Industries.`,
    `${LEAD_FR}Le rapprochement en 2022 de Korvane et de Siltane Industries a créé un leader.`,
    `${LEAD_FR}La fusion jeudi de Korvane et de Siltane Industries a surpris le marché.`,
    `${LEAD_FR}Korvane a fusionné l'an dernier avec Siltane Industries.`,
  ])('merger: %s', (text) => {
    expect(merged(text)).toEqual(['Korvane -> Siltane Industries']);
  });

  it.each([
    'Norvane a racheté en 2021 la PME bretonne Ferlac Industries.',
    "Norvane a repris l'an dernier le distributeur Ferlac Industries.",
    'Norvane rachète cette année le distributeur Ferlac Industries.',
    'Norvane annonce la reprise en mars du transporteur breton Ferlac Industries.',
    // day thirty: control ceded is read through, its pointer settled by deal-sold-pointer.ts past the date
    'Norvane avait cédé en 2019 le contrôle de la société au fonds Ferlac Industries.',
  ])('the phrase is dropped: %s', (text) => {
    expect(seen(text)).not.toMatch(/ (en|l' an|cette|mars) /);
  });

  it.each([
    // a possessive object: a place of the seller may follow ("son site de Vitré")
    ["Norvane a vendu l'an dernier son site de Vitré à Ferlac Industries.", "l' an dernier"],
    // no time phrase: "en partie" is a manner
    ['Norvane a racheté en partie la dette de Ferlac Industries.', 'en partie'],
    // a passive's agent follows: the phrase stays
    ['Korvane, racheté en 2019 par Ferlac Industries, grandit.', 'en 2019'],
    // a second verb after "puis": its subject is the first verb's
    [
      "Norvane a absorbé Korvane en 2023, puis repris l'an dernier l'entrepôt de Ferlac Industries.",
      "l' an dernier",
    ],
    // a relative: its antecedent is placed by the relative readers
    [
      'Ferlac Industries, la filiale du groupe, qui avait racheté en 2022 le cabinet Korvane, grandit.',
      'en 2022',
    ],
  ])('the phrase stays: %s', (text, phrase) => {
    expect(seen(text)).toContain(` ${phrase} `);
  });

  it('English is left as it is', () => {
    expect(
      seen('Norvane said the merger last year of Korvane and Ferlac Industries closed.', 'en'),
    ).toContain('last year');
  });

  it('a second verb after "puis" keeps the first subject', () => {
    expect(
      acquired(
        `${LEAD_FR}Norvane a absorbé Korvane en 2023, puis repris l'an dernier l'entrepôt de Chalon du groupe Ferlac Industries.`,
      ),
    ).not.toContain('Korvane -> Ferlac Industries');
  });
});

describe('a merger told in a second coordinated clause', () => {
  it.each([
    `${LEAD_EN}Danish group Nordhavn Logistics bought Transportes Ibarra last year, and Swiss forwarder Alpenfracht merged with Donau Cargo in March.`,
    `${LEAD_EN}Nordhavn Logistics sold its port unit in 2024, but Alpenfracht merged with Donau Cargo in March.`,
    `${LEAD_EN}Nordhavn Logistics sold its port unit in 2024, and Alpenfracht later merged with Donau Cargo.`,
    `${LEAD_FR}Nordhavn Logistics a racheté Transportes Ibarra l'an dernier, et Alpenfracht a fusionné avec Donau Cargo en mars.`,
  ])('%s', (text) => {
    expect(merged(text)).toEqual(['Alpenfracht -> Donau Cargo']);
  });

  it('without a company of its own the second clause shares the subject', () => {
    expect(
      merged(`${LEAD_EN}Alpenfracht sold its port unit last year, and merged with Donau Cargo in March.`),
    ).toEqual(['Alpenfracht -> Donau Cargo']);
  });
});
