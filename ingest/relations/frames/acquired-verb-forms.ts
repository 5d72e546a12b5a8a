import type { Language } from '../../types';
import type { Unit } from '../pattern';
import type { Trigger } from './acquired-triggers';
import { clauseStart, wordAt } from './clause';

/** Forms of a buying verb that decide who buys: intent before an infinitive, active and passive auxiliaries. */

/** A French auxiliary that makes a participle active ("a racheté", "avait repris"). */
const ACTIVE_AUX_FR = /^(a|ai|as|avait|avaient|avons|avez|ont|aura|auront|aurait|ait|avoir|ayant|eu)$/;
/** Units before a French participle looked at for its auxiliary (adverbs and dates may stand between). */
const AUX_WINDOW_UNITS = 4;
/** A passive auxiliary: the participle after it needs an agent to be read. */
const PASSIVE_AUX = /^(été|est|sont|was|were|been|is|are|being|be|fut|furent|sera|seront)$/;
/** Words before "to buy" / "racheter" that make the clause's subject the one buying ("agreed to buy"). */
const INTENT_EN =
  /^(agreed|agrees|agree|plans|planned|plan|wants|wanted|intends|intended|decided|offered|offers|sought|seeks|seeking|moved|moves|expects|expected|hopes|hoped|aims|aimed|set|is|was|are|were|will|would|could|may|might|to|'s|also|attempted|tried|trying|failed|bid|bids)$/;
const INTENT_FR =
  /^(va|vont|allait|veut|veulent|voulait|souhaite|souhaitent|souhaitait|compte|comptent|prévoit|prévoient|envisage|envisagent|entend|entendent|projette|cherche|cherchent|de|d'|pourrait|devrait|doit|doivent|vient|viennent)$/;
/** Agreement words before "avec" ("s'est mis d'accord avec", "s'est entendu avec", "a conclu un accord avec"). */
const AGREEMENT_FR = /^(accord|entendu|entendue|entendus|entendues|convenu|convenue|convenus)$/;
/** Purpose words that bring in the agreed deal's infinitive ("pour racheter", "afin de reprendre"). */
const PURPOSE_FR = /^(pour|de|d')$/;
/** Dative clitics the infinitive may carry: the counterpart it buys from ("pour lui racheter Y"). */
const DATIVE_CLITICS_FR = /^(lui|leur)$/;
/** Most units between the agreement word and the infinitive (the counterpart and its descriptor, or a list). */
const AGREEMENT_WINDOW_UNITS = 14;

/**
 * "X s'est mis d'accord avec Z pour racheter Y", "X s'est entendu avec Z pour lui racheter Y": the purpose of an
 * agreement with a counterpart is the deal of the agreement's subject, so it buys as after a verb of intent (the
 * counterpart, often the seller, stands after "avec" and is no subject). English wire text says "agreed with Z to
 * take over Z's stake in Y", whose object is the stake's company: left to the English agreement rules.
 */
function agreedPurpose(units: Unit[], at: number): boolean {
  let k = at - 1;
  if (DATIVE_CLITICS_FR.test(wordAt(units, k))) k--;
  if (!PURPOSE_FR.test(wordAt(units, k))) return false;
  if (/^(de|d')$/.test(wordAt(units, k)) && wordAt(units, k - 1) === 'afin') k--;
  for (let j = k - 1; j >= 0 && k - j <= AGREEMENT_WINDOW_UNITS; j--) {
    const w = wordAt(units, j);
    if (w === '.' || w === ';' || w === ':') return false;
    if (w === 'avec') return AGREEMENT_FR.test(wordAt(units, j - 1));
  }
  return false;
}

/** French infinitives of the buying verbs ("reprendre", "acquérir"); not a present in -re ("s'empare"). */
const INFINITIVE_FR = /(er|ir|dre)$/;

/** An infinitive ("to buy", "racheter") buys for the clause's subject only after a verb of intent. */
export function infinitiveOk(units: Unit[], t: Trigger, lang: Language): boolean {
  if (lang === 'en')
    return (
      wordAt(units, t.at - 1) !== 'to' ||
      INTENT_EN.test(wordAt(units, t.at - 2)) ||
      agreedPurpose(units, t.at)
    );
  return (
    !INFINITIVE_FR.test(wordAt(units, t.at)) ||
    INTENT_FR.test(wordAt(units, t.at - 1)) ||
    agreedPurpose(units, t.at)
  );
}

/** A French participle with no auxiliary before it is adjectival or passive ("Y, racheté en 2020, …"). */
export function hasActiveAux(units: Unit[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= AUX_WINDOW_UNITS; k--) {
    const w = wordAt(units, k);
    if (ACTIVE_AUX_FR.test(w)) return true;
    if (units[k].kind === 'ent' || w === ',') return false;
  }
  return false;
}

/** Words joining a second participle to the first one's auxiliary ("a repris X, puis racheté Y"). */
const PARTICIPLE_JOINS = /^(puis|et|ensuite)$/;

/** "elle a repris X, puis racheté Y": the participle shares an active auxiliary earlier in its clause. */
export function sharesActiveAux(units: Unit[], at: number): boolean {
  if (!PARTICIPLE_JOINS.test(wordAt(units, at - 1))) return false;
  for (let k = at - 2; k >= clauseStart(units, at); k--) {
    const w = wordAt(units, k);
    if (ACTIVE_AUX_FR.test(w) && !PASSIVE_AUX.test(wordAt(units, k + 1))) return true;
    if (PASSIVE_AUX.test(w)) return false;
  }
  return false;
}

export function passiveAuxBefore(units: Unit[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= AUX_WINDOW_UNITS; k--) {
    if (PASSIVE_AUX.test(wordAt(units, k))) return true;
    if (units[k].kind === 'ent') return false;
  }
  return false;
}
