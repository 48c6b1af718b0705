/** App-only tokens for Microsoft Graph carry every granted application permission under this scope. */
export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';
