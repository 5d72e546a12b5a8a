/**
 * The operations the development landing page opens with: one document holding an example of each main
 * read, so a newcomer can pick one from the operation list and run it.
 */
export const EXAMPLE_OPERATIONS = `# dealgraph — pick an operation and run it.

query OrganizationByName {
  organization(name: "webhelp") {
    id
    name
    aliases
    firstSeen
    lastSeen
    mentions { article { title } }
    deals(first: 10) { role deal { kind date amount currency parties { role entity { name } } } }
    competitors { entity { name } }
  }
}

query Search {
  search(query: "teleperf", first: 5) { score entity { id name type } }
}

query Acquisitions {
  deals(filter: { kind: ACQUISITION }, sort: DATE_DESC, first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id date status amount currency amountConflict
        parties { role entity { name } }
        evidence { sentence rule confidence amount article { title url published language } }
      }
    }
  }
}

query Paths {
  paths(from: "webhelp", to: "teleperformance", maxHops: 4) {
    length
    hops { kind from { name } to { name } fact { evidence { sentence } } deal { kind date } }
  }
}

query Timeline {
  timeline(entity: "webhelp") { date kind role deal { id amount currency } fact { type } }
}
`;
