import { ExportOptions } from './export-options';

export const SECRET_ENV = 'AZURE_CLIENT_SECRET';

/** The client secret from its file (one line; surrounding whitespace ignored) or from AZURE_CLIENT_SECRET. */
export function readClientSecret(
  options: Pick<ExportOptions, 'clientSecretFile'>,
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string,
): { secret: string } | { problem: string } {
  if (options.clientSecretFile) {
    let text: string;
    try {
      text = readFile(options.clientSecretFile);
    } catch (error) {
      return { problem: `cannot read the client secret file ${options.clientSecretFile}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}` };
    }
    const secret = text.trim();
    return secret ? { secret } : { problem: `the client secret file ${options.clientSecretFile} is empty` };
  }
  const secret = env[SECRET_ENV]?.trim();
  return secret ? { secret } : { problem: `no client secret: pass --client-secret-file <path> or set ${SECRET_ENV}` };
}
