import type { ArticleInput } from '../../../ingest/types';
import { growthSteps } from '../../../bench/growth-corpus';
import { findCompanyCores } from '../../../bench/recombine';

/** Stories 0, 3, 6… name no company; the rest name two, each other story its own pair. */
function story(i: number): ArticleInput {
  const text =
    i % 3 === 0
      ? `Grain prices moved ${i} points on the day.`
      : `Korvax${i} Corp said it will buy Pellum${i} Industries. Korvax${i} said the price was fair.`;
  return { file: `s${i}`, title: null, text, published: '1987-03-01' };
}

const real = Array.from({ length: 30 }, (_, i) => story(i));

/** A text with its invented names blanked, to compare stories whose names were swapped. */
function shape(text: string): string {
  let out = text;
  for (const core of findCompanyCores(text)) out = out.split(core).join('#');
  return out.replace(/\d+/g, '0');
}

describe('growthSteps', () => {
  it('takes the graph to each size, in order, whatever order the sizes come in', () => {
    const steps = growthSteps(real, [20, 5, 60, 20], 4);
    expect(steps.map((s) => s.size)).toEqual([5, 20, 60]);
    expect(steps.map((s) => s.articles.length)).toEqual([5, 15, 40]);
    const files = steps.flatMap((s) => s.articles.map((a) => a.file));
    expect(new Set(files).size).toBe(60);
    const texts = steps.flatMap((s) => s.articles.map((a) => a.text));
    expect(new Set(texts).size).toBe(60);
  });

  it('ends every step on the same probe stories, real first, then with other names', () => {
    const steps = growthSteps(real, [5, 20, 60], 4);
    const probes = steps.map((s) => s.articles.slice(s.articles.length - s.probe));
    expect(steps.map((s) => s.probe)).toEqual([4, 4, 4]);
    // The first probe is the first four real stories that name a company.
    expect(probes[0].map((a) => a.file)).toEqual(['s1', 's2', 's4', 's5']);
    for (const probe of probes.slice(1)) {
      expect(probe.map((a) => shape(a.text))).toEqual(probes[0].map((a) => shape(a.text)));
      for (const [i, article] of probe.entries()) expect(article.text).not.toBe(probes[0][i].text);
    }
    expect(probes[1].map((a) => a.text)).not.toEqual(probes[2].map((a) => a.text));
  });

  it('fills steps with the other real stories before recombined ones', () => {
    const [first, second, third] = growthSteps(real, [5, 20, 60], 4);
    expect(first.articles[0].file).toBe('s0');
    const probeFiles = new Set(['s1', 's2', 's4', 's5']);
    const fill = second.articles.slice(0, second.articles.length - second.probe);
    expect(fill.every((a) => !probeFiles.has(a.file) && !a.file.includes('~'))).toBe(true);
    // 30 real stories: 4 probe sources, 1 + 11 used as fill so far, 14 left for the third step's 36.
    const thirdFill = third.articles.slice(0, third.articles.length - third.probe);
    expect(thirdFill.filter((a) => !a.file.includes('~'))).toHaveLength(14);
    expect(thirdFill.filter((a) => a.file.includes('~'))).toHaveLength(22);
  });

  it('shrinks the probe to a step shorter than it', () => {
    const steps = growthSteps(real, [3, 6], 4);
    expect(steps.map((s) => s.probe)).toEqual([3, 3]);
    expect(steps[0].articles.map((a) => a.file)).toEqual(['s1', 's2', 's4']);
  });
});
