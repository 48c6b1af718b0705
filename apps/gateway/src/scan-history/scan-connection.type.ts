import { ConnectionType } from '../pagination/connection.type';
import { Scan } from '../scan/scan.type';

export const ScanConnection = ConnectionType('Scan', Scan);
