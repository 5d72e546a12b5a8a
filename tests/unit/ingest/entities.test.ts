import { entityKey, foldName } from '../../../ingest/resolve/normalize';
import { run } from './helpers';

function byName(text: string) {
  const a = run(text);
  return new Map(a.entities.map((e) => [e.name, e]));
}

describe('organisation mentions', () => {
  it('reads legal forms, cue nouns, acronyms and camel case', () => {
    const e = byName(
      'La société Fintexa a signé avec Nordis SAS et la banque KBL. Le fonds Partech Ventures soutient aussi eLoyal, selon le cabinet Kirkland & Ellis.',
    );
    for (const name of ['Fintexa', 'Nordis SAS', 'KBL', 'Partech Ventures', 'eLoyal', 'Kirkland & Ellis']) {
      expect(e.get(name)?.type).toBe('Organization');
    }
  });

  it('keeps lower-case particles of institution names', () => {
    const e = byName('La Caisse des dépôts investit dans la société Approche sur Mesure.');
    expect(e.get('Caisse des dépôts')?.type).toBe('Organization');
    expect(e.get('Approche sur Mesure')?.type).toBe('Organization');
  });

  it('does not take sentence-initial words, months, places, roles or nationalities for companies', () => {
    const a = run(
      'Désormais, le CEO du groupe Vexor vit à Londres. Janvier fut calme pour les Américains en France.',
    );
    const names = a.entities.map((x) => x.name);
    expect(names).toEqual(['Vexor']);
  });

  it('links a bracketed acronym and a short form to the full name', () => {
    const a = run(
      'Groupe Bruxelles Lambert (GBL) a annoncé ses résultats. GBL reste prudent. Sykes Enterprises Inc a aussi publié; Sykes est confiant.',
    );
    const gbl = a.entities.find((x) => x.name === 'Groupe Bruxelles Lambert')!;
    expect(gbl.aliases).toContain('GBL');
    expect(gbl.mentions).toHaveLength(3);
    expect(gbl.key).toBe(entityKey('Groupe Bruxelles Lambert', 'Organization'));
    const sykes = a.entities.find((x) => x.name === 'Sykes Enterprises Inc')!;
    expect(sykes.aliases).toContain('Sykes');
  });

  it('finds known names again in an all-caps wire headline', () => {
    const a = run('GENCORP TO SELL UNIT\nGenCorp Inc said it will sell its tire unit.');
    const g = a.entities.find((x) => x.name === 'GenCorp Inc')!;
    expect(g.mentions.map((m) => m.text)).toEqual(['GENCORP', 'GenCorp Inc']);
  });
});

describe('person mentions', () => {
  it('types people by first name, honorific or role apposition', () => {
    const e = byName(
      'M. Dufresne a parlé. Claire Moreau, présidente de Nexora, confirme. Smith Wallace, chief executive of Brightline Corp, agreed.',
    );
    expect(e.get('Dufresne')?.type).toBe('Person');
    expect(e.get('Claire Moreau')?.type).toBe('Person');
    expect(e.get('Smith Wallace')?.type).toBe('Person');
  });

  it('splits a hyphenated pair of surnames when the text calls them a pair', () => {
    const a = run('La paire Marlin-Vasseur a fondé la société Quorix.');
    const persons = a.entities.filter((x) => x.type === 'Person').map((x) => x.name);
    expect(persons).toEqual(['Marlin', 'Vasseur']);
  });
});

describe('institutions, leagues and clubs', () => {
  const orgs = (text: string): string[] =>
    run(text)
      .entities.filter((x) => x.type === 'Organization')
      .map((x) => x.name)
      .sort();

  it('takes lower-case adjectives and "de" complements after an institution noun', () => {
    expect(
      orgs('Il a joué trois saisons dans la Ligue régionale de curling junior avant sa retraite.'),
    ).toEqual(['Ligue régionale de curling junior']);
    expect(orgs('Le Parti travailliste norvégien a gagné les élections.')).toEqual([
      'Parti travailliste norvégien',
    ]);
  });

  it('continues an institution name through "de l\'" into a capitalised complement', () => {
    expect(orgs("Elle a étudié à l'Académie de musique de l'Estrie pendant deux ans.")).toEqual([
      "Académie de musique de l'Estrie",
    ]);
  });

  it('stops the institution tail at a verb or a date', () => {
    expect(orgs("L'Union cycliste mondiale annonce en 2012 un nouveau règlement.")).toEqual([
      'Union cycliste mondiale',
    ]);
  });

  it('reads "Xs de <place>" as a team but not plural place or event nouns', () => {
    expect(orgs('Il signe avec les Falcons de Lisbonne puis rejoint les Otters du Texas.')).toEqual([
      'Falcons de Lisbonne',
      'Otters du Texas',
    ]);
    expect(orgs('Les Jeux de Barcelone ont attiré les Rois de France.')).toEqual([]);
  });

  it('reads a club prefix or an unknown word before a known city as an organisation', () => {
    expect(orgs('Il a été prêté au FC Grandval puis au Zwolfer Amsterdam.')).toEqual([
      'FC Grandval',
      'Zwolfer Amsterdam',
    ]);
  });

  it('takes acronyms of public bodies for organisations', () => {
    expect(orgs("Le pays a rejoint l'OTAN en 2004.")).toEqual(['OTAN']);
  });

  it('does not let a cue noun reach a name across "sans"', () => {
    const e = byName('Le groupe se reforme sans le chanteur Zorvan Quill et joue deux titres.');
    expect(e.get('Zorvan Quill')?.type).not.toBe('Organization');
  });

  it('types world given names as people', () => {
    const e = byName('Ce film a été réalisé par Woody Kessler.');
    expect(e.get('Woody Kessler')?.type).toBe('Person');
  });
});

describe('name folding', () => {
  it('keeps "Société" when it is the distinctive start of a name', () => {
    expect(foldName('Société Générale')).toBe('societe generale');
    expect(foldName('Groupe Danvel')).toBe('danvel');
  });
});
