/**
 * Day thirty-one, French press: a sentence opening on a participle of heading with its agent ("Dirigée par P,
 * ex-directrice financière de Y, la coopérative …", "Chaired by P, a former Y executive, the snack maker …") is read
 * as a fronted phrase (anaphora-fronted-heading.ts): the pointer after it is the company the text is about, not the
 * person's past employer, and the head is not given to the company the main clause buys. Articles written for these
 * tests.
 */
import { tokenize } from '../../../ingest/tokens';
import { opensOnFrontedHeading } from '../../../ingest/relations/anaphora-fronted-heading';
import { madePairs } from './helpers';

const PUBLISHED = '2026-11-30';

describe('a fronted head with a past employer apposed', () => {
  it.each([
    [
      'Celvia collecte du lait dans le Morbihan. Dirigée depuis 2021 par Anne-Sophie Keraudren, ex-directrice financière de Lactinor, la coopérative a acquis en 2022 le yaourtier Laiterie du Blavet.',
      'Anne-Sophie Keraudren -> Celvia',
      'Celvia -> Laiterie du Blavet',
      'Anne-Sophie Keraudren -> Laiterie du Blavet',
    ],
    [
      'Cobalt Foods makes snacks in Leeds. Chaired by Anne Kerr, a former Unilever executive, the snack maker bought the crisp brand Crunchly in 2022.',
      'Anne Kerr -> Cobalt Foods',
      'Cobalt Foods -> Crunchly',
      'Anne Kerr -> Crunchly',
    ],
  ])('%s', (text, leader, deal, wrong) => {
    const leads = madePairs(text, PUBLISHED, 'LEADS');
    expect(leads).toContain(leader);
    expect(leads).not.toContain(wrong);
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toContain(deal);
  });
});

describe('opensOnFrontedHeading', () => {
  it.each([
    'Dirigée depuis 2021 par Anne Keraudren, la coopérative a grandi.',
    'Désormais présidée par Anne Keraudren, la société a grandi.',
    'Chaired by Anne Kerr, the group grew.',
  ])('reads %s', (text) => {
    expect(opensOnFrontedHeading(tokenize(text))).toBe(true);
  });

  it.each([
    // no agent: a place, not a head
    'Dirigée depuis Vannes, la coopérative a grandi.',
    // the participle does not open the sentence
    'La coopérative, dirigée par Anne Keraudren, a grandi.',
    // a participle of buying is read by the deal readers
    'Rachetée par Lactinor, la coopérative a grandi.',
  ])('does not read %s', (text) => {
    expect(opensOnFrontedHeading(tokenize(text))).toBe(false);
  });
});
