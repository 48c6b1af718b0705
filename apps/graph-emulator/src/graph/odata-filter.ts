export type FilterOperator = 'eq' | 'ne' | 'le' | 'lt' | 'ge' | 'gt';
type Literal = string | number | boolean | null;

export interface FilterClause {
  property: string;
  operator: FilterOperator;
  value: Literal;
}

export type FilterParse = { ok: true; clauses: FilterClause[] } | { ok: false; message: string; property?: string };

const CLAUSE = /^\s*([A-Za-z][\w/]*)\s+(eq|ne|le|lt|ge|gt)\s+('(?:[^']|'')*'|true|false|null|-?\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2}T[\d:.]+Z?)\s*$/i;

function literal(text: string): Literal {
  if (text.startsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  if (lower === 'null') return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** The forms a scanner uses: `prop op literal` joined by `and` (no `or`, functions or lambdas). */
export function parseFilter(text: string): FilterParse {
  const clauses: FilterClause[] = [];
  for (const part of text.split(/\s+and\s+/i)) {
    const match = CLAUSE.exec(part);
    if (!match) return { ok: false, message: `Invalid filter clause: '${part.trim()}'.` };
    clauses.push({ property: match[1], operator: match[2].toLowerCase() as FilterOperator, value: literal(match[3]) });
  }
  return { ok: true, clauses };
}

function valueAt(item: object, path: string): unknown {
  let current: unknown = item;
  for (const segment of path.split('/')) {
    if (current === null || typeof current !== 'object') return undefined;
    const entry = Object.entries(current).find(([key]) => key.toLowerCase() === segment.toLowerCase());
    current = entry?.[1];
  }
  return current;
}

function comparable(value: unknown): string | number | boolean | null {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return Date.parse(value);
  if (typeof value === 'string') return value.toLowerCase();
  return typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

function holds(actual: unknown, clause: FilterClause): boolean {
  const a = comparable(actual);
  const b = comparable(clause.value);
  switch (clause.operator) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    default:
      if (a === null || b === null) return false;
      if (clause.operator === 'le') return a <= b;
      if (clause.operator === 'lt') return a < b;
      if (clause.operator === 'ge') return a >= b;
      return a > b;
  }
}

export function filterPredicate(clauses: readonly FilterClause[]): (item: object) => boolean {
  return (item) => clauses.every((clause) => holds(valueAt(item, clause.property), clause));
}
