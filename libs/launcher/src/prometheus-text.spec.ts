import { parsePrometheusText, samplesOf } from './prometheus-text';

describe('parsePrometheusText', () => {
  it('reads samples with labels, escapes and special values, skipping HELP and TYPE', () => {
    const samples = parsePrometheusText(
      ['# HELP x_total Things.', '# TYPE x_total counter', 'x_total{a="1",b="q\\"uote"} 3', 'lag{service="s"} Nan', 'le_bucket{le="+Inf"} +Inf', 'plain 1.5e3 1700000000', ''].join('\n'),
    );
    expect(samplesOf(samples, 'x_total', { a: '1' })).toEqual([{ name: 'x_total', labels: { a: '1', b: 'q"uote' }, value: 3 }]);
    expect(samplesOf(samples, 'lag')[0].value).toBeNaN();
    expect(samplesOf(samples, 'le_bucket')[0]).toMatchObject({ labels: { le: '+Inf' }, value: Infinity });
    expect(samplesOf(samples, 'plain')[0].value).toBe(1500);
  });

  it('names the first line that is not Prometheus text', () => {
    expect(() => parsePrometheusText('ok 1\nnot a sample here\n')).toThrow('line 2 is not Prometheus text: not a sample here');
  });
});
