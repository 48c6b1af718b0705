import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { NATS_CONNECTION } from '../nats/nats.tokens';

const CHECK_TIMEOUT_MS = 2000;

/** `/healthz`: the process is up. `/readyz`: NATS and Postgres both answer. */
@Controller()
export class HealthController {
  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get('healthz')
  @HttpCode(200)
  healthz(): { status: string } {
    return { status: 'ok' };
  }

  @Get('readyz')
  async readyz(): Promise<{ status: string; checks: Record<string, string> }> {
    const checks = {
      nats: await this.check(() => this.nc.flush()),
      postgres: await this.check(() => this.dataSource.query('SELECT 1')),
    };
    const ready = Object.values(checks).every((c) => c === 'ok');
    if (!ready) throw new ServiceUnavailableException({ status: 'unavailable', checks });
    return { status: 'ok', checks };
  }

  private async check(probe: () => Promise<unknown>): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS))),
      ]);
      return 'ok';
    } catch (error) {
      return error instanceof Error ? error.message : 'failed';
    } finally {
      clearTimeout(timer);
    }
  }
}
