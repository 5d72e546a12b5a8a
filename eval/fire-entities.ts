import type { EntityType } from '../ingest/types';
import { foldName } from '../ingest/resolve/normalize';
import type { DetokenizedSentence } from './conll';
import { tokenSpanText } from './fire-detokenize';
import type { FireSentence } from './fire-format';
import { isNamedMention, splitMention, surname, withoutHonorific } from './fire-names';
import type { GoldEntity } from './gold';

/** FIRE entity types that are GOLD-FORMAT entities; the others (Money, Date, Designation…) are not. */
const FIRE_ENTITY_TYPES: Readonly<Record<string, EntityType>> = { Company: 'Organization', Person: 'Person' };

export interface SentenceEntities {
  entities: GoldEntity[];
  /** For each FIRE entity index: the gold entity it became, or null (other type, or not named). */
  byIndex: (GoldEntity | null)[];
  kept: number;
  /** Company/Person mentions that are not proper names. */
  droppedNotNamed: number;
}

interface Mention {
  index: number;
  type: EntityType;
  /** Surface forms, the first being the preferred name of this mention. */
  forms: string[];
}

function mentionOf(index: number, type: EntityType, surface: string): Mention | null {
  // judged without the parenthesis: "First Horizon Corporation (NYSE: FHN or First Horizon)" is a name
  const { name, alias } = splitMention(surface);
  if (!isNamedMention(name)) return null;
  const forms = type === 'Person' ? [withoutHonorific(name), name] : [name];
  if (alias) forms.push(alias);
  return { index, type, forms: [...new Set(forms)] };
}

/** Two mentions of one type name the same entity when a surface form folds alike, or "Mr. X" meets "A. B. X". */
function sameEntity(a: Mention, b: Mention): boolean {
  if (a.type !== b.type) return false;
  const folds = new Set(a.forms.map(foldName));
  if (b.forms.some((f) => folds.has(foldName(f)))) return true;
  if (a.type !== 'Person') return false;
  const bare = (m: Mention): boolean => !/\s/.test(m.forms[0]);
  const [short, long] = bare(a) ? [a, b] : [b, a];
  return bare(short) && foldName(short.forms[0]) === foldName(surname(long.forms[0]));
}

function groupMentions(mentions: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  for (const m of mentions) {
    const hits = groups.filter((g) => g.some((other) => sameEntity(m, other)));
    const merged = [m, ...hits.flat()];
    for (const hit of hits) groups.splice(groups.indexOf(hit), 1);
    groups.push(merged);
  }
  return groups;
}

/** The fullest name of a group is its gold name; every other surface form is an alias. */
function entityOf(group: readonly Mention[]): GoldEntity {
  const names = group.map((m) => m.forms[0]);
  const name = names.reduce((best, n) => (n.length > best.length ? n : best), names[0]);
  const aliases = [...new Set(group.flatMap((m) => m.forms))].filter((f) => f !== name);
  return { name, type: group[0].type, aliases };
}

/** The named organisations and people of one FIRE sentence, with surface variants merged. */
export function sentenceEntities(fire: FireSentence, sentence: DetokenizedSentence): SentenceEntities {
  const mentions: Mention[] = [];
  let droppedNotNamed = 0;
  fire.entities.forEach((e, index) => {
    const type = FIRE_ENTITY_TYPES[e.type];
    if (!type) return;
    const mention = mentionOf(index, type, tokenSpanText(sentence, e.start, e.end));
    if (mention) mentions.push(mention);
    else droppedNotNamed++;
  });
  const byIndex: (GoldEntity | null)[] = fire.entities.map(() => null);
  const entities = groupMentions(mentions).map((group) => {
    const entity = entityOf(group);
    for (const m of group) byIndex[m.index] = entity;
    return entity;
  });
  return { entities, byIndex, kept: mentions.length, droppedNotNamed };
}
