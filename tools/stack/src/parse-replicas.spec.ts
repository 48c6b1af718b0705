import { parseReplicas } from './parse-replicas';

describe('parseReplicas', () => {
  it('reads service=count pairs', () => {
    expect(parseReplicas('scanner=3,gateway=2')).toEqual({ scanner: 3, gateway: 2 });
    expect(parseReplicas(undefined)).toEqual({});
  });

  it('names an unknown service or a bad count', () => {
    expect(() => parseReplicas('scaner=3')).toThrow('unknown service "scaner" (one of gateway, connector, scanner, audit)');
    expect(() => parseReplicas('scanner=0')).toThrow('scanner needs a whole number of replicas from 1 to 9, got "0"');
    expect(() => parseReplicas('scanner')).toThrow('got ""');
  });
});
