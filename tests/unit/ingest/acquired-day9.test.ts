import { extractArticle } from '../../../ingest/extract';
import type { ExtractedRelation } from '../../../ingest/types';
import { facts, pair, run } from './helpers';

const PUBLISHED = '2026-11-25';

function deals(text: string, type = 'ACQUIRED', title?: string): ExtractedRelation[] {
  const article = title === undefined ? run(text, PUBLISHED) : run(`${title}\n\n${text}`, PUBLISHED);
  return facts(article, type);
}

/** Deals told as made (announced, pending or completed), not rumoured or abandoned ones. */
function madePairs(text: string, type = 'ACQUIRED'): string[] {
  return deals(text, type)
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

function factOf(
  text: string,
  source: string,
  target: string,
  type = 'ACQUIRED',
): ExtractedRelation | undefined {
  return deals(text, type).find((r) => r.source === source && r.target === target);
}

describe('a stake taken by a second verb that shares the subject of an earlier purchase', () => {
  const lead = 'Halvorn Foods is a Danish dairy group based in Aarhus.';

  it('reads the majority stake, with its own date and without the first purchase’s price', () => {
    const text = `${lead} It bought cheese maker Brindle Farms for $90 million in 2023 and took a 70% stake in yoghurt brand Kefira Labs last year.`;
    const stake = factOf(text, 'Halvorn Foods', 'Kefira Labs');
    expect(stake).toBeDefined();
    expect(stake?.amount ?? null).toBeNull();
    expect(stake?.date).toBe('2025');
    expect(factOf(text, 'Halvorn Foods', 'Brindle Farms')?.amount).toBe(90000000);
  });

  it('reads a comma-coordinated stake after a time phrase', () => {
    const text = `${lead} In 2022 the Aarhus-based group acquired Swedish creamery Norrmjölk, and last year it took a 60% stake in Polish butter maker Maslo Polskie.`;
    expect(madePairs(text)).toContain('Halvorn Foods -> Maslo Polskie');
  });

  it('does not read a minority stake as a purchase', () => {
    const text = `${lead} It bought cheese maker Brindle Farms for $90 million in 2023 and took a 20% stake in yoghurt brand Kefira Labs last year.`;
    expect(factOf(text, 'Halvorn Foods', 'Kefira Labs')).toBeUndefined();
  });
});

describe('a French public offer launched or filed', () => {
  const lead =
    'Le groupe Tavernel emploie 800 salariés à Rennes, et le biscuitier Brisanne en emploie 300 à Laval.';

  it('reads "a annoncé le dépôt d’une offre publique d’achat amicale sur Y" as a deal', () => {
    const text = `${lead} Tavernel a annoncé jeudi le dépôt d'une offre publique d'achat amicale sur Brisanne, au prix de 12 euros par action.`;
    expect(madePairs(text)).toEqual(['Tavernel -> Brisanne']);
  });

  it('takes holders committing their shares as the offer taken', () => {
    const text = `${lead} Tavernel a lancé mardi une OPA sur le biscuitier Brisanne. La famille fondatrice de Brisanne s'est engagée à apporter ses titres.`;
    expect(factOf(text, 'Tavernel', 'Brisanne')?.status).toBe('pending');
  });

  it('keeps an offer nobody took as a bid, and a launch of something else as no deal', () => {
    const bid = `${lead} Tavernel a lancé mardi une OPA sur le biscuitier Brisanne. Les ventes de Brisanne ont progressé de 4 %.`;
    expect(factOf(bid, 'Tavernel', 'Brisanne')?.status).toBe('rumoured');
    const product = `${lead} Tavernel a lancé une nouvelle gamme de biscuits sur le marché allemand avec Brisanne.`;
    expect(deals(product)).toEqual([]);
  });
});

describe('an unnamed business sold after a time phrase', () => {
  const lead = 'Le groupe Solmont emploie 800 salariés à Rennes.';

  it('reads "avait cédé l’an dernier sa petite activité de … à B" as B buying the seller', () => {
    const text = `${lead} Par ailleurs, Solmont avait cédé l'an dernier sa petite activité de pièces détachées pour moteurs marins à l'allemand Werkhaus GmbH.`;
    expect(madePairs(text)).toEqual(['Werkhaus GmbH -> Solmont']);
  });

  it('does not read products sold to customers as a sale of the company', () => {
    const text = `${lead} Solmont vend depuis dix ans ses pompes dans trente pays à des distributeurs comme Werkhaus GmbH.`;
    expect(deals(text)).toEqual([]);
  });
});

describe('holders of a company', () => {
  it('reads a fund holding a company since a date', () => {
    const text =
      'Le laboratoire Norvane emploie 300 personnes. Norvane est détenue depuis 2019 par le fonds Aubépine Capital.';
    expect(madePairs(text)).toEqual(['Aubépine Capital -> Norvane']);
  });

  it('does not make the parties of a merger owners of the company their shareholders hold', () => {
    const text =
      'Kelmor et Dravis fusionnent. La nouvelle société, baptisée Norvane, sera détenue à parts égales par les actionnaires de Kelmor et de Dravis.';
    expect(deals(text)).toEqual([]);
  });
});

describe('talks and attempts that came to nothing', () => {
  const lead = 'Le groupe Kelmor emploie 800 salariés à Rennes. Le groupe Dravis est basé à Lyon.';

  it('marks a merger discussed "sans aboutir" and a purchase tried "sans succès" as abandoned', () => {
    expect(
      madePairs(
        `${lead} En 2022, Kelmor avait discuté d'un rapprochement avec Dravis, sans aboutir.`,
        'MERGED_WITH',
      ),
    ).toEqual([]);
    expect(madePairs(`${lead} Kelmor avait tenté en 2021 de racheter Dravis, sans succès.`)).toEqual([]);
  });

  it('keeps a purchase whose buyer later failed at something else', () => {
    const text = `${lead} Dravis a été racheté en 2020 par Kelmor, qui n'a pas réussi à le redresser.`;
    expect(madePairs(text)).toEqual(['Kelmor -> Dravis']);
  });
});

describe('sites of a business bought', () => {
  const lead = 'Le réseau Sérenis emploie 800 salariés à Rennes.';

  it('reads crematoria taken over from their owner as buying the owner', () => {
    const text = `${lead} Sérenis a mis la main l'an dernier sur les crématoriums du groupe Paix Durable pour 20 millions d'euros.`;
    const fact = factOf(text, 'Sérenis', 'Paix Durable');
    expect(fact?.amount).toBe(20000000);
  });

  it('does not read crematoria operated as a purchase', () => {
    const text = `${lead} Sérenis exploite les crématoriums du groupe Paix Durable dans la région.`;
    expect(deals(text)).toEqual([]);
  });
});

describe('a descriptor opened by a pointer and closed by a name', () => {
  it('makes the name the buyer, not the company the pointer guessed from the headline', () => {
    const title = 'Alimentation animale : Nutrivia met la main sur le breton Armorine';
    const text = `${title}

Le fabricant lyonnais d'aliments pour chiens et chats Nutrivia a annoncé mardi le rachat de la société bretonne Armorine, spécialiste des croquettes sans céréales, pour un montant de 64 millions d'euros. L'opération, qui doit encore recevoir le feu vert de l'Autorité de la concurrence, devrait être finalisée d'ici à la fin du premier trimestre 2027.`;
    const article = extractArticle({ file: 'test', text, title, published: PUBLISHED });
    const buyers = facts(article, 'ACQUIRED').map((r) => r.source);
    expect(new Set(buyers)).toEqual(new Set(['Nutrivia']));
  });
});

describe('a sale joined by "and" to an earlier purchase', () => {
  const lead = 'Vantris NV is a Dutch chipmaker based in Eindhoven.';

  it('never makes the earlier purchase’s object the seller', () => {
    const text = `${lead} Last year Vantris bought Lumacore and sold its memory business to Hanul Electronics.`;
    expect(factOf(text, 'Hanul Electronics', 'Lumacore')).toBeUndefined();
    expect(madePairs(text)).toContain('Vantris NV -> Lumacore');
  });

  it('still reads the sale when the subject is the clause’s own', () => {
    const text = `${lead} Last year the Dutch group cut costs and sold its memory business to Hanul Electronics.`;
    expect(madePairs(text)).toEqual(['Hanul Electronics -> Vantris NV']);
  });
});
