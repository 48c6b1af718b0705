/**
 * One-shot commands (migrate, apikey) need two connections: the migration lock holds one while
 * TypeORM runs the migrations on another. With one, the run waits for itself forever.
 */
export const COMMAND_POOL_SIZE = 2;
