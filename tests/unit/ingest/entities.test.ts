import { entityKey } from '../../../ingest/resolve/normalize';
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
