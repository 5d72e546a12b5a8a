import { missCauses } from '../../../eval/miss-causes';
import { entity, goldOrg, goldRelation, relation } from './fixtures';

const org = goldOrg;
const missed = goldRelation;

const goldEntities = [org('Norvane Capital', ['Norvane']), org('Kestrel Labs'), org('Olbia Systems')];
const found = [
  entity('Norvane Capital', 'Organization', ['Norvane']),
  entity('Kestrel Labs'),
  entity('Olbia Systems'),
];

describe('missCauses', () => {
  it('blames the missing end before anything else', () => {
    const c = missCauses(
      goldEntities,
      [missed('FUNDED', 'Norvane Capital', 'Kestrel Labs')],
      [entity('Norvane')],
      [],
    );
    expect(c['end-not-found']).toBe(1);
    expect(c['unlinked-named'] + c['unlinked-anaphoric']).toBe(0);
  });

  it('tells a relation of another type, a reversed one and a held-back one apart', () => {
    const gold = [
      missed('FUNDED', 'Norvane Capital', 'Kestrel Labs'),
      missed('ACQUIRED', 'Olbia Systems', 'Kestrel Labs'),
      missed('ACQUIRED', 'Norvane Capital', 'Olbia Systems'),
    ];
    const predicted = [
      relation('ACQUIRED', 'Norvane', 'Kestrel Labs'),
      relation('ACQUIRED', 'Kestrel Labs', 'Olbia Systems'),
      relation('ACQUIRED', 'Norvane Capital', 'Olbia Systems', { status: 'rumoured' }),
    ];
    const c = missCauses(goldEntities, gold, found, predicted);
    expect(c['other-type']).toBe(1);
    expect(c.reversed).toBe(1);
    expect(c['held-back']).toBe(1);
  });

  it('says whether the evidence names both ends when nothing links them', () => {
    const gold = [
      missed('FUNDED', 'Norvane Capital', 'Kestrel Labs', 'Kestrel Labs raised funds from Norvane.'),
      missed('FUNDED', 'Norvane Capital', 'Olbia Systems', 'The round was led by Norvane.'),
      missed('LEADS', 'Norvane Capital', 'Kestrel Labs'),
    ];
    const c = missCauses(goldEntities, gold, found, []);
    // Without evidence there is nothing to say the end is unnamed: counted as named.
    expect(c['unlinked-named']).toBe(2);
    expect(c['unlinked-anaphoric']).toBe(1);
  });

  it('matches names as whole words, so a longer word does not name an end', () => {
    const c = missCauses(
      [org('Arc'), org('Kestrel Labs')],
      [missed('FUNDED', 'Arc', 'Kestrel Labs', 'Archway invested in Kestrel Labs.')],
      [entity('Arc'), entity('Kestrel Labs')],
      [],
    );
    expect(c['unlinked-anaphoric']).toBe(1);
  });
});
