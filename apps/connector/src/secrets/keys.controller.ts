import { Controller, Inject } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { ConnectorPublicKeyReply, Subject } from '@trueconfig/common';
import { SecretOpener } from './secret-opener.service';

@Controller()
export class KeysController {
  constructor(@Inject(SecretOpener) private readonly opener: SecretOpener) {}

  /** The key the gateway seals client secrets with before they cross NATS. */
  @MessagePattern(Subject.ConnectorPublicKey)
  publicKey(): ConnectorPublicKeyReply {
    return this.opener.publicKey();
  }
}
