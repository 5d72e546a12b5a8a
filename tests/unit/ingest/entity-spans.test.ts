import { tokenize } from '../../../ingest/tokens';
import { run } from './helpers';

function names(text: string): string[] {
  return run(text).entities.map((e) => e.name);
}

describe('name spans of wire copy', () => {
  it('keeps a bracketed qualifier before a legal form inside the name', () => {
    expect(names('Talvern (Asia) Holdings Ltd agreed to buy Pemberly Corp.')).toContain(
      'Talvern (Asia) Holdings Ltd',
    );
  });

  it('leaves the town out after a closing legal form, keeps a country after "Corp of"', () => {
    const n = names(
      'Brixham Tools Inc of Medford said it sold the unit. Lakeside Instruments Corp of America bought it.',
    );
    expect(n).toContain('Brixham Tools Inc');
    expect(n).toContain('Lakeside Instruments Corp of America');
    expect(n).not.toContain('Medford');
  });

  it('keeps a place followed by a legal form, drops one that ends the name', () => {
    const n = names(
      'Marlow Foods Corp of Canada Ltd sold it to Tessin Bancorp of West Virginia Inc and Kaito Denki Corp of Japan.',
    );
    expect(n).toEqual(
      expect.arrayContaining([
        'Marlow Foods Corp of Canada Ltd',
        'Tessin Bancorp of West Virginia Inc',
        'Kaito Denki Corp',
      ]),
    );
  });

  it('leaves the town out after a bank with a name of its own, not after a generic one', () => {
    const n = names(
      'Pembrook Savings Bank of Elmsford agreed to merge with First National Bank of Carthage.',
    );
    expect(n).toEqual(['Pembrook Savings Bank', 'First National Bank of Carthage']);
  });

  it('takes lower-case and comma-separated legal forms', () => {
    expect(names('Harmon Ridge said it bought Ostrander Freight inc for cash.')).toContain(
      'Ostrander Freight inc',
    );
    expect(names('Bellmont Corp acquired Valdora, S.A. for 3 mln dlrs.')).toContain('Valdora, S.A.');
  });

  it('names a division apart from its owner', () => {
    const n = names('Harlan Corp sold the Optical Coatings Division of Harlan Corp to Brisco Inc.');
    expect(n).toContain('Optical Coatings Division');
    expect(n).toContain('Harlan Corp');
  });

  it('does not join the last two members of a list, nor an all-caps name, through "and"', () => {
    const n = names(
      'Tollbridge competes with rivals such as Ventral Ltd, Quorix and Palmetta Systems Inc. It raised money from ' +
        'Crescent Ridge and QV Capital.',
    );
    for (const name of ['Quorix', 'Palmetta Systems Inc', 'Crescent Ridge', 'QV Capital'])
      expect(n).toContain(name);
  });

  it('lets a French cue noun carry a "de" complement, but not a final town', () => {
    const n = names(
      'Il a repris la fonderie alsacienne Forges du Marais. Le fabricant Dalvine de Toulouse suit.',
    );
    expect(n).toContain('Forges du Marais');
    expect(n).toContain('Dalvine');
  });

  it('keeps a bare noun coordinated with an institution complement', () => {
    expect(names('L’Office de recherche et valorisation du Morbihan finance la société Tavik.')).toContain(
      'Office de recherche et valorisation du Morbihan',
    );
  });

  it('cuts the "de" of a role word off the name after it', () => {
    const a = run('Il rendra compte à Frida Holm, cofondatrice et PDG d’Orvalto.');
    expect(a.entities.find((e) => e.name.includes('Orvalto'))?.name).toBe('Orvalto');
  });
});

describe('tokens', () => {
  it('splits a backer compound and keeps a brand "+"', () => {
    const t = tokenize('the Norbek-backed startup, a Paris-based firm, on Lumio+ and C++.').map(
      (x) => x.text,
    );
    expect(t).toEqual(expect.arrayContaining(['Norbek', '-backed', 'Paris-based', 'Lumio+']));
    expect(t).not.toContain('C++');
  });
});

describe('within-article resolution', () => {
  it('keeps a parent and a unit that extends its name apart when both are named in one sentence', () => {
    const n = names('Le groupe Morvik cède sa filiale Morvik Maroc au prestataire Sitra.');
    expect(n).toContain('Morvik');
    expect(n).toContain('Morvik Maroc');
  });

  it('gives a short form several names extend to the one named first', () => {
    const a = run(
      'Halvorsen Tire Co said it sold its stake. Halvorsen Marine Corp was not part of it. Halvorsen said the price was fair.',
    );
    const tire = a.entities.find((e) => e.name === 'Halvorsen Tire Co');
    expect(tire?.aliases).toContain('Halvorsen');
    expect(a.entities.find((e) => e.name === 'Halvorsen Marine Corp')?.aliases).toEqual([]);
  });

  it('does not merge a short form that is already a legal-form name of its own', () => {
    const a = run(
      'Bally Corp bought the Nugget Casino Hotel from Nugget Inc. Bally also bought land from Nugget.',
    );
    expect(a.entities.find((e) => e.name === 'Nugget Inc')).toBeDefined();
  });

  it('gives a lone surname shared by two people to the one named last before it', () => {
    const a = run(
      'Kai Brenner runs Odda. His father, Ulf Brenner, founded it in 1970. Brenner said the firm would grow.',
    );
    expect(a.entities.find((e) => e.name === 'Ulf Brenner')?.aliases).toContain('Brenner');
    expect(a.entities.filter((e) => e.name === 'Brenner')).toHaveLength(0);
  });

  it('gives a lone given name to the full name said before it', () => {
    const a = run(
      'Brightline has appointed Helen Varga as chief executive. Helen has run larger teams, said Ivo Mark.',
    );
    expect(a.entities.find((e) => e.name === 'Helen Varga')?.aliases).toContain('Helen');
  });

  it('types a name by most of its mentions when they disagree', () => {
    const a = run(
      'La société Atelier Corvo lance une série. Le producteur Atelier Corvo vise l’Europe. Une filiale a été créée ' +
        'par Atelier Corvo en 2020.',
    );
    const corvo = a.entities.filter((e) => e.name === 'Atelier Corvo');
    expect(corvo.map((e) => e.type)).toEqual(['Organization']);
  });
});
