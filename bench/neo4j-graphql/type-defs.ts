/**
 * The part of dealgraph's Neo4j model (schema/README.md) that the @neo4j/graphql comparison reads, written
 * in that library's SDL. Read-only: no mutation is generated, nested writes and aggregations are off, so
 * its schema stays as small as the library allows.
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  interface Entity {
    id: ID!
    name: String
  }

  type PartyIn @relationshipProperties {
    role: String
  }

  type FactEvidence @relationshipProperties {
    id: String
    firstReported: String
  }

  type Organization implements Entity @node(labels: ["Organization", "Entity"]) @mutation(operations: []) {
    id: ID!
    name: String
    aliases: [String!]
    deals: [Deal!]!
      @relationship(
        type: "PARTY_IN"
        direction: OUT
        properties: "PartyIn"
        nestedOperations: []
        aggregate: false
      )
    # Stored once per pair (smaller id first) and read in both directions, as our own reader does.
    competitors: [Entity!]!
      @relationship(
        type: "COMPETES_WITH"
        direction: OUT
        queryDirection: UNDIRECTED
        properties: "FactEvidence"
        nestedOperations: []
        aggregate: false
      )
  }

  type Person implements Entity @node(labels: ["Person", "Entity"]) @mutation(operations: []) {
    id: ID!
    name: String
    aliases: [String!]
  }

  type Deal @node @mutation(operations: []) {
    id: ID!
    kind: String
    status: String
    date: String
    amount: Float
    currency: String
    parties: [Entity!]!
      @relationship(
        type: "PARTY_IN"
        direction: IN
        properties: "PartyIn"
        nestedOperations: []
        aggregate: false
      )
  }
`;
