import { ConnectionTestDto } from '../shared/tenant.dto';

export type TestConnectionReply = ConnectionTestDto;
