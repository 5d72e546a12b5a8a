/**
 * Day sixteen, plural pointers: the object of a verb of enabling ("would help them compete", "allow them to take
 * on", "leur permettra de rivaliser") is the sentence's plural subject — the deal noun enables, the pair contests;
 * when that pair is merging and the merger's company is named, it is that company. A seat word ("Leipzig-based")
 * before a list member keeps the list (and so the merging pair) whole. A sentence opened on a topic company ("Chez X,
 * …", "At X, …") hands X to the next sentence's opening possessive of rivals or owners ("Son concurrent Y", "Its main
 * rivals are …"). Variants of each class and near misses; sentences written for these tests.
 */
import { madePairs } from './helpers';

const competes = (text: string) => madePairs(text, '2026-03-01', 'COMPETES_WITH');
const has = (pairs: string[], a: string, b: string) =>
  pairs.includes(`${a} -> ${b}`) || pairs.includes(`${b} -> ${a}`);

describe('an enabled plural object is the sentence plural subject', () => {
  it.each([
    'Tidewater Media and Harlow Press said on Monday that they had agreed to swap titles. Both companies said the deal would help them compete with Reach.',
    'Tidewater Media and Harlow Press agreed to share printing plants. The two firms said the tie-up would allow them to compete better with Reach.',
    'Tidewater Media and Harlow Press said on Monday the joint venture would enable them to take on Reach.',
    'Tidewater Médias et Harlow Presse ont signé un partenariat. Les deux groupes estiment que cet accord leur permettra de rivaliser avec Reach.',
    "Tidewater Médias et Harlow Presse ont mis en commun leurs imprimeries. Les deux éditeurs expliquent que l'opération leur a permis de concurrencer Reach.",
  ])('%s', (text) => {
    const pairs = competes(text);
    for (const [a, b] of [
      ['Tidewater', 'Reach'],
      ['Harlow', 'Reach'],
    ])
      expect(pairs.some((p) => p.includes(a) && p.includes(b))).toBe(true);
  });

  it('a merging pair whose new company is named enables that company', () => {
    const pairs = competes(
      'Tidewater Media and Harlow Press agreed to merge into a group to be called Tidewater Harlow. The two firms said the merger would allow them to compete with Reach.',
    );
    expect(has(pairs, 'Tidewater Harlow', 'Reach')).toBe(true);
  });

  it.each([
    // no rivalry after the enabling verb
    'Tidewater Media and Harlow Press agreed to share printing plants. Both companies said the deal would help them cut costs by 10%.',
    // "leur" as a possessive, no enabling verb
    'Tidewater Médias et Harlow Presse ont signé un partenariat. Les deux groupes estiment que leur imprimerie de Reims restera ouverte.',
    // one company as subject: "them" stands for nobody read here
    'Tidewater Media said the new presses would help them compete with Reach.',
  ])('near miss: %s', (text) => {
    const pairs = competes(text);
    expect(pairs.some((p) => p.includes('Harlow') && p.includes('Reach'))).toBe(false);
  });
});

describe('a seat word before a list member keeps the pair whole', () => {
  it.each([
    "Sarvam said it vies with Capita and Serco. In Germany, Hamburg's DialogWerk and Leipzig-based Sachsen Service Center agreed to swap call centres. Both companies said the deal would help them compete with Teleperformance.",
    'Sarvam said it vies with Capita and Serco. Hamburg-based DialogWerk and Leipzig-based Sachsen Service Center signed a joint venture. Both companies said the venture would help them compete with Teleperformance.',
  ])('%s', (text) => {
    const pairs = competes(text);
    expect(has(pairs, 'DialogWerk', 'Teleperformance')).toBe(true);
    expect(has(pairs, 'Sachsen Service Center', 'Teleperformance')).toBe(true);
    expect(has(pairs, 'Capita', 'Teleperformance')).toBe(false);
  });
});

describe('an opening possessive of rivals or owners after a topic sentence is the topic company', () => {
  const lead = "Kerlann Logistique a annoncé mardi l'acquisition de Merlevent.";
  const leadEn = 'Kerlann Logistics said on Tuesday it had agreed to buy Merlevent.';
  it.each([
    [
      `${lead}\n\nChez Merlevent, la nouvelle est accueillie avec soulagement. Son concurrent Frigonord réalise 80 millions d'euros de chiffre d'affaires.`,
      'Frigonord',
    ],
    [
      `${lead} Chez Merlevent, la nouvelle est accueillie avec soulagement. Ses principaux concurrents sont Frigonord et Stef.`,
      'Stef',
    ],
    [
      `${leadEn} At Merlevent, the news was greeted with relief. Its main rivals are Frigonord and Stef.`,
      'Frigonord',
    ],
    [
      `${leadEn} As for Merlevent, the deal ends a long search. Its closest rival, Frigonord, declined to comment.`,
      'Frigonord',
    ],
  ])('%s', (text, rival) => {
    const pairs = competes(text);
    expect(has(pairs, 'Merlevent', rival)).toBe(true);
    expect(pairs.some((p) => p.includes('Kerlann') && p.includes(rival))).toBe(false);
  });

  it('near miss: a topic sentence naming another company as subject hands nothing over', () => {
    const pairs = competes(
      `${lead} Chez Merlevent, Frigonord a été écarté. Ses principaux concurrents sont Stef et Olano.`,
    );
    expect(has(pairs, 'Merlevent', 'Stef')).toBe(false);
  });
});
