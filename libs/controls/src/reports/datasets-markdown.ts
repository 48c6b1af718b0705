import { DatasetDefinition } from '../datasets/dataset-definition';

/** What the scanner collects per dataset: path, query, page size, permission, licence, scaling. */
export function datasetsMarkdown(datasets: readonly DatasetDefinition[]): string {
  const header = ['| path | kind | $select | $filter / $expand | $top | permission | licence | grows with users |', '|---|---|---|---|---|---|---|---|'];
  const rows = datasets.map((d) => {
    const select = [...(d.fields ?? []), ...(d.catalogFields ?? [])];
    const licensed = d.licensedFields ? ` (+ ${d.licensedFields.fields.join(', ')} with ${d.licensedFields.licence.toUpperCase()}${d.licensedFields.permission ? ` and ${d.licensedFields.permission}` : ''}, $top ${d.licensedFields.top ?? d.top})` : '';
    const query = [d.filter ? `$filter=${d.filter}` : '', d.expand ? `$expand=${d.expand}` : '', d.request ? `${d.request.method}: ${d.request.body}` : ''].filter(Boolean).join('; ');
    return `| ${d.path} | ${d.kind} | ${(select.join(', ') || 'default') + licensed} | ${cell(query) || '—'} | ${d.top ?? '—'} | ${d.permissions[0]} | ${d.licence} | ${d.growsWithUsers ? 'yes' : 'no'} |`;
  });
  return [...header, ...rows].join('\n') + '\n';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
