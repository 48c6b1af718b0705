import { ConnectionType } from '../pagination/connection.type';
import { ApiKey } from './api-key.type';

export const ApiKeyConnection = ConnectionType('ApiKey', ApiKey);
