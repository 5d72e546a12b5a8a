import { entitiesOf } from './helpers';
import { isPublicBodyName } from '../../../ingest/relations/public-body-side';
import type { EntityIndex } from '../../../ingest/resolve/mentions';

/**
 * Entity classes of the twentieth day, from wire and regional copy: bodies named with "and"/"et" inside their
 * field ("Office of Competition and Consumer Protection", "Chambre de commerce et d'industrie"), a body or place
 * glued before an officer's name ("FDA Commissioner X", "le préfet du Jura X"), counts glued to party names and
 * tables written out ("Centre Party 37", "Denmark 69 (69)"), a bare place shared by two names' complements ("du
 * Jura"), and a body's head used alone to refer back to it ("the Commission said"). Every sentence is written for
 * this file.
 */
function entities(text: string): Map<string, string> {
  return new Map(entitiesOf(text).map((e) => [e.name, e.type]));
}

function aliasesOf(text: string, name: string): string[] {
  return entitiesOf(text).find((e) => e.name === name)?.aliases ?? [];
}

describe('a public body keeps the fields it lists with "and", "et" or commas', () => {
  it.each([
    [
      "The deal needs approval from Poland's Office of Competition and Consumer Protection and should close soon.",
      'Office of Competition and Consumer Protection',
    ],
    [
      'She studied at the AGH University of Science and Technology in Krakow.',
      'AGH University of Science and Technology',
    ],
    [
      'The index rose, the Federal Office of Industry, Trade and Labour said.',
      'Federal Office of Industry, Trade and Labour',
    ],
    [
      "La Chambre de commerce et d'industrie du Jura a accompagné la famille.",
      "Chambre de commerce et d'industrie du Jura",
    ],
    ["Le ministère du Travail et de l'Emploi a publié les chiffres.", "ministère du Travail et de l'Emploi"],
    [
      "Le ministère de l'Économie et des Finances a validé le rachat.",
      "ministère de l'Économie et des Finances",
    ],
  ])('%s', (text, body) => {
    expect(entities(text).get(body)).toBe('Organization');
  });

  it.each([
    ['The Department of Energy and Exxon Corp signed the accord.', ['Department of Energy', 'Exxon Corp']],
    [
      'The University of Chicago and Harvard University signed the accord.',
      ['University of Chicago', 'Harvard University'],
    ],
    [
      'He met the Ministry of Finance, the Bank of Japan and Nomura.',
      ['Ministry of Finance', 'Bank of Japan', 'Nomura'],
    ],
    ["L'Autorité de la concurrence et de l'ARS ont été saisies.", ['Autorité de la concurrence']],
    ["L'Université de Lyon et de Grenoble ont signé une convention.", ["L'Université de Lyon"]],
  ])('a second party stays apart: %s', (text, names) => {
    const found = entities(text);
    for (const name of names) expect(found.get(name)).toBe('Organization');
    for (const name of found.keys()) expect(names).toContain(name);
  });
});

describe('a body or place before an officer and a name is a name of its own, the person another', () => {
  it.each([
    [
      'Food and Drug Administration Commissioner Frank Young said the agency would review it.',
      'Food and Drug Administration',
      'Frank Young',
    ],
    ['FDA Commissioner Frank Young said the agency would review the drug.', 'FDA', 'Frank Young'],
  ])('%s', (text, body, person) => {
    const found = entities(text);
    expect(found.get(body)).toBe('Organization');
    expect(found.get(person)).toBe('Person');
  });

  it.each([
    ["Le préfet du Jura Serge Castel a salué l'accord.", 'Serge Castel'],
    ["Le maire de Poligny Dominique Bonnet a salué l'accord.", 'Dominique Bonnet'],
  ])('a lower-case post and its place: %s', (text, person) => {
    const found = entities(text);
    expect(found.get(person)).toBe('Person');
    expect([...found.keys()]).toEqual([person]);
  });

  it.each([
    ['Publisher Robert Maxwell said he would bid for the newspaper.', 'Robert Maxwell', 'Person'],
    ["Le président de la Fondation Jean Jaurès a salué l'accord.", 'Fondation Jean Jaurès', 'Organization'],
  ])('no body before the title, or a body named after a person: %s', (text, name, type) => {
    const found = entities(text);
    expect(found.get(name)).toBe(type);
    expect(found.size).toBe(1);
  });
});

describe('a count after a party or in a table written out is no part of a name', () => {
  it('election results', () => {
    const found = entities('The Social Democrats won 54 seats, the Centre Party 37 and the Liberals 21.');
    expect(found.get('Centre Party')).toBe('Organization');
    expect(found.has('Centre Party 37')).toBe(false);
  });

  it('a table of countries', () => {
    const found = entities(
      'Estimates are, Denmark 69 (69), France 419 (421), Greece 35 (44), Spain 192 (190).',
    );
    expect(found.size).toBe(0);
  });

  it('a range after a name', () => {
    expect(entities('Nigeria produced less and Qatar 20 to 30 pct under its quota.').size).toBe(0);
  });

  it.each([
    ['Le groupe possède TF1 et France 3 depuis longtemps.', 'France 3'],
    ['Hanovre 96 a battu le Bayern samedi.', 'Hanovre 96'],
  ])('channels and clubs keep their number: %s', (text, name) => {
    expect(entities(text).get(name)).toBe('Organization');
  });
});

describe('a bare place that ends two names is the place, a body head alone is the body named', () => {
  it('"du Jura" closing two names', () => {
    const found = entities(
      "Les Lunetteries du Jura et l'Union des lunetiers du Jura ont signé un accord. Le site emploie 40 personnes dans le Jura.",
    );
    expect(found.has('Jura')).toBe(false);
    expect(found.get('Lunetteries du Jura')).toBe('Organization');
  });

  it('one name may still be shortened to its last word', () => {
    const text = 'La Société des eaux de Vernay a été rachetée par Veolia. Vernay emploie 40 personnes.';
    expect(aliasesOf(text, 'Société des eaux de Vernay')).toContain('Vernay');
  });

  it('"the Commission" after the one commission named', () => {
    const text =
      'The Federal Energy Regulatory Commission (FERC) issued a proposed policy statement. The Commission said the plan would cut costs.';
    expect(aliasesOf(text, 'Federal Energy Regulatory Commission')).toContain('Commission');
    expect(entities(text).has('Commission')).toBe(false);
  });

  it('"the Exchange" after two exchanges stays apart from both', () => {
    const text =
      'The New York Stock Exchange said it sold 17 seats on the New York Futures Exchange. The Exchange said demand was strong.';
    expect(aliasesOf(text, 'New York Stock Exchange')).not.toContain('Exchange');
    expect(aliasesOf(text, 'New York Futures Exchange')).not.toContain('Exchange');
  });
});

describe('a public body is a side party of the discourse', () => {
  const index = (name: string) => ({ entities: [{ surfaces: [name] }] }) as unknown as EntityIndex;

  it.each([
    'Food and Drug Administration',
    'Federal Trade Commission',
    'Office of Fair Trading',
    'Autorité de la concurrence',
    "Ministère de l'Économie",
  ])('%s', (name) => {
    expect(isPublicBodyName(index(name), 0)).toBe(true);
  });

  it.each(['Office Depot', 'Acme Corp', 'Harlan Pierce & Dodd Inc', 'Commerzbank'])('not %s', (name) => {
    expect(isPublicBodyName(index(name), 0)).toBe(false);
  });
});
