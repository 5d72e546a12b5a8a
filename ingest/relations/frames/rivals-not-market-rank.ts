/**
 * Words of a ranking of a company's own backers, clients, suppliers or bidders, or of a poll: "the largest lender to
 * the group, followed by B and C", "le premier actionnaire, suivi de B" rank no market's players.
 */
export const NOT_MARKET_RANK =
  /^(shareholder|shareholders|actionnaire|actionnaires|investor|investors|investisseur|investisseurs|client|clients|customer|customers|supplier|suppliers|fournisseur|fournisseurs|lender|lenders|prêteur|prêteurs|creditor|creditors|créancier|créanciers|holder|holders|owner|owners|stake|participation|capital|bidder|bidders|poll|polls|sondage)$/u;
