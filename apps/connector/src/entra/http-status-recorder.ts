import { ClientSecretCredentialOptions } from '@azure/identity';

type AdditionalPolicy = NonNullable<ClientSecretCredentialOptions['additionalPolicies']>[number];

/**
 * Remembers the HTTP status of the credential's last answer. @azure/identity drops the status of a
 * failed token request (a throttled one reads only "AADSTS90033: A transient error"), but a 429 must
 * be diagnosed as throttling. Concurrent requests on one credential may overwrite each other: the
 * status is a hint for classification, never a decision on its own.
 */
export class HttpStatusRecorder {
  private status: number | undefined;

  readonly policy: AdditionalPolicy = {
    position: 'perRetry',
    policy: {
      name: 'trueconfigHttpStatusRecorder',
      sendRequest: async (request, next) => {
        const response = await next(request);
        this.status = response.status;
        return response;
      },
    },
  };

  get lastStatus(): number | undefined {
    return this.status;
  }
}
