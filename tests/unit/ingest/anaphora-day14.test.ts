/**
 * Day fourteen, singular pointers: a stake kept or rolled over through a takeover is in the company that changes
 * hands ("Bpifrance, entrée au capital en 2020, conserve une participation de 10 %"); "Son fondateur" after a
 * sentence about another company that names the deal's target in passing is that company's founder; a founding
 * sentence's pointer told by an origin the text never gave ("l'entreprise vendéenne") is the target just bought.
 * Variants of each class and near-misses. Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { madePairs } from './helpers';

const funded = (text: string) => madePairs(text, '2026-03-01', 'FUNDED');
const founded = (text: string) => madePairs(text, '2026-03-01', 'FOUNDED');

/** FOUNDED pairs of an article with its headline (the headline makes the buyer the article's company). */
function foundedWithTitle(title: string, body: string): string[] {
  const article = extractArticle({
    file: 'test',
    title,
    text: `${title}\n\n${body}`,
    published: '2026-03-12',
  });
  return article.relations.filter((r) => r.type === 'FOUNDED').map((r) => `${r.source} -> ${r.target}`);
}

describe('a stake kept through a takeover is in the target', () => {
  it.each([
    [
      "Le groupe de médias Hachette-Vernon a pris le contrôle d'Ondes & Cie en rachetant 65 % de son capital. Les fonds Kima Ventures et Serena Capital cèdent leurs parts. Bpifrance, entrée au capital en 2020, conserve une participation de 10 %.",
      'Bpifrance -> Ondes & Cie',
    ],
    [
      "Le groupe laitier Terrelia a racheté la biscuiterie Maunoury pour 30 millions d'euros. Le fonds Unexo, entré au capital en 2017, garde 15 % des parts.",
      'Unexo -> Maunoury',
    ],
    [
      "Le groupe laitier Terrelia a racheté la biscuiterie Maunoury pour 30 millions d'euros. Le fonds Unexo, entré au capital en 2017, conservera sa participation minoritaire.",
      'Unexo -> Maunoury',
    ],
    [
      "Le groupe laitier Terrelia a racheté la biscuiterie Maunoury pour 30 millions d'euros. Le fonds Unexo, entré au capital en 2017, réinvestit aux côtés de l'acquéreur.",
      'Unexo -> Maunoury',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(funded(text)).toContain(expected);
  });

  it('leaves a kept board seat to the article company (no stake kept)', () => {
    const text =
      'Le transporteur Transports Maréchal change de génération. Pour grossir, il a racheté en 2024 le lyonnais Frigo Express Rhône. Le fonds régional Rhône-Alpes Création, entré au capital en 2019, conserve un siège au conseil de surveillance.';
    expect(funded(text)).toContain('Rhône-Alpes Création -> Transports Maréchal');
    expect(funded(text)).not.toContain('Rhône-Alpes Création -> Frigo Express Rhône');
  });

  it('does not send a kept majority to the target (the company did not change hands)', () => {
    const text =
      'Le recycleur Régénéra ouvre son capital à Valmy Industrie et annonce le rachat du belge Plastiflex. Le fonds Ardennes Expansion, entré au capital en 2018, conserve la majorité du capital.';
    expect(funded(text)).not.toContain('Ardennes Expansion -> Plastiflex');
  });
});

describe('"Son fondateur" after a sentence about another company', () => {
  it.each([
    [
      "Sélénia Vacances a racheté Horizon Dunes pour 64 millions d'euros. La start-up nantaise Campilo, dont le logiciel de réservation équipe déjà les sites d'Horizon Dunes, devient fournisseur du réseau. Son fondateur, Yannick Le Goff, se réjouit.",
      'Yannick Le Goff -> Campilo',
    ],
    [
      "Sélénia Vacances a racheté Horizon Dunes pour 64 millions d'euros. La PME Campilo, qui équipe les sites d'Horizon Dunes, devient fournisseur du réseau. Son cofondateur, Yannick Le Goff, se réjouit.",
      'Yannick Le Goff -> Campilo',
    ],
    [
      "Kestrel Freight bought Northway Cold Chain last year. Tracklane Systems, whose software already runs Northway Cold Chain's depots, will now supply the whole group. Its founder, Amy Cole, said the contract doubles its revenue.",
      'Amy Cole -> Tracklane Systems',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(founded(text)).toContain(expected);
  });

  it.each([
    "Sélénia Vacances a racheté Horizon Dunes pour 64 millions d'euros. Son fondateur, Yannick Le Goff, reste aux commandes.",
    "Sélénia Vacances a racheté Horizon Dunes pour 64 millions d'euros. Horizon Dunes exploite onze campings. Son fondateur, Yannick Le Goff, reste aux commandes.",
    "Sélénia Vacances a racheté Horizon Dunes pour 64 millions d'euros. L'opération valorise Horizon Dunes à 80 millions d'euros. Son fondateur, Yannick Le Goff, reste aux commandes.",
  ])('keeps the target just bought in "%s"', (text) => {
    expect(founded(text)).toEqual(['Yannick Le Goff -> Horizon Dunes']);
  });
});

describe('a founding pointer told by an origin the text never gave is the target just bought', () => {
  const title = "Sélénia Vacances s'offre Horizon Dunes";

  it.each([
    "Le groupe Sélénia Vacances a finalisé mardi le rachat d'Horizon Dunes, qui exploite onze campings en Vendée.\n\nFondée en 2009 par Mathilde Gorin, l'entreprise vendéenne emploie 210 salariés.",
    "Le groupe Sélénia Vacances a finalisé mardi le rachat d'Horizon Dunes.\n\nCréée en 2009 par Mathilde Gorin, la société nantaise emploie 210 salariés.",
  ])('reads "%s"', (body) => {
    expect(foundedWithTitle(title, body)).toEqual(['Mathilde Gorin -> Horizon Dunes']);
  });

  it('leaves an origin told of the buyer to the buyer', () => {
    const body =
      "Le groupe lyonnais Sélénia Vacances a finalisé mardi le rachat d'Horizon Dunes.\n\nFondée en 1990 par Mathilde Gorin, l'entreprise lyonnaise emploie 900 salariés.";
    expect(foundedWithTitle(title, body)).toEqual(['Mathilde Gorin -> Sélénia Vacances']);
  });
});

describe('the object of a takeover pointed at after its buyer is the company before it', () => {
  const acquired = (text: string) => madePairs(text, '2026-03-01', 'ACQUIRED');

  it.each([
    'Corvane Health runs imaging centres. In 2021 Oakfield Capital took control of the company.',
    'Corvane Health runs imaging centres. Oakfield Capital acquired it in 2021.',
    'Corvane Health runs imaging centres. The company was founded in 1990. Oakfield Capital bought it in 2021.',
    "Corvane Health exploite des centres d'imagerie. En 2021, le fonds Oakfield Capital a pris le contrôle de la société.",
    "Corvane Health exploite des centres d'imagerie. Le fonds Oakfield Capital a racheté la société en 2021.",
  ])('reads "%s"', (text) => {
    expect(acquired(text)).toContain('Oakfield Capital -> Corvane Health');
  });

  it('leaves "it" after a named object to that object', () => {
    expect(
      acquired(
        'Corvane Health runs imaging centres. Oakfield Capital bought Medline in 2020 and sold it in 2024.',
      ),
    ).not.toContain('Oakfield Capital -> Corvane Health');
  });

  it('keeps a person buyer: the company named before is the one bought', () => {
    const text =
      "Callmédia est dirigé depuis 2018 par Nadia Chérif, qui a racheté l'entreprise à son fondateur, Gérard Lemaire.";
    expect(founded(text)).toEqual(['Gérard Lemaire -> Callmédia']);
  });
});
