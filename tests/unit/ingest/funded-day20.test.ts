import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day twenty, FUNDED: a lender reached across the words the press puts around its verb (a verb taking the lending
 * verb as complement, a time phrase, a closed apposition, a pronoun for the borrower: `frames/funded-lender-reach.ts`);
 * a second clause's own giver after ", et" / ", and" (`frames/funded-second-clause.ts`); investors counted, then
 * listed after a colon with what the press adds about each (`frames/funded-counted-list.ts`); a loan's participle
 * with the borrower between it and the lenders (`frames/funded-loan-participle.ts`); a sum that sizes a round is
 * no goods bought (`deal-goods-guard.ts`); a count opening a sentence is no name (`entities/opening-words.ts`).
 */

/** FUNDED pairs of a headline, a lead about the company raising, then the sentence read. */
function funded(title: string, lead: string, sentence: string): string[] {
  const text = `${title}\n\n${lead}\n\n${sentence}`;
  return facts(extractArticle({ file: 'test', text, title, published: '2026-11-24' }), 'FUNDED')
    .map(pair)
    .sort();
}

const FR_TITLE = 'Vigilix lève 10 millions d’euros';
const FR_LEAD = "La start-up lyonnaise Vigilix a levé 10 millions d'euros auprès de Sofinnova Partners.";
const EN_TITLE = 'Voltaris raises £10 million';
const EN_LEAD = 'Voltaris, a British battery start-up, raised 10 million pounds from Lakestar.';
const fr = (sentence: string): string[] => funded(FR_TITLE, FR_LEAD, sentence);
const en = (sentence: string): string[] => funded(EN_TITLE, EN_LEAD, sentence);

describe('a lender reached across a verb taking the lending verb, a time phrase or an apposition', () => {
  test.each([
    [
      'Separately, the National Wealth Fund has agreed to lend the company 50 million pounds to build a site.',
      'National Wealth Fund -> Voltaris',
    ],
    [
      'Its lender, Clydesdale Bank, agreed in July to extend a £6 million credit facility to the group.',
      'Clydesdale Bank -> Voltaris',
    ],
    [
      'The Swedish Energy Agency awarded it a grant of 8 million crowns.',
      'Swedish Energy Agency -> Voltaris',
    ],
  ])('en: %s', (sentence, want) => {
    expect(en(sentence)).toContain(want);
  });

  test.each([
    [
      'La Région Bretagne vient de lui accorder une subvention de 400 000 euros pour son centre.',
      'Région Bretagne -> Vigilix',
    ],
    [
      "L'Agence régionale de développement (ARD), dirigée par Thierry Roussel, a accordé en 2024 à l'entreprise une avance remboursable de 1,5 million d'euros.",
      'Agence régionale de développement -> Vigilix',
    ],
    [
      "L'Agence nationale de la recherche lui a attribué une aide de 900 000 euros pour un programme.",
      'Agence nationale de la recherche -> Vigilix',
    ],
  ])('fr: %s', (sentence, want) => {
    expect(fr(sentence)).toContain(want);
  });

  test.each([
    ['The bank did not agree to lend the company any money.', 'en'],
    ['The council awarded the contract for the new road to Kier.', 'en'],
    ["La Région Bretagne n'a pas accordé de subvention à la société.", 'fr'],
    ['La Région Bretagne lui apporte son aide pour recruter.', 'fr'],
  ])('near miss, no lender: %s', (sentence, lang) => {
    const got = lang === 'en' ? en(sentence) : fr(sentence);
    expect(got.filter((p) => !p.startsWith('Lakestar') && !p.startsWith('Sofinnova'))).toEqual([]);
  });

  it('gives the loan to the company the sentence named before its lender, not to the article', () => {
    const text =
      "Fenwick Foods bought Maple & Rye last year. Maple & Rye's lender, Great Lakes Commerce Bank, extended a $40 million credit line to the company in 2025.";
    const got = facts(extractArticle({ file: 'test', text, published: '2026-11-24' }), 'FUNDED').map(pair);
    expect(got).toContain('Great Lakes Commerce Bank -> Maple & Rye');
    expect(got).not.toContain('Great Lakes Commerce Bank -> Fenwick Foods');
  });
});

describe("a second clause's own giver after a comma and a conjunction", () => {
  it('fr: both lenders fund the article company, neither funds the other', () => {
    const got = fr(
      "Bpifrance apporte un prêt d'innovation de 3,5 millions d'euros, et le Conseil européen de l'innovation a accordé à la société une subvention de 2,5 millions d'euros.",
    );
    expect(got).toContain('Bpifrance -> Vigilix');
    expect(got).toContain("Conseil européen de l'innovation -> Vigilix");
    expect(got).not.toContain("Bpifrance -> Conseil européen de l'innovation");
  });

  it('en: the second giver funds the company too', () => {
    const got = en(
      'Separately, the National Wealth Fund has agreed to lend the company 50 million pounds, and Innovate UK awarded it a 4 million pound grant last year.',
    );
    expect(got).toContain('Innovate UK -> Voltaris');
    expect(got).not.toContain('National Wealth Fund -> Innovate UK');
  });

  it('near miss: a list closed by ", et le fonds B" with no verb of its own stays one list', () => {
    const got = fr('Le tour est mené par Demeter, Elaia, et le fonds Kima Ventures.');
    expect(got).toContain('Kima Ventures -> Vigilix');
  });
});

describe('investors counted, then listed after a colon with what the press adds about each', () => {
  it('fr: a relative and a vehicle phrase describe the member before them', () => {
    const got = fr(
      "Quatre investisseurs, pour l'essentiel déjà présents au capital, participent au tour : Sofinnova Partners, qui le mène, Bpifrance, au travers de son fonds consacré à la santé, le fonds lyonnais Siparex et le laboratoire Servier.",
    );
    expect(got).toEqual(
      expect.arrayContaining(['Bpifrance -> Vigilix', 'Servier -> Vigilix', 'Siparex -> Vigilix']),
    );
  });

  it('fr: a round sized before the company is no goods bought, and the count is no name', () => {
    const got = fr(
      "Trois fonds accompagnent la série A de 18 millions d'euros de Payvia, une plateforme de paiement : Elaia, qui mène l'opération, Serena et Kima Ventures.",
    );
    expect(got).toEqual(
      expect.arrayContaining(['Elaia -> Payvia', 'Kima Ventures -> Payvia', 'Serena -> Payvia']),
    );
    expect(got.some((p) => p.startsWith('Trois'))).toBe(false);
  });

  it('en: a possessor and an owner in an apposition are no members', () => {
    const got = en(
      "The company also brought in three investors: Canada's Caisse de dépôt et placement du Québec, the Dutch pension manager APG and British Patient Capital, the commercial arm of the state-owned British Business Bank.",
    );
    expect(got).toEqual(expect.arrayContaining(['APG -> Voltaris', 'British Patient Capital -> Voltaris']));
    expect(got).not.toContain('British Business Bank -> Voltaris');
    expect(got).not.toContain('Canada -> Voltaris');
  });

  it('near miss: a list longer than the count is not read by the counted list', () => {
    const text = `${EN_TITLE}\n\n${EN_LEAD}\n\nThree investors took part in the round: Northzone, Creandum, Atomico and Balderton.`;
    const rules = facts(extractArticle({ file: 'test', text, published: '2026-11-24' }), 'FUNDED').map(
      (r) => r.rule,
    );
    expect(rules.filter((r) => r.startsWith('any.funded.counted-list'))).toEqual([]);
  });
});

describe("a loan's participle with the borrower between it and the lenders", () => {
  it('fr: "un prêt … accordé au groupe par A et B" funds the article company from both banks', () => {
    const got = fr(
      "S'y ajoute un prêt de 30 millions d'euros sur sept ans accordé au groupe par BNP Paribas et la Banque Populaire du Nord.",
    );
    expect(got).toEqual(
      expect.arrayContaining(['Banque Populaire du Nord -> Vigilix', 'BNP Paribas -> Vigilix']),
    );
  });

  it('en: "a loan granted to it by A and B"', () => {
    const got = en('The company also has a 30 million pound loan granted to it by Barclays and HSBC.');
    expect(got).toEqual(expect.arrayContaining(['Barclays -> Voltaris', 'HSBC -> Voltaris']));
  });

  it('near miss: a participle of another noun ("un contrat accordé au groupe par A") lends nothing', () => {
    const got = fr('Le groupe a signé un contrat de 30 millions d’euros accordé au groupe par la SNCF.');
    expect(got.filter((p) => !p.startsWith('Sofinnova'))).toEqual([]);
  });
});
