/** Built-in directory roles by display name and template id (the id of the built-in roleDefinition). */
export const BUILT_IN_ROLES = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  'Privileged Authentication Administrator': '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  'Security Administrator': '194ae4cb-b126-40b2-bd5b-6091b380977d',
  'Conditional Access Administrator': 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de',
  'SharePoint Administrator': 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  'Cloud Application Administrator': '158c047a-c907-4556-b7ef-446551a6b5f7',
  'Authentication Administrator': 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  'Helpdesk Administrator': '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  'Billing Administrator': 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
  'Intune Administrator': '3a2c62db-5318-420d-8d74-23affee5d9d5',
  'Global Reader': 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  'Security Reader': '5d6b6bb7-de71-4623-b4af-96380a352509',
} as const;

export type BuiltInRoleName = keyof typeof BUILT_IN_ROLES;

export const BUILT_IN_ROLE_NAMES = Object.keys(BUILT_IN_ROLES) as [BuiltInRoleName, ...BuiltInRoleName[]];

/** The roles Microsoft's baselines treat as highly privileged (CA-03, CA-04, PA-02). */
export const PRIVILEGED_ROLE_TEMPLATE_IDS: readonly string[] = [
  BUILT_IN_ROLES['Global Administrator'],
  BUILT_IN_ROLES['Privileged Role Administrator'],
  BUILT_IN_ROLES['Privileged Authentication Administrator'],
  BUILT_IN_ROLES['Security Administrator'],
  BUILT_IN_ROLES['Conditional Access Administrator'],
  BUILT_IN_ROLES['User Administrator'],
  BUILT_IN_ROLES['Exchange Administrator'],
  BUILT_IN_ROLES['SharePoint Administrator'],
  BUILT_IN_ROLES['Application Administrator'],
  BUILT_IN_ROLES['Cloud Application Administrator'],
];
