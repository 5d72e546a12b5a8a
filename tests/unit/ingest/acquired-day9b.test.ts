import type { ExtractedRelation } from '../../../ingest/types';
import { findDateMentions } from '../../../ingest/values/date-mentions';
import { facts, pair, run } from './helpers';

const PUBLISHED = '2026-11-20';

function deals(text: string): ExtractedRelation[] {
  return facts(run(text, PUBLISHED), 'ACQUIRED');
}

function factOf(text: string, source: string, target: string): ExtractedRelation | undefined {
  return deals(text).find((r) => r.source === source && r.target === target);
}

/** Deals told as made, not rumoured or abandoned ones. */
function madePairs(text: string): string[] {
  return deals(text)
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

describe('a season of the publication year and the year after an earlier one', () => {
  it('dates "this summer" and "cet automne" in the year of publication', () => {
    expect(findDateMentions('Sales rose this summer.', PUBLISHED).map((d) => d.date)).toEqual(['2026']);
    expect(findDateMentions('Le site a fermé cet automne.', '2024-12-02').map((d) => d.date)).toEqual([
      '2024',
    ]);
  });

  it('does not read a season without "this" or "ce/cet" as a date', () => {
    expect(findDateMentions('The spring catalogue sold well.', PUBLISHED)).toEqual([]);
  });

  it('dates "the following year" one year after the year named before it', () => {
    const dates = findDateMentions('Prices fell in 2019 and recovered the following year.', PUBLISHED);
    expect(dates.map((d) => d.date)).toEqual(['2019', '2020']);
  });

  it('gives "l\'année suivante" no date when no year stands before it', () => {
    expect(findDateMentions("L'usine a fermé l'année suivante.", PUBLISHED)).toEqual([]);
  });

  it('dates a stake taken "this autumn" after a purchase of an earlier year', () => {
    const text =
      'Corvane Audio is a Bristol maker of studio speakers. It acquired headphone brand Teslin Labs for £20 million in 2023 and this autumn took a majority stake in Danish amplifier maker Ravnholt Sound.';
    expect(factOf(text, 'Corvane Audio', 'Ravnholt Sound')?.date).toBe('2026');
  });
});

describe('talk told in a later coordinated clause is not the earlier sale’s status', () => {
  const lead = 'Merrow Instruments is a Leeds maker of laboratory scales.';

  it('keeps a sale done when "and said … talks" follows it', () => {
    const text = `${lead} It sold its weighing-software unit to Danish group Hvidsten Data in 2023 and said last month it had ended talks with rival Scalewise.`;
    expect(madePairs(text)).toContain('Hvidsten Data -> Merrow Instruments');
  });

  it('still reads a sale as rumoured when the talk is in its own clause', () => {
    const text = `${lead} It is in talks to sell its weighing-software unit to Danish group Hvidsten Data and said a decision was due in March.`;
    expect(madePairs(text)).not.toContain('Hvidsten Data -> Merrow Instruments');
  });

  it('still reads a purchase as rumoured when sources are cited without a new clause', () => {
    const text = `${lead} Hvidsten Data agreed to buy Merrow Instruments for £40 million, people familiar with the matter said.`;
    expect(madePairs(text)).not.toContain('Hvidsten Data -> Merrow Instruments');
  });
});

describe('French purchases told after a first one', () => {
  const lead = 'Le groupe Ormelle fabrique des emballages carton à Angers.';

  it('reads a second object after "puis" and a time phrase, dated by it', () => {
    const text = `${lead} En 2021, il avait racheté le cartonnier nantais Brévalis, puis deux ans plus tard l'imprimeur vendéen Sorlac.`;
    const second = factOf(text, 'Ormelle', 'Sorlac');
    expect(second).toBeDefined();
    expect(second?.date).toBe('2023');
  });

  it('does not read a new clause with its own verb after "puis" as a second purchase', () => {
    const text = `${lead} En 2021, Ormelle avait racheté le cartonnier nantais Brévalis, puis l'an dernier la direction a quitté la société Sorlac.`;
    expect(factOf(text, 'Ormelle', 'Sorlac')).toBeUndefined();
  });

  it('reads a majority share taken by a second verb after a pronoun subject', () => {
    const text = `${lead} En 2020, il avait repris le cartonnier nantais Brévalis, puis pris 60 % du capital de l'espagnol Cartonajes Ruiz l'année suivante.`;
    const stake = factOf(text, 'Ormelle', 'Cartonajes Ruiz');
    expect(stake).toBeDefined();
    expect(stake?.date).toBe('2021');
  });

  it('does not read a minority share taken by a second verb as a purchase', () => {
    const text = `${lead} En 2020, il avait repris le cartonnier nantais Brévalis, puis pris 15 % du capital de l'espagnol Cartonajes Ruiz l'année suivante.`;
    expect(factOf(text, 'Ormelle', 'Cartonajes Ruiz')).toBeUndefined();
  });

  it('reads the group a plant was bought from ("au groupe X") as the one acquired', () => {
    const text = `${lead} En 2022, Ormelle a repris l'usine de cartons ondulés au groupe Vernadis.`;
    expect(madePairs(text)).toContain('Ormelle -> Vernadis');
  });

  it('does not read a price after "au" as the seller', () => {
    const text = `${lead} En 2022, Ormelle a repris l'usine de cartons ondulés au prix de 4 millions d'euros.`;
    expect(deals(text).map(pair)).toEqual([]);
  });
});
