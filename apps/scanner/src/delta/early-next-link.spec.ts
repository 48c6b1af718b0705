import { earlyNextLink } from './early-next-link';

describe('earlyNextLink', () => {
  const page = '{"@odata.context":"https://graph/$metadata#users","@odata.nextLink":"https://graph/v1.0/users?$skiptoken=a\\"b","value":[{"id":"1"}]}';

  it('finds the link Graph writes before value, unescaped, as soon as it is whole', () => {
    expect(earlyNextLink(page)).toEqual({ settled: true, link: 'https://graph/v1.0/users?$skiptoken=a"b' });
    expect(earlyNextLink(page.slice(0, page.indexOf('skiptoken')))).toEqual({ settled: false, link: null });
  });

  it('is settled without a link when value comes first, and ignores links inside value', () => {
    expect(earlyNextLink('{"@odata.context":"x","value":[{"@odata.nextLink":"inner"}],"@odata.nextLink":"late"}')).toEqual({ settled: true, link: null });
    expect(earlyNextLink('{"@odata.context":"x"')).toEqual({ settled: false, link: null });
  });
});
