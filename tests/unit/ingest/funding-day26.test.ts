import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day twenty-six, FUNDED: a backer's aside between two members no longer ends the list of a round
 * (`../pattern-list-aside.ts`, `memberAsides`); a rule's own words after a fronted participle are no apposition of
 * its agent (`relative-clause.ts`); a date between a money participle and its giver is dropped
 * (`funded-time-inserts.ts`); money told from its noun, with a relative clause of receiving or a participle of
 * giving before the giver (`frames/funded-obtained-from.ts`, `pointedOnly`).
 */

/** FUNDED pairs of a headline, a lead about the company raising, then the sentence read. */
function funded(title: string, lead: string, sentence: string): string[] {
  const text = `${title}\n\n${lead}\n\n${sentence}`;
  return facts(extractArticle({ file: 'test', text, title, published: '2026-11-27' }), 'FUNDED')
    .map(pair)
    .sort();
}

const FR_TITLE = 'Calorea lève 14 millions d’euros';
const FR_LEAD = "La start-up rennaise Calorea a levé 14 millions d'euros auprès du fonds Eurekap.";
const EN_TITLE = 'Kelvo raises £9 million';
const EN_LEAD = 'Kelvo, a Bristol maker of industrial heat pumps, raised £9 million from Northstar Ventures.';
const fr = (sentence: string): string[] => funded(FR_TITLE, FR_LEAD, sentence);
const en = (sentence: string): string[] => funded(EN_TITLE, EN_LEAD, sentence);

describe("a backer's aside between two members does not end the round's list", () => {
  test.each([
    [
      'Le tour de table réunit aussi Irdi Capital, le chimiste Solvaron, qui prend là sa première participation, et le Crédit Agricole Innovation.',
      ['Crédit Agricole Innovation -> Calorea', 'Irdi Capital -> Calorea', 'Solvaron -> Calorea'],
    ],
    [
      'Le tour de table associe également Breizh Up, la banque publique régionale, et le Crédit Mutuel Arkéa.',
      ['Breizh Up -> Calorea', 'Crédit Mutuel Arkéa -> Calorea'],
    ],
  ])('fr: %s', (sentence, want) => {
    const got = fr(sentence);
    for (const w of want) expect(got).toContain(w);
  });

  test('the name inside the aside is no member (fr)', () => {
    expect(
      fr("L'opération associe Breizh Up, filiale du groupe Armorik, et le Crédit Mutuel Arkéa."),
    ).not.toContain('Armorik -> Calorea');
  });

  test('en: a member after a relative clause and "and"', () => {
    expect(
      en(
        'The round also drew Tamar Capital, which is making its first bet on heating, and the Wessex Growth Fund.',
      ),
    ).toEqual(expect.arrayContaining(['Tamar Capital -> Kelvo', 'Wessex Growth Fund -> Kelvo']));
  });
});

describe("a fronted lead's agent does not take the round's members as its apposition", () => {
  test.each([
    "Mené par Aster Partners, le tour de table associe Bpifrance, le gestionnaire régional Ouest Gestion et l'assureur Mutalis.",
    "Piloté par Aster Partners, ce tour de table réunit Bpifrance, le gestionnaire régional Ouest Gestion et l'assureur Mutalis.",
  ])('fr: %s', (sentence) => {
    expect(fr(sentence)).toEqual(
      expect.arrayContaining(['Bpifrance -> Calorea', 'Mutalis -> Calorea', 'Ouest Gestion -> Calorea']),
    );
    expect(fr(sentence)).not.toContain('Bpifrance -> Aster Partners');
  });
});

describe('a date between a money participle and its giver', () => {
  test.each([
    [
      'Cette levée complète une avance remboursable de 900 000 euros accordée en 2023 par Bpifrance.',
      'Bpifrance -> Calorea',
    ],
    [
      "Elle s'ajoute à un prêt de 2 millions d'euros consenti l'an dernier par la Banque Populaire.",
      'Banque Populaire -> Calorea',
    ],
  ])('fr: %s', (sentence, want) => {
    expect(fr(sentence)).toContain(want);
  });

  test.each([
    [
      'The round follows a £2m loan provided in March by Lloyds Banking Group.',
      'Lloyds Banking Group -> Kelvo',
    ],
    ['It comes on top of a £1.5m grant awarded last year by Innovate UK.', 'Innovate UK -> Kelvo'],
  ])('en: %s', (sentence, want) => {
    expect(en(sentence)).toContain(want);
  });

  test('no giver after the date: nothing is read (en)', () => {
    expect(en('Kelvo repaid a £2m loan provided in March to its rival Thermix.')).not.toContain(
      'Thermix -> Kelvo',
    );
  });
});

describe('money told from its noun, received in a relative clause', () => {
  test.each([
    [
      "Cette levée s'ajoute à un prêt de 3 millions d'euros que la société a obtenu auprès de la Banque européenne d'investissement.",
      "Banque européenne d'investissement -> Calorea",
    ],
    [
      "Elle complète une subvention de 600 000 euros que la jeune pousse a décrochée en mars auprès de l'Ademe.",
      'Ademe -> Calorea',
    ],
    [
      "Le financement s'ajoute à une aide de 1 million d'euros versée par la Région Bretagne.",
      'Région Bretagne -> Calorea',
    ],
  ])('fr: %s', (sentence, want) => {
    expect(fr(sentence)).toContain(want);
  });

  test.each([
    [
      'The money comes on top of a £5m loan the company received in March from the British Business Bank.',
      'British Business Bank -> Kelvo',
    ],
    ['It adds to a £3m credit line the firm obtained from HSBC in May.', 'HSBC -> Kelvo'],
    [
      'Kelvo also holds a £2m loan it secured from the Bristol Green Fund in 2024.',
      'Bristol Green Fund -> Kelvo',
    ],
  ])('en: %s', (sentence, want) => {
    expect(en(sentence)).toContain(want);
  });

  test("a named subject of the relative clause is the borrower, not the round's company", () => {
    const got = en(
      'Rival Thermix is still repaying a £2m grant that Coolwave won last year from Innovate UK.',
    );
    expect(got).toContain('Innovate UK -> Coolwave');
    expect(got).not.toContain('Innovate UK -> Kelvo');
    const gotFr = fr(
      'Son concurrent Thermix rembourse encore un prêt que Froidex a obtenu auprès de la Banque Populaire.',
    );
    expect(gotFr).toContain('Banque Populaire -> Froidex');
    expect(gotFr).not.toContain('Banque Populaire -> Calorea');
  });

  test("the sentence's own subject is no borrower of the relative clause's loan", () => {
    const got = en(
      'The Department for Energy awarded a £4m grant to Kelvo, on top of a £1m loan the company received from the Bristol Green Fund.',
    );
    expect(got).toContain('Bristol Green Fund -> Kelvo');
    expect(got).not.toContain('Bristol Green Fund -> Department for Energy');
  });

  test.each([
    'Kelvo is seeking a £5m loan it hopes to receive from HSBC.',
    'It is bidding for a £5m contract the company could win from the Ministry of Defence.',
  ])('no money received: %s', (sentence) => {
    expect(en(sentence).filter((p) => !p.startsWith('Northstar'))).toEqual([]);
  });
});
