import { createLoaders } from '../../../server/loaders';
import type { Reader } from '../../../graph/read/reader';
import type { EntityRecord } from '../../../graph/read/records';

const entity = (id: string, name = id): EntityRecord => ({
  id,
  name,
  type: 'Organization',
  aliases: [],
  firstSeen: null,
  lastSeen: null,
});

/** A reader that answers every query with no row and counts them. */
function emptyReader(): Reader & { reads: number } {
  const r = {
    reads: 0,
    read: () => {
      r.reads += 1;
      return Promise.resolve([]);
    },
    get queryCount() {
      return r.reads;
    },
  };
  return r;
}

describe('loaders: what was seen is answered without a promise', () => {
  it('entityNow and partiesNow give a plain value after seeDeals, with no query', () => {
    const reader = emptyReader();
    const loaders = createLoaders(reader);
    const a = entity('org:a');
    const b = entity('org:b');
    const parties = [
      { role: 'ACQUIRER', entityId: 'org:a' },
      { role: 'TARGET', entityId: 'org:b' },
    ];
    loaders.seeDeals([
      {
        deal: {
          id: 'deal:1',
          kind: 'ACQUISITION',
          status: null,
          date: null,
          amount: null,
          currency: null,
          amountText: null,
          stake: null,
          firstReported: null,
          rejected: false,
        },
        parties,
        entities: [a, b],
      },
    ]);
    expect(loaders.entityNow('org:b')).toBe(b);
    expect(loaders.partiesNow('deal:1')).toBe(parties);
    expect(reader.reads).toBe(0);
  });

  it('the first entity seen wins, as with DataLoader.prime', async () => {
    const loaders = createLoaders(emptyReader());
    const first = entity('org:a', 'First');
    loaders.seeEntity(first);
    loaders.seeEntity(entity('org:a', 'Second'));
    expect(loaders.entityNow('org:a')).toBe(first);
    await expect(loaders.entity.load('org:a')).resolves.toBe(first);
  });

  it('falls back to the loaders (a promise, one query) for what was not seen', async () => {
    const reader = emptyReader();
    const loaders = createLoaders(reader);
    const e = loaders.entityNow('org:unknown');
    const p = loaders.partiesNow('deal:unknown');
    expect(e).toBeInstanceOf(Promise);
    expect(p).toBeInstanceOf(Promise);
    await expect(e).resolves.toBeNull();
    await expect(p).resolves.toEqual([]);
    expect(reader.reads).toBe(2);
  });
});
