import { Logger } from '@nestjs/common';
import { isExpiredPageToken, LISTING_RESTARTS } from './graph-listing';

/** Runs a listing again from the start when its page token expires mid-way (Graph's DirectoryPageTokenNotFound). */
export class ListingRestarts {
  constructor(private readonly logger: Logger) {}

  async run<T>(scan: { scanId: string }, dataset: string, listing: (attempt: number) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await listing(attempt);
      } catch (error) {
        if (!isExpiredPageToken(error) || attempt >= LISTING_RESTARTS) throw error;
        this.logger.warn({ msg: 'page token expired mid-listing; starting over', scanId: scan.scanId, dataset, attempt: attempt + 1 });
      }
    }
  }
}
