import { ConnectionType } from '../pagination/connection.type';
import { EvidenceItem } from './evidence-item.type';

export const EvidenceItemConnection = ConnectionType('EvidenceItem', EvidenceItem);
