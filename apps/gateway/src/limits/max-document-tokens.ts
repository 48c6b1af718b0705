/**
 * graphql-js stops parsing beyond this many tokens. Without it a 100 kB body of thousands of nested
 * inline fragments (which the depth rule does not count) exhausts the stack in the parser, a
 * validation rule or the complexity estimator. Real documents use a few hundred tokens.
 */
export const MAX_DOCUMENT_TOKENS = 5000;
