import { Module, Type } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';

/** Wraps a service's root module with what every service gets for operations: `/metrics` and its collectors. */
export function withOperations(module: Type<unknown>, service: string): Type<unknown> {
  @Module({ imports: [module, MetricsModule.forService(service)] })
  class OperationsRootModule {}
  return OperationsRootModule;
}
