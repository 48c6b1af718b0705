export const FIRST_NAMES = [
  'Adele', 'Alex', 'Allan', 'Ben', 'Carla', 'Christie', 'Debra', 'Diego', 'Emily', 'Enrico', 'Grady', 'Henrietta',
  'Irvin', 'Isaiah', 'Johanna', 'Joni', 'Lee', 'Lidia', 'Lynne', 'Megan', 'Miriam', 'Nestor', 'Patti', 'Pradeep',
  'Raul', 'Sofia', 'Tomas', 'Yuki', 'Zainab', 'Olga', 'Kwame', 'Mei', 'Anders', 'Fatima', 'Noah', 'Priya',
] as const;

export const LAST_NAMES = [
  'Vance', 'Wilber', 'Deyoung', 'Adams', 'Berg', 'Cline', 'Cox', 'Gray', 'Harris', 'Jensen', 'Johnson', 'Larsen',
  'Mueller', 'Patel', 'Sanchez', 'Sellers', 'Stevens', 'Wilson', 'Holloway', 'Nakamura', 'Okafor', 'Rossi',
  'Novak', 'Kowalski', 'Haddad', 'Lindqvist', 'Moreau', 'Silva', 'Tanaka', 'Murphy',
] as const;

export const JOB_TITLES = [
  'Marketing Manager', 'Sales Representative', 'Software Engineer', 'Accountant', 'HR Specialist',
  'Product Manager', 'Support Engineer', 'Designer', 'Legal Counsel', 'Operations Analyst',
] as const;

export const PARTNER_DOMAINS = ['fabrikam.com', 'northwindtraders.com', 'adatum.com', 'litware.com', 'tailspintoys.com'] as const;
