import { ControlDescription } from '../model/control-definition';
import { formatReferences } from './format-references';

/** The README's catalog table: id, title, severity, level, references, permissions, licence. */
export function catalogMarkdown(catalog: readonly ControlDescription[]): string {
  const header = ['| id | title | severity | level | references | permissions | licence |', '|---|---|---|---|---|---|---|'];
  const rows = catalog.map((c) => `| ${c.id} | ${cell(c.title)} | ${c.severity} | ${c.level} | ${cell(formatReferences(c.references)) || '—'} | ${c.permissions.join(', ')} | ${licenceName(c.licence)} |`);
  return [...header, ...rows].join('\n') + '\n';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function licenceName(licence: string): string {
  return licence === 'free' ? 'Free' : licence.toUpperCase();
}
