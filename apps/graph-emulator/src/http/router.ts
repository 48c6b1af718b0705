import { Route } from './emulator-request';

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed'; pattern: string }
  | { kind: 'not-found' };

interface CompiledRoute {
  route: Route;
  regex: RegExp;
  names: string[];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.pattern
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return escapeRegex(segment);
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  // Graph and Entra treat paths case-insensitively and tolerate a trailing slash.
  return { route, names, regex: new RegExp(`^${source}/?$`, 'i') };
}

/** First matching route wins, so more specific routes are registered first. */
export class Router {
  private readonly routes: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.routes = routes.map(compile);
  }

  match(method: string, path: string): RouteMatch {
    let pathMatched: string | undefined;
    for (const compiled of this.routes) {
      const found = compiled.regex.exec(path);
      if (!found) continue;
      if (compiled.route.method !== method) {
        pathMatched ??= compiled.route.pattern;
        continue;
      }
      const params = Object.fromEntries(compiled.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { kind: 'found', route: compiled.route, params };
    }
    return pathMatched ? { kind: 'method-not-allowed', pattern: pathMatched } : { kind: 'not-found' };
  }
}
