import { licenceTierOf } from './licence-tier';
import { secretExpiryOf } from './secret-expiry';

const sku = (...plans: string[]) => ({ capabilityStatus: 'Enabled', servicePlans: plans.map((servicePlanName) => ({ servicePlanName })) });

describe('licenceTierOf', () => {
  it('reads the best Entra ID plan of the enabled SKUs', () => {
    expect(licenceTierOf({ value: [sku('EXCHANGE_S_ENTERPRISE')] })).toBe('free');
    expect(licenceTierOf({ value: [sku('EXCHANGE_S_ENTERPRISE', 'AAD_PREMIUM')] })).toBe('p1');
    expect(licenceTierOf({ value: [sku('AAD_PREMIUM'), sku('AAD_PREMIUM_P2')] })).toBe('p2');
    expect(licenceTierOf({ value: [{ ...sku('AAD_PREMIUM_P2'), capabilityStatus: 'Suspended' }] })).toBe('free');
    expect(licenceTierOf(null)).toBe('free');
  });
});

describe('secretExpiryOf', () => {
  const apps = {
    value: [
      { appId: 'OTHER', passwordCredentials: [{ hint: 'Abc', endDateTime: '2030-01-01T00:00:00Z' }] },
      {
        appId: 'app-1',
        passwordCredentials: [
          { hint: 'Abc', endDateTime: '2027-01-01T00:00:00Z' },
          { hint: 'Xyz', endDateTime: '2028-01-01T00:00:00Z' },
        ],
      },
    ],
  };

  it("finds our secret's end date by its hint in our app's credentials", () => {
    expect(secretExpiryOf(apps, 'APP-1', 'Abc')?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('says unknown when no credential, or more than one, matches', () => {
    expect(secretExpiryOf(apps, 'app-1', 'Nop')).toBeNull();
    expect(secretExpiryOf({ value: [{ appId: 'a', passwordCredentials: [{ hint: 'Abc', endDateTime: '2027-01-01T00:00:00Z' }, { hint: 'Abc', endDateTime: '2028-01-01T00:00:00Z' }] }] }, 'a', 'Abc')).toBeNull();
    expect(secretExpiryOf({}, 'app-1', 'Abc')).toBeNull();
  });
});
