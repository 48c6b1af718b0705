export interface ODataQuery {
  top?: number;
  select?: string[];
  skipToken?: string;
  filter?: string;
  expand?: string;
  count: boolean;
}

export type ODataParse = { ok: true; query: ODataQuery } | { ok: false; message: string };

/** Graph matches system query options case-insensitively (`$TOP` works like `$top`). */
function option(params: URLSearchParams, name: string): string | undefined {
  for (const [key, value] of params) if (key.toLowerCase() === name) return value;
  return undefined;
}

export function parseODataQuery(params: URLSearchParams): ODataParse {
  const top = option(params, '$top');
  if (top !== undefined && !/^\d+$/.test(top)) return { ok: false, message: `Invalid value '${top}' for $top query option found.` };
  const select = option(params, '$select');
  return {
    ok: true,
    query: {
      top: top === undefined ? undefined : Number(top),
      select: select ? select.split(',').map((field) => field.trim()).filter(Boolean) : undefined,
      skipToken: option(params, '$skiptoken'),
      filter: option(params, '$filter'),
      expand: option(params, '$expand'),
      count: option(params, '$count')?.toLowerCase() === 'true',
    },
  };
}

/** Query string for a next page: every option kept except the old token, `$` and commas left readable. */
export function nextPageQuery(params: URLSearchParams, skipToken: string): string {
  const kept = [...params].filter(([key]) => key.toLowerCase() !== '$skiptoken');
  const encode = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%24/g, '$');
  return [...kept, ['$skiptoken', skipToken]].map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
}
