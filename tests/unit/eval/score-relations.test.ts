import { allCounts, coreCounts, scoreRelations } from '../../../eval/score-relations';
import { entity, goldOrg, goldRelation, relation } from './fixtures';

const org = goldOrg;
const gold = goldRelation;

const entities = [
  org('Webhelp'),
  org('Teleperformance'),
  org('Compagnie des Machines Bull', ['Bull']),
  org('Zeugmo'),
];

describe('scoreRelations', () => {
  it('accepts either order for symmetric types', () => {
    const s = scoreRelations(
      entities,
      [gold('COMPETES_WITH', 'Webhelp', 'Teleperformance')],
      [entity('Webhelp'), entity('Teleperformance')],
      [relation('COMPETES_WITH', 'Teleperformance', 'Webhelp')],
    );
    expect(s.byType.COMPETES_WITH).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('requires the direction for directed types', () => {
    const s = scoreRelations(
      entities,
      [gold('ACQUIRED', 'Webhelp', 'Zeugmo')],
      [entity('Webhelp'), entity('Zeugmo')],
      [relation('ACQUIRED', 'Zeugmo', 'Webhelp')],
    );
    expect(s.byType.ACQUIRED).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('requires the same type', () => {
    const s = scoreRelations(
      entities,
      [gold('ACQUIRED', 'Webhelp', 'Zeugmo')],
      [],
      [relation('FUNDED', 'Webhelp', 'Zeugmo')],
    );
    expect(s.byType.ACQUIRED.fn).toBe(1);
    expect(s.byType.FUNDED.fp).toBe(1);
  });

  it('matches ends through the aliases of the gold and of the predicted entity', () => {
    const s = scoreRelations(
      entities,
      [gold('ACQUIRED', 'Bull', 'Zeugmo'), gold('FUNDED', 'Webhelp', 'Zeugmo')],
      [
        entity('CMB', 'Organization', ['Compagnie des Machines Bull']),
        entity('Zeugmo SAS'),
        entity('WH', 'Organization', ['Webhelp']),
      ],
      [relation('ACQUIRED', 'CMB', 'Zeugmo SAS'), relation('FUNDED', 'WH', 'Zeugmo SAS')],
    );
    expect(s.byType.ACQUIRED).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.byType.FUNDED).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('ignores rumoured and abandoned predictions but scores the other statuses', () => {
    const predicted = [
      relation('ACQUIRED', 'Webhelp', 'Zeugmo', { status: 'rumoured' }),
      relation('ACQUIRED', 'Teleperformance', 'Zeugmo', { status: 'abandoned' }),
      relation('ACQUIRED', 'Bull', 'Zeugmo', { status: 'pending' }),
    ];
    const s = scoreRelations(entities, [], [], predicted);
    expect(s.byType.ACQUIRED).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.spurious.map((r) => r.source)).toEqual(['Bull']);
  });

  it('scores a fact stated twice once', () => {
    const s = scoreRelations(
      entities,
      [gold('COMPETES_WITH', 'Webhelp', 'Teleperformance')],
      [],
      [
        relation('COMPETES_WITH', 'Webhelp', 'Teleperformance'),
        relation('COMPETES_WITH', 'Teleperformance', 'Webhelp'),
      ],
    );
    expect(s.byType.COMPETES_WITH).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('sums the core three and all six types', () => {
    const s = scoreRelations(
      entities,
      [gold('COMPETES_WITH', 'Webhelp', 'Teleperformance'), gold('LEADS', 'Webhelp', 'Zeugmo')],
      [],
      [relation('COMPETES_WITH', 'Webhelp', 'Teleperformance'), relation('FOUNDED', 'Webhelp', 'Zeugmo')],
    );
    expect(coreCounts(s.byType)).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(allCounts(s.byType)).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.missed.map((r) => r.type)).toEqual(['LEADS']);
  });
});
