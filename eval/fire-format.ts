import { EvalError } from './errors';

/** One FIRE entity: a token span [start, end) of its sentence with FIRE's type (Company, Person, Money…). */
export interface FireEntity {
  text: string;
  type: string;
  start: number;
  end: number;
}

/** One FIRE relation: indices into the sentence's entities, with FIRE's type (ActionBuy, Employeeof…). */
export interface FireRelation {
  head: number;
  tail: number;
  type: string;
}

export interface FireSentence {
  tokens: string[];
  entities: FireEntity[];
  relations: FireRelation[];
  /** FIRE's own identifier of the sentence, when the file has one. */
  origId: number | string | null;
}

function fail(file: string, what: string): never {
  throw new EvalError('EVAL_GOLD_INVALID', `${file}: ${what}`);
}

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function parseEntity(file: string, where: string, raw: unknown, tokens: number): FireEntity {
  const e = raw as Record<string, unknown> | null;
  if (
    typeof e?.text !== 'string' ||
    typeof e.type !== 'string' ||
    !isIndex(e.start) ||
    !isIndex(e.end) ||
    e.start >= e.end ||
    e.end > tokens
  ) {
    return fail(file, `${where}: bad entity ${JSON.stringify(raw)}`);
  }
  return { text: e.text, type: e.type, start: e.start, end: e.end };
}

function parseRelation(file: string, where: string, raw: unknown, entities: number): FireRelation {
  const r = raw as Record<string, unknown> | null;
  if (
    !isIndex(r?.head) ||
    !isIndex(r.tail) ||
    typeof r.type !== 'string' ||
    r.head >= entities ||
    r.tail >= entities
  ) {
    return fail(file, `${where}: bad relation ${JSON.stringify(raw)}`);
  }
  return { head: r.head, tail: r.tail, type: r.type };
}

/** Parses and checks a FIRE split (a JSON array of sentences); every index must point inside its sentence. */
export function parseFire(file: string, json: string): FireSentence[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    return fail(file, `not JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(raw)) return fail(file, 'expected an array of sentences');
  return raw.map((item: unknown, i) => {
    const s = item as Record<string, unknown> | null;
    const where = `sentence ${i}`;
    if (!Array.isArray(s?.tokens) || !s.tokens.every((t) => typeof t === 'string')) {
      return fail(file, `${where}: tokens must be strings`);
    }
    if (!Array.isArray(s.entities) || !Array.isArray(s.relations)) {
      return fail(file, `${where}: entities/relations missing`);
    }
    const tokens = s.tokens as string[];
    const entities = s.entities.map((e) => parseEntity(file, where, e, tokens.length));
    const relations = s.relations.map((r) => parseRelation(file, where, r, entities.length));
    const origId = typeof s.orig_id === 'number' || typeof s.orig_id === 'string' ? s.orig_id : null;
    return { tokens, entities, relations, origId };
  });
}
