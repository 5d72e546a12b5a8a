/**
 * Day twenty-nine, founders and leaders (second round): after a takeover, the brand or subsidiary a boss stays at the
 * head of is the company bought ("P restera directrice générale de la marque", "Sa fondatrice restera à la tête de la
 * filiale", "P will remain chief executive of the brand"; relations/anaphora-kept-unit.ts). Sentences written for
 * these tests.
 */
import { run, typedPair } from './helpers';

function leads(text: string): string[] {
  return run(text, '2026-11-29')
    .relations.map(typedPair)
    .filter((f) => f.startsWith('LEADS '))
    .sort();
}

const DEAL_FR =
  'Le groupe Vérane a annoncé mardi le rachat de la société Brindille pour 30 millions d’euros.';
const DEAL_EN = 'Harlow Foods said on Tuesday it had agreed to acquire Brindle Bakery for 40 million pounds.';

describe('a boss who stays at the head of the brand or subsidiary bought', () => {
  it.each([
    [
      `${DEAL_FR} Claire Lenoir restera directrice générale de la marque.`,
      'LEADS Claire Lenoir -> Brindille',
    ],
    [
      `${DEAL_FR} Claire Lenoir restera à la tête de la filiale pendant deux ans.`,
      'LEADS Claire Lenoir -> Brindille',
    ],
    [`${DEAL_FR} Claire Lenoir restera à la tête de l'enseigne.`, 'LEADS Claire Lenoir -> Brindille'],
    [`${DEAL_EN} Ann Pike will remain chief executive of the brand.`, 'LEADS Ann Pike -> Brindle Bakery'],
    [
      `${DEAL_EN} Ann Pike will remain managing director of the subsidiary.`,
      'LEADS Ann Pike -> Brindle Bakery',
    ],
  ])('%s', (text, fact) => {
    expect(leads(text)).toContain(fact);
  });

  it('takes the company bought, not a rival the article once called a brand', () => {
    const text =
      "Le groupe Vérane a finalisé le rachat de Brindille, la marque parisienne de biscuits. Brindille devance la jeune marque bordelaise Grain d'Or. Claire Lenoir restera à la tête de la marque, qui gardera son siège.";
    expect(leads(text)).toContain('LEADS Claire Lenoir -> Brindille');
    expect(leads(text)).not.toContain("LEADS Claire Lenoir -> Grain d'Or");
  });
});

describe('near misses', () => {
  it.each([
    // a post left, not kept
    `${DEAL_FR} Claire Lenoir a quitté la tête de la filiale.`,
    // no post: a shareholder stays
    `${DEAL_FR} Claire Lenoir restera actionnaire de la filiale.`,
    // no takeover told: the subsidiary is no company bought
    'Le groupe Vérane réalise 80 millions d’euros de chiffre d’affaires. Claire Lenoir restera à la tête de la filiale.',
  ])('%s', (text) => {
    expect(leads(text).filter((f) => f.endsWith('-> Brindille') || f.endsWith('-> Vérane'))).toEqual([]);
  });

  it('leaves a subsidiary named in the sentence to that name', () => {
    const text = `${DEAL_FR} Claire Lenoir restera à la tête de la filiale espagnole Brindilla Iberia.`;
    expect(leads(text)).not.toContain('LEADS Claire Lenoir -> Brindille');
  });

  it('reads no bought company when the sentence names another company first', () => {
    const text = `${DEAL_FR} Chez Torvane, Paul Mercier reste aux commandes de la filiale.`;
    expect(leads(text)).not.toContain('LEADS Paul Mercier -> Brindille');
  });
});
