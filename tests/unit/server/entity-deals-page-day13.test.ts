import { ENTITY_DEALS_PAGE, entityDealsParams } from '../../../graph/read/entity-deals';
import type { EntityDealsArgs } from '../../../graph/read/entity-deals';

const base: EntityDealsArgs = { role: null, kind: null, asOf: null, includeRejected: false, first: 20 };

/** `$name` parameters a Cypher text reads. */
const paramsRead = (cypher: string): string[] =>
  [...new Set([...cypher.matchAll(/\$([A-Za-z]+)/g)].map((m) => m[1]))].sort();

describe('ENTITY_DEALS_PAGE writes only the filters that are set', () => {
  it.each<[string, Partial<EntityDealsArgs>]>([
    ['no filter', {}],
    ['role', { role: 'TARGET' }],
    ['kind', { kind: 'FUNDING' }],
    ['asOf', { asOf: '2024-12-31' }],
    ['all of them', { role: 'ACQUIRER', kind: 'ACQUISITION', asOf: '2025', includeRejected: true }],
  ])('%s: the parameters sent are exactly those the text reads', (_, extra) => {
    const args = { ...base, ...extra };
    expect(paramsRead(ENTITY_DEALS_PAGE('e', args))).toEqual(Object.keys(entityDealsParams(args)).sort());
  });

  it('an unset filter leaves no predicate, a set one its own', () => {
    expect(ENTITY_DEALS_PAGE('e', base)).not.toMatch(/\$role|\$kind|\$asOf|IS NULL OR p\./);
    const text = ENTITY_DEALS_PAGE('e', { ...base, role: 'TARGET', asOf: '2024' });
    expect(text).toContain('WHERE p.role = $role AND (d.date IS NULL OR d.date <= $asOf)');
    expect(text).not.toContain('$kind');
  });

  it('an empty-string filter is still a filter, as with `$role IS NULL OR …`', () => {
    expect(ENTITY_DEALS_PAGE('e', { ...base, role: '' })).toContain('p.role = $role');
    expect(entityDealsParams({ ...base, role: '' })).toHaveProperty('role', '');
  });
});
