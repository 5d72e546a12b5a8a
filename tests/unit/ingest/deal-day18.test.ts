/**
 * Deal, day eighteen. Sentences written for these tests (dev-gold-19 fr-614…en-616 and dev-gold-18 en-582 show
 * the shapes).
 * - frames/acquired-counted-deals.ts: deals counted, then named ("has made two acquisitions, A and B").
 * - frames/acquired-counted-list.ts: the first listed member may carry its own descriptor.
 * - fr.acquired.sold-passive-to: a time phrase between the participle and the buyer.
 * - fr.acquired.court-picks-offer (infinitive) and en.acquired.court-picks-bid (deal-court-bids.ts).
 * - fr.acquired.fronted-passive: a participle right after a name qualifies that name.
 * - deal-sold-pointer.ts: "the business / l'activité" sold is the unit the sentence before introduced.
 */
import { madePairs } from './helpers';

const PUBLISHED = '2026-06-09';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');
const LEAD_FR = 'Halvio Systems fabrique des radars. ';
const LEAD_EN = 'Halvio Systems makes radars. ';

describe('deals counted, then named', () => {
  it.each([
    `${LEAD_EN}Brenner Lines has made two acquisitions, Polish trucker Transkop in 2022 and Romanian warehouse operator Depozit Logistic last year.`,
    `${LEAD_EN}Brenner Lines has completed two bolt-on acquisitions: Transkop in 2022 and Depozit Logistic last year.`,
    `${LEAD_EN}Ana Feldt has led Brenner Lines through two acquisitions, Transkop in 2022 and Depozit Logistic in 2024.`,
    `${LEAD_FR}Brenner Lines a réalisé deux acquisitions depuis 2021 : Transkop et Depozit Logistic.`,
    `${LEAD_FR}Le groupe Brenner Lines a enchaîné deux rachats, Transkop en 2021 et Depozit Logistic en 2023.`,
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Brenner Lines -> Depozit Logistic', 'Brenner Lines -> Transkop']);
  });

  it.each([
    `${LEAD_EN}Brenner Lines has made two partnerships, Transkop in 2022 and Depozit Logistic last year.`,
    `${LEAD_EN}Brenner Lines has made two investments, Transkop in 2022 and Depozit Logistic last year.`,
    `${LEAD_EN}Brenner Lines has not made two acquisitions, Transkop and Depozit Logistic.`,
    `${LEAD_FR}Brenner Lines a signé deux partenariats, Transkop en 2021 et Depozit Logistic en 2023.`,
  ])('no purchase: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});

describe('a passive sale with a time phrase before the buyer', () => {
  it.each([
    `${LEAD_FR}Sa filiale Tessio Robotique avait été cédée l'an dernier à la foncière Orféo Capital.`,
    `${LEAD_FR}La filiale Tessio Robotique a été vendue en mars 2024 au groupe Orféo Capital.`,
    `${LEAD_FR}La filiale Tessio Robotique a été cédée mardi à Orféo Capital.`,
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Orféo Capital -> Tessio Robotique']);
  });

  it.each([
    `${LEAD_FR}La filiale Tessio Robotique aurait été cédée mardi au fonds Orféo Capital.`,
    `${LEAD_FR}La filiale Tessio Robotique n'a pas été cédée l'an dernier à Orféo Capital.`,
  ])('no sale made: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});

describe('a court picks the bid of a buyer', () => {
  it.each([
    `${LEAD_FR}Le tribunal de commerce de Lille a retenu l'offre de Orféo Capital pour reprendre l'enseigne Tessio Robotique.`,
    `${LEAD_FR}Le tribunal de commerce a validé mardi l'offre d'Orféo Capital pour racheter Tessio Robotique.`,
    `${LEAD_FR}Le tribunal a retenu jeudi l'offre d'Orféo Capital pour la reprise de Tessio Robotique.`,
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Orféo Capital -> Tessio Robotique']);
  });

  it.each([
    `${LEAD_EN}A bankruptcy court approved the bid of Orfeo Capital to take over Tessio Robotics.`,
    `${LEAD_EN}On Monday the judge accepted the offer from Orfeo Capital to buy Tessio Robotics.`,
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Orfeo Capital -> Tessio Robotics']);
  });

  it.each([
    `${LEAD_FR}Le tribunal de commerce a rejeté l'offre d'Orféo Capital pour reprendre Tessio Robotique.`,
    `${LEAD_EN}The court rejected the bid of Orfeo Capital to take over Tessio Robotics.`,
  ])('a rejected bid buys nothing: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});

describe('a participle right after a name qualifies it', () => {
  it('the headline clause after the comma is not the company bought', () => {
    const text = `${LEAD_FR}Le fabricant Tessio Robotique racheté par Orféo Capital, Halvio Systems se retire`;
    expect(made(text)).toEqual(['Orféo Capital -> Tessio Robotique']);
  });

  it('a participle that opens the sentence still gives its subject', () => {
    const text = `${LEAD_FR}Racheté en 2019 par Orféo Capital, le fabricant Tessio Robotique a doublé de taille.`;
    expect(made(text)).toEqual(['Orféo Capital -> Tessio Robotique']);
  });
});

describe('the business sold is the unit just introduced', () => {
  const before =
    'Norvik buys Klarview.\n\nIn 2019 Klarview set up an advertising-technology unit, Adpilot, to sell ads across Nordic publishers.\n\n';
  it.each([
    `${before}It sold the business to U.S. software group Tessaro last year.`,
    `${before}It sold the business to Tessaro in 2025 for an undisclosed sum.`,
    `${before}Klarview sold the business to Tessaro in 2025.`,
  ])('%s', (text) => {
    expect(made(text)).toContain('Tessaro -> Adpilot');
    expect(made(text)).not.toContain('Tessaro -> Klarview');
  });
});
