/**
 * Day twenty-five, precision: a town is no party. A name written only where a place goes — after "en" / "near",
 * after "à" / "in" that follows a site word ("300 personnes à X", "plants in X"), as a later member of such a
 * list ("à Pontivy et à Loudéac", "in Dayton and Xenia"), or as the dateline — is no company
 * (resolve/locative-names.ts), and a later member of a seat's list fills no role of a deal or a rivalry
 * (relations/party-place-guard.ts). Dative "à" ("se mesure à X", "cédée en 2021 à X") and "invested in X" keep
 * their party. Sentences written for these tests.
 */
import { isLocativeSlot } from '../../../ingest/resolve/locative-names';
import { tokenize } from '../../../ingest/tokens';
import { relationsOf } from './article-units';
import { run, typedPair } from './helpers';

/** Whether the first occurrence of `name` in `sentence` sits in a place's slot. */
function slotOf(sentence: string, name: string): boolean {
  const tokens = tokenize(sentence);
  const words = tokenize(name).map((t) => t.text);
  const from = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.text === w));
  if (from < 0) throw new Error(`${name} not in ${sentence}`);
  return isLocativeSlot(tokens, from, from + words.length);
}

describe('a later member of a seat or site list is no party', () => {
  it.each([
    [
      'La coopérative Terrenor, installée à Pontivy et à Loudéac, a repris la laiterie Kervallon.',
      'ACQUIRED Terrenor -> Kervallon',
      'ACQUIRED Loudéac -> Kervallon',
    ],
    [
      'Le groupe Vernadel, implanté à Lorient et à Plouay, a racheté la conserverie Marinor.',
      'ACQUIRED Vernadel -> Marinor',
      'ACQUIRED Plouay -> Marinor',
    ],
    [
      'Velmont Foods, with plants in Dayton and Xenia, acquired Strutwell.',
      'ACQUIRED Velmont Foods -> Strutwell',
      'ACQUIRED Xenia -> Strutwell',
    ],
    [
      'Halvorn Power, based in Leeds and in Wakefield, acquired Ranton Grid.',
      'ACQUIRED Halvorn Power -> Ranton Grid',
      'ACQUIRED Wakefield -> Ranton Grid',
    ],
  ])('%s', (text, kept, refused) => {
    const facts = relationsOf(text).map(typedPair);
    expect(facts).toContain(kept);
    expect(facts).not.toContain(refused);
  });

  it('keeps the rivals a site list stands before', () => {
    const facts = relationsOf(
      'La PME Cardelis, qui compte 230 salariés à Cholet et à Beaupréau, affronte désormais Tissalys et Fibrano.',
    ).map(typedPair);
    expect(facts).toEqual(
      expect.arrayContaining(['COMPETES_WITH Cardelis -> Tissalys', 'COMPETES_WITH Cardelis -> Fibrano']),
    );
    expect(facts.filter((f) => f.includes('Beaupréau'))).toEqual([]);
  });
});

describe('a name seen only in a place slot founds nothing and is no entity', () => {
  it.each([
    [
      "« Nous produisons tout en Mayenne », affirme Claire Dutertre, directrice générale de Lavorel, dont le père Henri Dutertre a fondé l'entreprise en 1981.",
      'Mayenne',
      'FOUNDED Henri Dutertre -> Lavorel',
    ],
    [
      '"We still make everything near Wexham," said Tom Pryor, chief executive of Dallow Pumps, whose father Alan Pryor founded the company in 1979.',
      'Wexham',
      'FOUNDED Alan Pryor -> Dallow Pumps',
    ],
  ])('%s', (text, place, founded) => {
    const article = run(text);
    expect(article.entities.map((e) => e.name)).not.toContain(place);
    expect(article.relations.map(typedPair)).toContain(founded);
  });
});

describe('the slot itself', () => {
  it.each([
    ['Le transporteur Gallardin emploie 85 salariés à Vitré et à Fougères.', 'Fougères'],
    ['Le transporteur Gallardin emploie 85 salariés à Vitré, Fougères et Janzé.', 'Janzé'],
    ['The group runs two depots near Tamworth.', 'Tamworth'],
    ['Its plants in Dayton, Xenia and Troy make valves.', 'Troy'],
    ['VITRÉ, 12 mai – Le transporteur Gallardin a racheté Kermel.', 'VITRÉ'],
  ])('%s: %s is a place', (sentence, name) => {
    expect(slotOf(sentence, name)).toBe(true);
  });

  it.each([
    ['Nomalia se mesure notamment à Vexon et à Pralis.', 'Pralis'],
    ['Elle a été revendue en 2021 à Bastelle.', 'Bastelle'],
    ['Brevik Foods has invested in Korvid and Tallis.', 'Tallis'],
    ['Marubeni set up a venture in Oslo, Nordhav Digital, to sell software.', 'Nordhav Digital'],
    ['Le groupe Vernadel a cédé sa filiale à Marinor et à Plouvin.', 'Plouvin'],
  ])('%s: %s is a party', (sentence, name) => {
    expect(slotOf(sentence, name)).toBe(false);
  });
});
