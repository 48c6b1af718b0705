import { EvidenceItemDto } from '@trueconfig/common';
import { EvidenceList } from '../../util/evidence-list';
import { MemberRegistrationCounts } from './member-registrations';

export interface MemberRef {
  displayName?: string | null;
  userPrincipalName?: string | null;
}

/** Counts enabled members by registration state; keeps only a capped sample of the unregistered. */
export class RegistrationTally {
  members = 0;
  registered = 0;
  readonly unregistered: EvidenceList;

  constructor(evidenceCap: number) {
    this.unregistered = new EvidenceList(evidenceCap);
  }

  record(id: string, member: MemberRef, isMfaRegistered: boolean): void {
    this.members++;
    if (isMfaRegistered) {
      this.registered++;
      return;
    }
    this.unregistered.add(unregisteredMemberItem(id, member));
  }

  counts(): MemberRegistrationCounts {
    return { members: this.members, registered: this.registered, unregistered: this.unregistered.toArray() };
  }
}

/** ID-01's evidence for an enabled member without MFA registered (also built by joins done outside the evaluation). */
export function unregisteredMemberItem(id: string, member: MemberRef): EvidenceItemDto {
  return {
    kind: 'user',
    id,
    displayName: member.displayName ?? member.userPrincipalName ?? id,
    detail: member.userPrincipalName ? `${member.userPrincipalName}: no MFA method registered` : 'no MFA method registered',
  };
}
