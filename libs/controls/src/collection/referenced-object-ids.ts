/** Placeholders Conditional Access uses in user and group lists; they are not directory objects. */
const NOT_OBJECTS = new Set(['All', 'None', 'GuestsOrExternalUsers']);
const LISTS = ['includeUsers', 'excludeUsers', 'includeGroups', 'excludeGroups'] as const;

/**
 * Collects every user and group id the Conditional Access policies reference (CA-12 resolves them with
 * directoryObjects/getByIds; what Graph leaves out no longer exists).
 */
export class ReferencedObjectIds {
  private readonly ids = new Set<string>();

  observe(policies: readonly unknown[]): void {
    for (const policy of policies) {
      const users = (policy as { conditions?: { users?: Record<string, unknown> } } | null)?.conditions?.users;
      if (!users) continue;
      for (const list of LISTS) for (const id of stringsOf(users[list])) if (!NOT_OBJECTS.has(id)) this.ids.add(id);
    }
  }

  /** The ids in chunks Graph accepts (at most `size` per call). */
  chunks(size = 1000): string[][] {
    const all = [...this.ids].sort();
    const chunks: string[][] = [];
    for (let i = 0; i < all.length; i += size) chunks.push(all.slice(i, i + size));
    return chunks;
  }
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}
