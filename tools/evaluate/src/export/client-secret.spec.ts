import { readClientSecret } from './client-secret';

const files: Record<string, string> = { 'secret.txt': '  s3cr3t~Value \n', 'empty.txt': '\n' };
const readFile = (path: string) => {
  if (path in files) return files[path];
  throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
};

describe('readClientSecret', () => {
  it('takes the file (trimmed) before the environment', () => {
    expect(readClientSecret({ clientSecretFile: 'secret.txt' }, { AZURE_CLIENT_SECRET: 'from-env' }, readFile)).toEqual({ secret: 's3cr3t~Value' });
    expect(readClientSecret({}, { AZURE_CLIENT_SECRET: ' from-env\n' }, readFile)).toEqual({ secret: 'from-env' });
  });

  it('names the problem without a secret, with an empty or unreadable file', () => {
    expect(readClientSecret({}, {}, readFile)).toEqual({ problem: 'no client secret: pass --client-secret-file <path> or set AZURE_CLIENT_SECRET' });
    expect(readClientSecret({ clientSecretFile: 'empty.txt' }, {}, readFile)).toEqual({ problem: 'the client secret file empty.txt is empty' });
    expect(readClientSecret({ clientSecretFile: 'gone.txt' }, {}, readFile)).toEqual({ problem: 'cannot read the client secret file gone.txt: ENOENT' });
  });
});
