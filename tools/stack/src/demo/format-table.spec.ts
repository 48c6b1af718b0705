import { formatTable } from './format-table';
import { renderProgress } from './progress-bar';

describe('demo output', () => {
  it('aligns table columns to the widest cell', () => {
    expect(formatTable(['a', 'bb'], [['xxx', 'y']]).split('\n')).toEqual(['a    bb', '---  --', 'xxx  y']);
  });

  it('draws a bounded progress bar', () => {
    expect(renderProgress('scan', 50, 'users')).toContain(`[${'#'.repeat(15)}${'.'.repeat(15)}]  50% users`);
    expect(renderProgress('scan', 150, 'done')).toContain(`[${'#'.repeat(30)}] 100% done`);
  });
});
