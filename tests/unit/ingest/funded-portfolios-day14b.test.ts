import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day fourteen (round two), FUNDED: an investor's portfolio told with the investor counting its companies ("X counts
 * A and B among its portfolio companies", "X compte dans son portefeuille A et B"), a French record of backing ("X a
 * déjà soutenu A et B") — `frames/funded-portfolio-counts.ts` —, "Its portfolio also includes A" after the
 * sentence naming the firm (`frames/funded-portfolio-owner.ts`), and a subject owning the investing arm that joins
 * a round, which is no company funded (`frames/funded-arm-owner.ts`).
 */

/** A headline and a lead about the company raising, then the sentences read: FUNDED facts with amount and date. */
function inArticle(title: string, lead: string, ...rest: string[]): string[] {
  const text = [title, lead, ...rest].join('\n\n');
  return facts(extractArticle({ file: 'test', text, title, published: '2026-03-10' }), 'FUNDED')
    .map((r) => `${pair(r)} ${r.amount ?? '-'} ${r.date ?? '-'}`)
    .sort();
}

const EN_TITLE = 'Greenrow raises $45 million';
const EN_LEAD =
  'Greenrow, a Denver vertical farming start-up, raised $45 million in a round led by Harvest Peak Capital.';
const FR_TITLE = 'Méthavallée lève 15 millions d’euros';
const FR_LEAD =
  "Le producteur de biométhane Méthavallée a levé 15 millions d'euros auprès d'Énergies Nouvelles Partenaires.";

describe('an investor counting its portfolio companies', () => {
  test.each([
    'Harvest Peak Capital, which manages €2.1 billion, counts staffing agency NurseLink and physiotherapy chain Motio among its portfolio companies.',
    'Harvest Peak Capital also counted NurseLink and Motio among its investments.',
    'Harvest Peak Capital counts NurseLink and Motio in its portfolio.',
  ])('en: %s', (sentence) => {
    const got = inArticle(EN_TITLE, EN_LEAD, sentence);
    expect(got).toContain('Harvest Peak Capital -> NurseLink - -');
    expect(got).toContain('Harvest Peak Capital -> Motio - -');
  });

  test.each([
    "Énergies Nouvelles Partenaires, dont les fonds totalisent 600 millions d'euros, compte notamment dans son portefeuille le spécialiste de l'agrivoltaïsme Solagri et l'installateur de bornes Watteo.",
    'Énergies Nouvelles Partenaires compte déjà Solagri et Watteo parmi ses participations.',
    'Énergies Nouvelles Partenaires compte aussi parmi ses participations Solagri et Watteo.',
  ])('fr: %s', (sentence) => {
    const got = inArticle(FR_TITLE, FR_LEAD, sentence);
    expect(got).toContain('Énergies Nouvelles Partenaires -> Solagri - -');
    expect(got).toContain('Énergies Nouvelles Partenaires -> Watteo - -');
  });

  test.each([
    'Harvest Peak Capital counts Kroger and Walmart among its customers.',
    'Harvest Peak Capital counts NurseLink and Motio among its rivals.',
  ])('no portfolio: %s', (sentence) => {
    const got = inArticle(EN_TITLE, EN_LEAD, sentence);
    expect(got.filter((p) => !p.includes('Greenrow'))).toEqual([]);
  });

  test('fr: a count of clients is no portfolio', () => {
    const got = inArticle(
      FR_TITLE,
      FR_LEAD,
      'Énergies Nouvelles Partenaires compte GRDF et Engie parmi ses clients.',
    );
    expect(got.filter((p) => !p.includes('Méthavallée'))).toEqual([]);
  });
});

describe('a French record of backing', () => {
  test.each([
    "Énergies Nouvelles Partenaires, qui gère 180 millions d'euros, a déjà soutenu la biscuiterie Armance et le producteur de spiruline Algavia.",
    'Énergies Nouvelles Partenaires a notamment accompagné Armance et Algavia.',
    'Énergies Nouvelles Partenaires avait aussi financé Armance et Algavia.',
  ])('fr: %s', (sentence) => {
    const got = inArticle(FR_TITLE, FR_LEAD, sentence);
    expect(got.some((p) => p.startsWith('Énergies Nouvelles Partenaires -> Armance'))).toBe(true);
    expect(got.some((p) => p.startsWith('Énergies Nouvelles Partenaires -> Algavia'))).toBe(true);
  });

  test.each([
    'Énergies Nouvelles Partenaires a déjà soutenu le projet de Solagri.',
    'Énergies Nouvelles Partenaires a déjà été soutenu par Bpifrance.',
  ])('no record: %s', (sentence) => {
    const got = inArticle(FR_TITLE, FR_LEAD, sentence);
    expect(got.some((p) => p.startsWith('Énergies Nouvelles Partenaires -> Solagri'))).toBe(false);
    expect(got.some((p) => p.startsWith('Énergies Nouvelles Partenaires -> Bpifrance'))).toBe(false);
  });
});

test('fr: a name going on after "du" is not cut short into a backing', () => {
  const got = inArticle(
    FR_TITLE,
    FR_LEAD,
    'Énergies Nouvelles Partenaires a déjà soutenu le producteur de jus bio Pressoir du Lubéron.',
  );
  expect(got.some((p) => /-> Pressoir (\d+|-) /u.test(p))).toBe(false);
});

describe('a portfolio pointed at by a possessive', () => {
  test.each([
    [
      'Harvest Peak, a Chicago fund focused on food, manages $1.2 billion.',
      'Its portfolio also includes protein maker Bramble Foods and platform Silocheck.',
    ],
    ['Harvest Peak Capital manages $1.2 billion.', 'Its portfolio includes Bramble Foods and Silocheck.'],
    [
      'Harvest Peak Capital was founded in 2009.',
      'Its portfolio companies now include Bramble Foods and Silocheck.',
    ],
  ])('en: %s %s', (before, sentence) => {
    const got = inArticle(EN_TITLE, EN_LEAD, before, sentence);
    expect(got).toContain('Harvest Peak Capital -> Bramble Foods - -');
    expect(got).toContain('Harvest Peak Capital -> Silocheck - -');
  });

  test('fr: son portefeuille after the fund', () => {
    const got = inArticle(
      FR_TITLE,
      FR_LEAD,
      "Le fonds Énergies Nouvelles Partenaires gère 600 millions d'euros.",
      'Son portefeuille comprend aussi Solagri et Watteo.',
    );
    expect(got.some((p) => p.startsWith('Énergies Nouvelles Partenaires -> Solagri'))).toBe(true);
    expect(got.some((p) => p.startsWith('Énergies Nouvelles Partenaires -> Watteo'))).toBe(true);
  });

  test('no firm in the sentence before: the possessive is not the investor', () => {
    const got = inArticle(
      EN_TITLE,
      EN_LEAD,
      'The company sells salads.',
      'Its portfolio includes Bramble Foods.',
    );
    expect(got.some((p) => p.startsWith('Harvest Peak Capital -> Bramble Foods'))).toBe(false);
  });
});

describe('the owner of an investing arm is no company funded', () => {
  const TITLE = 'Skarpa Defence raises €20 million';
  const LEAD = 'Norwegian drone maker Skarpa Defence has raised €20 million in a round led by Investinor.';
  test.each([
    "Nordhavn Shipping's venture arm, Nordhavn Ventures, joined the round alongside family office Carraig Holdings.",
    "Nordhavn Shipping's corporate venture unit, Nordhavn Ventures, took part in the round, alongside Carraig Holdings.",
    "Nordhavn Shipping's investment arm, Nordhavn Ventures, joined the round alongside Carraig Holdings.",
  ])('en: %s', (sentence) => {
    const got = inArticle(TITLE, LEAD, sentence);
    expect(got.some((p) => p.startsWith('Carraig Holdings -> Skarpa Defence'))).toBe(true);
    expect(got.some((p) => p.includes('-> Nordhavn Shipping'))).toBe(false);
  });
});

describe('a list going on after a member’s vehicle between commas', () => {
  const TITLE = 'Agrilis lève 10 millions d’euros';
  const LEAD = "La start-up Agrilis lève 10 millions d'euros pour ses serres.";
  test.each([
    [
      'Ce tour de table est mené par le fonds Terres Nouvelles Capital, aux côtés de Bpifrance, via son fonds Ecotechnologies, et d’Unigrains.',
      'Unigrains -> Agrilis',
    ],
    [
      'Le tour de table est mené par Terroirs Capital, avec la participation de Bpifrance, via son fonds Industrie de Demain, et du fonds régional Val de Loire Développement.',
      'Val de Loire Développement -> Agrilis',
    ],
    [
      "La start-up a levé 10 millions d'euros auprès de Bpifrance, via son fonds Industrie de Demain, et de Kima Ventures.",
      'Kima Ventures -> Agrilis',
    ],
  ])('fr: %s', (sentence, want) => {
    const got = inArticle(TITLE, LEAD, sentence);
    expect(got.some((p) => p.startsWith(want))).toBe(true);
    expect(got.some((p) => p.startsWith('Bpifrance -> Agrilis'))).toBe(true);
  });

  test('en: through its fund V, and from C', () => {
    const got = inArticle(
      'Agrilis raises €10 million',
      'Greenhouse start-up Agrilis raised €10 million.',
      'The round was led by Partech, with participation from Bpifrance, through its fund Large Venture, and from Kima Ventures.',
    );
    expect(got.some((p) => p.startsWith('Kima Ventures -> Agrilis'))).toBe(true);
  });

  test('a clause after the vehicle is no member', () => {
    const got = inArticle(
      TITLE,
      LEAD,
      'Le tour est mené par Terroirs Capital, aux côtés de Bpifrance, via son fonds Industrie de Demain, tandis que Kima Ventures se retire.',
    );
    expect(got.some((p) => p.startsWith('Kima Ventures -> Agrilis'))).toBe(false);
  });
});
