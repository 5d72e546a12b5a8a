import { OF_FR, rules } from '../rule';

/** Words that, just before a participle, make it qualify an earlier name rather than open the sentence. */
const NOT_FRONTED = /^(,|;|\(|which|that|who|is|was|are|were|qui|est|sont|était|a|ont)$/;

/**
 * French deals told in a side clause: a fronted participle ("Après avoir racheté Y, X …", "Racheté en 2019 par X,
 * le fabricant Y …", "Soutenue par A et B, Y …", "Entré au capital de Y en 2019, X …") or a noun phrase naming the round ("le tour de table de Y a été
 * mené par A"). A fronted participle must open its clause: after a comma or a verb it qualifies an earlier name.
 */
export const FR_CLAUSE_DEAL_RULES = rules([
  {
    id: 'fr.acquired.after-buying',
    type: 'ACQUIRED',
    pattern: `après avoir (racheté|acquis|repris|absorbé) ?(la|le|l'|les) ~4! @tgt ~5! , ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    // the same clause with a verb phrase of buying ("mis la main sur", "pris le contrôle de")
    id: 'fr.acquired.after-buying-phrase',
    type: 'ACQUIRED',
    pattern: `après avoir (mis|pris) ?(la|le) (main|contrôle) ?(sur|de|du|des|d') ?(la|le|l'|les) ~4! @tgt ~5! , ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.fronted-passive',
    type: 'ACQUIRED',
    pattern: `(racheté|rachetée|rachetés|acquis|acquise|repris|reprise) ?en ?(\\d{4}) par ~3! @src ~12 , ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
    notAfter: NOT_FRONTED,
    // "les campings Y repris par X, Z jette l'éponge": after a name the participle says what became of that name
    notAfterName: true,
  },
  {
    id: 'fr.funded.fronted-backed-by',
    type: 'FUNDED',
    // people who back or finance put money in; one who merely "accompagne" is read in the two rules below
    pattern: `(soutenu|soutenue|soutenus|financé|financée) ?depuis ?(\\d{4}) par ~2! **src ?(depuis|en) ?(\\d{4}) , ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    notAfter: NOT_FRONTED,
  },
  {
    id: 'fr.funded.fronted-entered-capital',
    type: 'FUNDED',
    // "Entré au capital de Y en 2019, X réalise …", "Présent au capital de Y depuis 2015, X …": the holder is the
    // clause's subject after the comma; a majority entry ("avec une participation majoritaire") is a purchase,
    // refused by `stake`
    pattern: `(entré|entrée|entrés|entrées|présent|présente|présents|présentes) ?en ?(\\d{4}) (au|dans) ?le capital ${OF_FR} ?(la|le|l') ~3! @tgt ~6! , ~4! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    notAfter: NOT_FRONTED,
    stake: 'minority',
  },
  {
    id: 'fr.funded.fronted-accompanied-by-org',
    type: 'FUNDED',
    // "accompagné par" a person is a mentor, not money (as in fr.funded.accompanied-by): organisations only
    pattern: `(accompagné|accompagnée|accompagnés|accompagnées) ?depuis ?(\\d{4}) par ~2! @@src ?(depuis|en) ?(\\d{4}) , ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    notAfter: NOT_FRONTED,
  },
  {
    id: 'fr.funded.fronted-accompanied-by-angel',
    // the noun says the person invests; names alone are often typed as companies, so any name is taken
    type: 'FUNDED',
    pattern: `(accompagné|accompagnée|accompagnés|accompagnées) ?depuis ?(\\d{4}) par ?(le|la|l'|les|des) (business|investisseur|investisseuse|investisseurs) ?(angel|angels) ~2! **src ?(depuis|en) ?(\\d{4}) , ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    notAfter: NOT_FRONTED,
  },
  {
    id: 'fr.funded.counts-among-shareholders',
    type: 'FUNDED',
    pattern: `@tgt ~3! (compte|comptait|compte) parmi ses (actionnaires|investisseurs|soutiens) ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.funded.round-of-led-by',
    type: 'FUNDED',
    pattern: `(tour|levée|augmentation) ?de ?(table|fonds|capital) ${OF_FR} @tgt ~3! (a|ont|avait) été (mené|menée|conduit|conduite|co-mené|co-menée) par **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.funded.took-part-in-round-by',
    type: 'FUNDED',
    pattern: `**src ~4! (participé|participe|participent|participera|pris) ?part (à|au) ~2! (levée|tour|augmentation) ~10 (réalisée|réalisé|menée|mené|bouclée|bouclé|lancée|lancé) par @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
]);
