/** HTTP and graphql-ws share this path (DESIGN.md, fixed operational names). */
export const GRAPHQL_PATH = '/graphql';
