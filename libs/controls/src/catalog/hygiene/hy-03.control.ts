import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { defineControl } from '../../model/define-control';
import { fail, pass } from '../../model/outcome';

const GROUP_UNIFIED_TEMPLATE = '62375ab9-6b52-47ed-826b-58e47e0e304b';

interface GroupSettingRow {
  id: string;
  displayName?: string;
  templateId?: string;
  values?: Array<{ name?: string; value?: string }>;
}

export const HY_03 = defineControl({
  id: 'HY-03',
  title: 'Microsoft 365 group creation restricted',
  description: 'The Group.Unified directory setting turns off Microsoft 365 group creation for users (optionally allowing one approved group).',
  severity: 'low',
  level: 'L2',
  references: { maester: ['MT.1055'] },
  datasets: [CatalogDatasetPath.GroupSettings],
  permissions: ['Directory.Read.All'],
  licence: 'free',
  rationale: 'Unrestricted group creation spreads Teams, SharePoint sites and mailboxes no one governs.',
  remediation: [
    'Graph: POST /groupSettings from template 62375ab9-6b52-47ed-826b-58e47e0e304b with values EnableGroupCreation "false" and GroupCreationAllowedGroupId set to the approved creators group (or PATCH the existing setting).',
    'PowerShell (Microsoft Graph): New-MgBetaDirectorySetting / Update-MgBetaDirectorySetting with EnableGroupCreation = "false".',
  ],
  auditActivities: ['Update directory setting', 'Add directory setting'],
  evaluate: (view) => {
    const setting = view.rows<GroupSettingRow>(CatalogDatasetPath.GroupSettings).find((s) => s.templateId === GROUP_UNIFIED_TEMPLATE || s.displayName === 'Group.Unified');
    const value = setting?.values?.find((v) => v.name === 'EnableGroupCreation')?.value;
    if (value?.toLowerCase() === 'false') return pass('Microsoft 365 group creation is restricted (EnableGroupCreation false).');
    const evidence = [{ kind: 'setting', id: setting?.id ?? 'Group.Unified', displayName: 'Group.Unified: EnableGroupCreation', detail: setting ? `is ${value ?? 'unset'}` : 'no Group.Unified setting: every user may create groups' }];
    return fail('Every user may create Microsoft 365 groups.', { affectedCount: 1, evidence });
  },
});
