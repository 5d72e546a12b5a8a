import { rulesFor } from '../../../ingest/relations/all-rules';
import { memoDealValues } from '../../../ingest/relations/deal-values-memo';
import type { Unit } from '../../../ingest/relations/pattern';
import type { Rule } from '../../../ingest/relations/rule';
import { ruleScreen } from '../../../ingest/relations/rule-screen';
import { dealValues } from '../../../ingest/relations/values';
import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import type { Language } from '../../../ingest/types';
import { findDateMentions } from '../../../ingest/values/date-mentions';

/** "[Name]" an organisation, "{Name}" a person (ids in order of appearance). */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  let ent = 0;
  for (const piece of text.split(/(\[[^\]]+\]|\{[^}]+\})/)) {
    if (piece.startsWith('[') || piece.startsWith('{')) {
      const org = piece.startsWith('[');
      out.push({ kind: 'ent', ents: [ent++], orgs: org, persons: !org, anaphor: false, start: 0, end: 0 });
      continue;
    }
    for (const token of tokenize(piece)) out.push({ kind: 'tok', token });
  }
  return out;
}

/** Whether the screen lets rule `id` read the sentence, and whether the reader finds something in it. */
function screenAndReading(lang: Language, id: string, text: string): { passes: boolean; reads: boolean } {
  const list = rulesFor(lang);
  const r = list.findIndex((rule) => rule.id === id);
  expect(r).toBeGreaterThanOrEqual(0);
  const u = units(text);
  const passes = ruleScreen(list).passing(u, true)[r] === 1;
  return { passes, reads: list[r].read!(u, lang).length > 0 };
}

describe('readers screened by their trigger words', () => {
  const reading: [Language, string, string][] = [
    ['en', 'any.acquired.frame-verb', '[Arvel] has bought [Coltrane] .'],
    ['en', 'any.acquired.frame-verb', '[Arvel] took over [Coltrane] last year .'],
    ['fr', 'any.acquired.frame-verb', '[Arvel] a racheté [Coltrane] .'],
    ['fr', 'any.acquired.frame-verb', '[Arvel] a mis la main sur [Coltrane] .'],
    ['en', 'any.acquired.frame-passive', '[Coltrane] was acquired by [Arvel] .'],
    ['fr', 'any.acquired.frame-passive', '[Coltrane] a été reprise par [Arvel] .'],
    ['en', 'any.acquired.frame-noun', '[Arvel] announced the purchase of [Coltrane] .'],
    ['fr', 'any.acquired.frame-noun', '[Arvel] annonce le rachat de [Coltrane] .'],
    ['en', 'any.competes.frame-contest', '[Arvel] competes with [Coltrane] in Europe .'],
    ['fr', 'any.competes.frame-contest', '[Arvel] talonne désormais [Coltrane] .'],
    ['en', 'frame.leads.post-holder', '{Ann Lee} becomes chair of [Arvel] .'],
    ['fr', 'frame.leads.post-holder', '{Anne Roux} prend la présidence de [Arvel] .'],
    ['en', 'any.acquired.frame-sale', '[Arvel] sold its German business to [Coltrane] .'],
    ['fr', 'any.acquired.frame-sale', '[Arvel] cède sa filiale [Coltrane] au fonds [Brava] .'],
    ['en', 'frame.leads.at-head', '{Ann Lee} , at the helm of [Arvel] since 2019 , said .'],
    ['fr', 'frame.leads.at-head', '{Anne Roux} , à la tête de [Arvel] depuis 2015 , a dit .'],
    ['en', 'frame.leads.stays-at-head', '{Ann Lee} sold shares and will remain at the head of [Arvel] .'],
  ];

  it.each(reading)('lets %s %s read "%s"', (lang, id, text) => {
    // each sentence is one the reader reads: the screen must let it through
    expect(screenAndReading(lang, id, text)).toEqual({ passes: true, reads: true });
  });

  const silent: [Language, string, string][] = [
    ['en', 'any.acquired.frame-verb', '[Arvel] and [Coltrane] signed a supply contract .'],
    ['fr', 'any.acquired.frame-passive', '[Coltrane] a été conseillée par [Arvel] .'],
    ['en', 'any.acquired.frame-noun', '[Arvel] reported the sales of [Coltrane] .'],
    ['en', 'any.competes.frame-contest', '[Arvel] supplies [Coltrane] in Europe .'],
    ['fr', 'any.competes.frame-fronted-pronoun', 'Selon [Arvel] , elle fournit [Coltrane] .'],
    ['en', 'frame.leads.post-holder', '{Ann Lee} met the chair of [Arvel] .'],
    ['fr', 'frame.leads.post-holder-topic', '{Anne Roux} quitte la présidence .'],
    ['en', 'any.acquired.frame-sale', '[Arvel] bought its German business from [Coltrane] .'],
    ['fr', 'frame.leads.at-head', '{Anne Roux} , au conseil de [Arvel] depuis 2015 , a dit .'],
    ['en', 'frame.leads.founder-still-heads', '{Ann Lee} , who chairs [Arvel] , spoke .'],
    ['fr', 'any.competes.frame-pronoun-clause', 'Mais elle fournit désormais [Arvel] .'],
  ];

  it.each(silent)('holds %s %s back from "%s"', (lang, id, text) => {
    expect(screenAndReading(lang, id, text)).toEqual({ passes: false, reads: false });
  });
});

describe('deal values kept per sentence, span and parties', () => {
  const text =
    'Arvel said on Monday it had agreed to buy Coltrane for $12 million. The deal should close in May.';
  const sentences = splitSentences(text);
  const span = { start: 0, end: 49 };
  const rule = (id: string): Rule => ({
    id,
    type: 'ACQUIRED',
    pattern: null,
    source: 'a',
    target: 'b',
    confidence: 1,
    mayBeMinority: true,
  });

  it('answers as dealValues does', () => {
    const direct = dealValues(rule('t.one'), sentences, 0, 'en', '2026-03-04', span, ['Arvel', 'Coltrane']);
    const kept = memoDealValues(rule('t.one'), sentences, 0, 'en', '2026-03-04', span, ['Arvel', 'Coltrane']);
    expect(kept).toEqual(direct);
    expect(kept?.amount).toBe(12_000_000);
  });

  it('shares the answer between rules that differ only in an unguarded id, not across other inputs', () => {
    const a = memoDealValues(rule('t.a'), sentences, 0, 'en', null, span, ['Arvel']);
    expect(memoDealValues(rule('t.b'), sentences, 0, 'en', null, span, ['Arvel'])).toBe(a);
    expect(memoDealValues(rule('t.a'), sentences, 0, 'en', null, { start: 0, end: 30 }, ['Arvel'])).not.toBe(
      a,
    );
    expect(memoDealValues(rule('t.a'), sentences, 0, 'en', null, span, ['Arvel', 'X'])).not.toBe(a);
    expect(
      memoDealValues({ ...rule('t.a'), type: 'FUNDED' }, sentences, 0, 'en', null, span, ['Arvel']),
    ).not.toBe(a);
    expect(
      memoDealValues(rule('en.funded.holders-apposed'), sentences, 0, 'en', null, span, ['Arvel']),
    ).not.toBe(a);
  });
});

describe('date mentions read once per sentence and publication date', () => {
  it('keeps apart the same sentence under other publication dates', () => {
    const s = 'The deal closed in May.';
    expect(findDateMentions(s, '2026-03-04').map((m) => m.date)).toEqual(['2025-05']);
    expect(findDateMentions(s, '2026-06-04').map((m) => m.date)).toEqual(['2026-05']);
    expect(findDateMentions(s, '2026-03-04').map((m) => m.date)).toEqual(['2025-05']);
    expect(findDateMentions(s, null)).toEqual(findDateMentions(s, null));
  });
});
