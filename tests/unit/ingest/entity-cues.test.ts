import { run } from './helpers';

/** Entity name → type for a text; invented sentences, one class of cue per test. */
function types(text: string): Map<string, string> {
  return new Map(run(text).entities.map((e) => [e.name, e.type]));
}

describe('organisations named in lists of clients, partners and peers', () => {
  it('reads French and English member lists, before or after the names', () => {
    const fr = types('Sendra compte 300 clients, parmi lesquels Ferrovo et la Malvina.');
    expect(fr.get('Ferrovo')).toBe('Organization');
    expect(fr.get('Malvina')).toBe('Organization');
    const en = types('Kestrel and Obrin are among its customers.');
    expect(en.get('Kestrel')).toBe('Organization');
    expect(en.get('Obrin')).toBe('Organization');
  });

  it('carries a list through an article and a nationality adjective', () => {
    const t = types('Tavio affronte des concurrents comme Quintal ou la française Zerva.');
    expect(t.get('Zerva')).toBe('Organization');
    const banks = types('Côté conseils, Halvern et la Banque Orsay coordonnent l’opération.');
    expect(banks.get('Halvern')).toBe('Organization');
  });

  it('does not read an apposition after a comma as a list', () => {
    const t = types('Verona bought Stellan, the Philippines-focused call-center operator.');
    expect(t.has('Philippines-focused')).toBe(false);
  });
});

describe('appositions', () => {
  it('needs the description to open the apposition, not a verb', () => {
    const t = types('Ses cofondateurs, Hans Wendt et Ilse Brouwer, rejoignent le conseil du groupe.');
    expect(t.get('Hans Wendt')).toBe('Person');
    expect(t.get('Ilse Brouwer')).toBe('Person');
  });

  it('ignores a plural noun after an opening word and a capitalised cue of another name', () => {
    const a = run(
      'Ensemble, les deux sociétés pèseront 80 millions. Interrogée, une porte-parole du groupe Dalvik se tait.',
    );
    const names = a.entities.map((e) => e.name);
    expect(names).not.toContain('Ensemble');
    expect(names).not.toContain('Interrogée');
  });

  it('reads a possessed unit noun ("the group\'s lending subsidiary")', () => {
    expect(types('Tom Hale ran Quillora, the group’s lending subsidiary.').get('Quillora')).toBe(
      'Organization',
    );
  });
});

describe('cues before a name', () => {
  it('names a merged company after a naming verb near a business noun, not a renamed town', () => {
    expect(types('Les deux sociétés forment un nouvel acteur baptisé Célira.').get('Célira')).toBe(
      'Organization',
    );
    expect(types('The combined company, to be called Travenor, will be based in Oslo.').get('Travenor')).toBe(
      'Organization',
    );
    expect(types('La ville, rebaptisée Port-Merle en 1950, compte 3000 habitants.').size).toBe(0);
  });

  it('reads employers, schools, listing venues and ownership', () => {
    const t = types(
      'Créée par deux anciens ingénieurs de Quantal, la start-up Lirio lève 2 millions. Elle est ancienne de Brevik et ' +
        'diplômée de l’Edhec. Selon les analystes de Morvik, le marché croît. La société, cotée sur Euronext, recrute.',
    );
    for (const name of ['Quantal', 'Brevik', 'Edhec', 'Morvik', 'Euronext'])
      expect(t.get(name)).toBe('Organization');
    expect(types('It competes with privately held Corwin.').get('Corwin')).toBe('Organization');
  });

  it('reads a company post before "de", but not the head of a longer phrase', () => {
    expect(types('Elle était directrice des opérations Europe de Pavlin.').get('Pavlin')).toBe(
      'Organization',
    );
    expect(types('Il est directeur du Salon de Genève.').has('Salon')).toBe(false);
  });

  it('reads rivalry verbs and backer compounds', () => {
    expect(types('La fondatrice espère concurrencer Lumeo à Paris.').get('Lumeo')).toBe('Organization');
    const t = types(
      'Temasek invested in Voltra, the Tarlow AG-backed maker of batteries, and in the Norbek-led Quillio.',
    );
    expect(t.get('Tarlow AG')).toBe('Organization');
    expect(t.get('Norbek')).toBe('Organization');
  });

  it('reads the agency of a dateline, in brackets or between slashes', () => {
    expect(types('LONDON, March 3 (Wirefeed) - Oskar Lind said the plan was ready.').get('Wirefeed')).toBe(
      'Organization',
    );
    expect(types('OSLO, May 2, 2024 /Newsline/ -- Fjordco AS said it was ready.').get('Newsline')).toBe(
      'Organization',
    );
  });

  it('reads a run of acronyms inside a sentence', () => {
    expect(types('Il a travaillé pour le transporteur NBX CRL avant de partir.').get('NBX CRL')).toBe(
      'Organization',
    );
  });
});

describe('families and people', () => {
  it('drops a family name and reads a peerage title', () => {
    const t = types('The Ashdown Trust, set up by the Ashdown family, is chaired by Lady Mary Ashdown.');
    expect(t.get('Ashdown Trust')).toBe('Organization');
    expect(t.get('Mary Ashdown')).toBe('Person');
    expect(t.has('Ashdown')).toBe(false);
  });

  it('types founders, bylines and a named post holder with unknown given names as people', () => {
    const t = types(
      'Tessaly was founded in 2019 by Osric Malden and Tove Lindqvist in Oslo. Quorix’s chief executive, Anselm Gray, ' +
        'said the deal was done. (Reporting by Devika Raman; Editing by Josef Hruby)',
    );
    for (const name of ['Osric Malden', 'Tove Lindqvist', 'Anselm Gray', 'Devika Raman', 'Josef Hruby'])
      expect(t.get(name)).toBe('Person');
  });

  it('does not take a business noun with a naming participle for an occupation', () => {
    expect(types('Les deux sociétés donnent naissance à un acteur baptisé Ovelis.').get('Ovelis')).toBe(
      'Organization',
    );
  });
});

describe('adjectives and verbs next to names', () => {
  it('drops a nationality adjective before a business noun and a name before "region"', () => {
    const a = run(
      'It bought Danish operator Velmark Contact in 2023 and grew in the EMEA region and the Baltic region.',
    );
    const n = a.entities.map((e) => e.name);
    expect(n).toContain('Velmark Contact');
    for (const w of ['Danish', 'EMEA', 'Baltic']) expect(n).not.toContain(w);
  });

  it('reads a French demonym before a name only in a sentence about businesses', () => {
    const t = types('Orvane affronte le lyonnais Cadrix et la société allemande Varlo.');
    expect(t.get('Cadrix')).toBe('Organization');
    expect(types('Il devance le brésilien Tavinho au classement.').size).toBe(0);
  });

  it('does not read a verb after the comma as the start of a description', () => {
    const t = types('Ardent, which has staff in Quezon, Iloilo and Bacolod, provides customer support.');
    expect(t.has('Bacolod')).toBe(false);
  });
});
