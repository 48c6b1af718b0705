import { AcquireTokenReply, AppError, ErrorCode, Subject } from '@trueconfig/common';
import { ConnectorTokenSource, TOKEN_REFRESH_MARGIN_MS } from './connector-token.source';

function reply(token: string, expiresOnTimestamp: number): AcquireTokenReply {
  return { accessToken: token, expiresOnTimestamp, directoryTenantId: 'dir', grantedPermissions: ['User.Read.All'] };
}

describe('ConnectorTokenSource', () => {
  let now = 1_000_000;
  const clock = () => now;

  it('asks the connector once per token and renews before expiry', async () => {
    const request = jest.fn().mockResolvedValueOnce(reply('t1', now + 3_600_000)).mockResolvedValueOnce(reply('t2', now + 7_200_000));
    const tokens = new ConnectorTokenSource({ request }, 'tenant-1', clock);
    await expect(Promise.all([tokens.getAccessToken(), tokens.getAccessToken()])).resolves.toEqual(['t1', 't1']);
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith(Subject.AcquireToken, { tenantId: 'tenant-1' });
    now += 3_600_000 - TOKEN_REFRESH_MARGIN_MS + 1;
    await expect(tokens.getAccessToken()).resolves.toBe('t2');
    expect(tokens.grantedPermissions).toEqual(['User.Read.All']);
  });

  it("keeps the connector's error for the scan's failure", async () => {
    const diagnosis = new AppError(ErrorCode.INVALID_CREDENTIALS, 'The client secret is wrong.', { remediation: ['Create a new secret.'] });
    const tokens = new ConnectorTokenSource({ request: jest.fn().mockRejectedValue(diagnosis) }, 'tenant-1', clock);
    await expect(tokens.getAccessToken()).rejects.toBe(diagnosis);
    expect(tokens.failure?.toPayload()).toEqual(diagnosis.toPayload());
  });
});
