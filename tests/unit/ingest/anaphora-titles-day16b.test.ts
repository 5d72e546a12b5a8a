/**
 * Day sixteen (round two), titles and described pointers. The French compound title "président-directeur général" /
 * "présidente-directrice générale" is a leader's title wherever a single title word is read: after a possessive
 * ("P, son président-directeur général"), bare in a reporting clause, after a verb of appointing. A name inside an
 * apposition of the appointing company ("Y, issue du CEA-Leti, a nommé P …") is not the one appointing. A described
 * pointer with a seat never told ("the Denver-based company, founded in 2011 by P") in the story of a deal still on
 * its parties is the target. Variants of each class and near misses; sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { facts, madePairs, pair } from './helpers';

const leads = (text: string) => madePairs(text, '2026-03-01', 'LEADS');
const KERLANN =
  'Le groupe Kerlann Logistique a annoncé le rachat de Transports Morvillier. Basé à Quimper, le groupe breton emploie 2 600 personnes.';

describe('the compound French title heads the company', () => {
  it.each([
    [
      `${KERLANN} « Nous devenons le numéro deux », explique Yann Le Goff, son président-directeur général.`,
      'Yann Le Goff -> Kerlann Logistique',
    ],
    [
      `${KERLANN} Le marché reste porteur, estime Nadia Ferhat, sa présidente-directrice générale.`,
      'Nadia Ferhat -> Kerlann Logistique',
    ],
    [
      `${KERLANN} « Le marché reste porteur », explique la présidente-directrice générale, Nadia Ferhat.`,
      'Nadia Ferhat -> Kerlann Logistique',
    ],
    [
      'La biotech grenobloise Nuvalis a nommé mardi Karim Bensaïd président-directeur général.',
      'Karim Bensaïd -> Nuvalis',
    ],
  ])('%s', (text, expected) => {
    expect(leads(text)).toContain(expected);
  });

  it('a title held before is no leader', () => {
    const pairs = leads(
      `${KERLANN} Le marché reste porteur, estime Yann Le Goff, son ancien président-directeur général.`,
    );
    expect(pairs.some((p) => p.startsWith('Yann Le Goff'))).toBe(false);
  });
});

describe('a name inside the appointing company apposition does not appoint', () => {
  it.each([
    'La biotech grenobloise Nuvalis, issue du CEA-Leti, a nommé Karim Bensaïd président-directeur général.',
    'La biotech grenobloise Nuvalis, issue du CEA-Leti, a nommé Karim Bensaïd directeur général.',
    'La biotech grenobloise Nuvalis, filiale du groupe Servier, a désigné Karim Bensaïd président.',
  ])('%s', (text) => {
    const pairs = leads(text);
    expect(pairs).toContain('Karim Bensaïd -> Nuvalis');
    expect(pairs.some((p) => p.includes('CEA-Leti') || p.includes('Servier'))).toBe(false);
  });

  it('an apposition of the company itself is still stepped over', () => {
    expect(leads('Acme Corp, a Boston software firm, named Jane Doe chief executive.')).toContain(
      'Jane Doe -> Acme Corp',
    );
  });
});

const DEAL =
  'Ridgeline Capital Partners has agreed to acquire Tractiv Inc, a maker of fleet-management software, in a deal valued at about $1.4 billion, the companies said on Tuesday.\n\nRidgeline will pay $23.50 per share, a 31% premium to the closing price of Tractiv on Friday.';

function founded(middle: string, history: string): string[] {
  const title = 'Ridgeline Capital to take fleet software maker Tractiv private';
  const text = `${title}\n\n${DEAL}\n\n${middle}\n\n${history}`;
  return facts(extractArticle({ file: 'test', text, title, published: '2026-03-01' }), 'FOUNDED').map(pair);
}

describe('a described pointer with a seat never told is the deal target', () => {
  it.each([
    [
      "Tractiv's board unanimously approved the deal.",
      'The Denver-based company, founded in 2011 by Priya Raman and Lucas Webb, sells route-planning tools.',
    ],
    [
      'Tractiv unanimously approved the deal.',
      'The Denver-based company, founded in 2011 by Priya Raman and Lucas Webb, sells route-planning tools.',
    ],
    [
      "Tractiv's board unanimously approved the deal.",
      'The Colorado-based company, established in 2011 by Priya Raman and Lucas Webb, sells route-planning tools.',
    ],
  ])('%s / %s', (middle, history) => {
    const pairs = founded(middle, history);
    expect(pairs).toContain('Priya Raman -> Tractiv Inc');
    expect(pairs.some((p) => p.includes('Ridgeline'))).toBe(false);
  });

  it('a seat told of the buyer stays the buyer', () => {
    const pairs = founded(
      'Ridgeline, a Boston-based firm, has made six deals since 2020.',
      'The Boston-based company, founded in 1999 by Priya Raman and Lucas Webb, manages $9 billion.',
    );
    expect(pairs).not.toContain('Priya Raman -> Tractiv Inc');
  });
});
