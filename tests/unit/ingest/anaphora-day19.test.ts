/**
 * Day nineteen, singular pointers read by the deal they follow: a boss kept in post right after a takeover is the
 * bought company's ("Son PDG, P, restera en poste"; French only, see units-possessives.ts); a company pointer in a
 * sentence telling how a deal is paid for is the deal's buyer ("Pour financer la reprise, la banque accorde au
 * groupe un crédit", "To fund the deal, the company has secured a loan"). Variants in both languages and
 * near-misses. Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { tokenize } from '../../../ingest/tokens';
import { keepsPost } from '../../../ingest/relations/anaphora-kept-post';
import { tellsDealFinancing } from '../../../ingest/relations/anaphora-deal-financing';
import { madePairs } from './helpers';

const leads = (text: string) => madePairs(text, '2026-03-01', 'LEADS');
const funded = (text: string) => madePairs(text, '2026-03-01', 'FUNDED');

/** FUNDED pairs of an article with its headline (the headline makes its first company the article's). */
function fundedWithTitle(title: string, body: string): string[] {
  const article = extractArticle({
    file: 'test',
    title,
    text: `${title}\n\n${body}`,
    published: '2026-03-01',
  });
  return article.relations
    .filter((r) => r.type === 'FUNDED')
    .map((r) => `${r.source} -> ${r.target}`)
    .sort();
}

const ELVORA = "Le groupe Elvora a racheté mardi le nantais Mobilink pour 40 millions d'euros.";
const PLATEWISE = 'Brightmeal has been acquired by food delivery group Platewise for an undisclosed sum.';

describe('a boss kept in post right after a takeover leads the bought company', () => {
  it.each([
    [`${ELVORA} Son président, Yusuf Demir, restera en poste.`, 'Yusuf Demir -> Mobilink'],
    [`${ELVORA} Son cofondateur et président, Yusuf Demir, reste aux commandes.`, 'Yusuf Demir -> Mobilink'],
  ])('reads "%s"', (text, expected) => {
    expect(leads(text)).toContain(expected);
  });

  it('is French only: an English possessive after a passive deal keeps its earlier reading', () => {
    const text = `${PLATEWISE} Its chief executive, Kwame Mensah, will stay on.`;
    expect(leads(text)).toContain('Kwame Mensah -> Platewise');
  });

  it('leaves a boss who only comments to the buyer the sentence before was about', () => {
    const text = `${ELVORA} Son président, Yusuf Demir, reste convaincu de l'intérêt du rapprochement.`;
    expect(leads(text)).not.toContain('Yusuf Demir -> Mobilink');
  });

  it('does not take a boss kept as a shareholder for one kept in post', () => {
    const text = `${ELVORA} Son président, Yusuf Demir, restera actionnaire minoritaire.`;
    expect(leads(text)).not.toContain('Yusuf Demir -> Mobilink');
  });

  it('does not reach back to a deal told several sentences before', () => {
    const text = `${ELVORA} Le groupe emploie 900 personnes. Il a ouvert une usine à Nantes en 2020. Il vise 300 millions d'euros de ventes. Son président, Yusuf Demir, restera en poste.`;
    expect(leads(text)).not.toContain('Yusuf Demir -> Mobilink');
  });

  it('leaves a sentence that names the company kept at the head of to that company', () => {
    const text = `${ELVORA} Son président, Yusuf Demir, restera à la tête du groupe Elvora.`;
    expect(leads(text)).toContain('Yusuf Demir -> Elvora');
    expect(leads(text)).not.toContain('Yusuf Demir -> Mobilink');
  });
});

describe('keepsPost', () => {
  it.each([
    ['Son PDG restera en poste.', true],
    ['Elle reste aux commandes du réseau.', true],
    ['Le dirigeant conserve ses fonctions.', true],
    ['The founder will stay on as chief executive.', true],
    ['She will remain in charge of the business.', true],
    ['Il reste convaincu de l’intérêt du projet.', false],
    ['Le fondateur conserve 30 % des parts.', false],
    ['He will remain a shareholder.', false],
  ])('"%s" → %s', (sentence, expected) => {
    expect(keepsPost(tokenize(sentence))).toBe(expected);
  });
});

describe('a company pointer in a sentence financing a deal is its buyer', () => {
  const vacanciel =
    "Le spécialiste de l'hôtellerie de plein air Vacanciel a repris jeudi les campings Soleil d'Oc. Vacanciel est contrôlé depuis 2021 par la société d'investissement Montalivet Partenaires.";
  const kerlann =
    "Le groupe de transport Kerlann Logistique a annoncé mardi l'acquisition du transporteur normand Morvillier. Chez Morvillier, l'annonce a été accueillie avec soulagement.";

  it('reads "au groupe" after a sentence about the buyer\'s owner as the buyer', () => {
    const text = `${vacanciel} Pour financer la reprise, la Caisse d'Epargne Languedoc-Roussillon accorde au groupe un crédit de 15 millions d'euros.`;
    expect(funded(text)).toContain("Caisse d'Epargne Languedoc-Roussillon -> Vacanciel");
    expect(funded(text)).not.toContain("Caisse d'Epargne Languedoc-Roussillon -> Montalivet Partenaires");
  });

  it('reads a trade noun the target was called by as the buyer when it pays for the deal', () => {
    const text = `${kerlann} Pour financer l'opération, le transporteur a obtenu un prêt de 35 millions d'euros auprès du Crédit Mutuel Arkéa.`;
    expect(funded(text)).toEqual(['Crédit Mutuel Arkéa -> Kerlann Logistique']);
  });

  it('leaves the trade noun to the target when the loan pays for something else', () => {
    const text = `${kerlann} Pour moderniser sa flotte, le transporteur a obtenu un prêt de 35 millions d'euros auprès du Crédit Mutuel Arkéa.`;
    expect(funded(text)).toEqual(['Crédit Mutuel Arkéa -> Morvillier']);
  });

  it('reads "the company" funding the deal in English as the buyer, not the target just described', () => {
    const title = 'Halvorsen Defence to buy Skyrift';
    const body =
      'Halvorsen Defence has agreed to buy Danish drone maker Skyrift for $310 million. Skyrift is backed by Nordic fund Viking Ridge Capital, which owns 40% of its shares. To fund the deal, the company has secured a $200 million loan from DNB.';
    expect(fundedWithTitle(title, body)).toContain('DNB -> Halvorsen Defence');
    expect(fundedWithTitle(title, body)).not.toContain('DNB -> Skyrift');
  });
});

describe('tellsDealFinancing', () => {
  it.each([
    ['Pour financer la reprise, la banque accorde au groupe un crédit.', true],
    ["L'opération, qui doit être finalisée en mars, sera financée par un prêt.", true],
    ['To fund the acquisition, the group drew a credit line.', true],
    ['The deal will be funded from existing cash.', true],
    ['Pour moderniser ses sites, la banque accorde au groupe un crédit.', false],
    ['The company raised $45 million in a round led by a fund.', false],
  ])('"%s" → %s', (sentence, expected) => {
    expect(tellsDealFinancing(tokenize(sentence))).toBe(expected);
  });
});
