import { guardOversizedReply, REPLY_TOO_LARGE } from './oversized-reply';

const tooLarge = Object.assign(new Error('MAX_PAYLOAD_EXCEEDED'), { code: 'MAX_PAYLOAD_EXCEEDED' });

describe('guardOversizedReply', () => {
  it('answers with an error, instead of throwing, when the reply is over the max payload', () => {
    const sent: Array<Record<string, unknown>> = [];
    const publish = (response: Record<string, unknown>) => {
      if (response.response) throw tooLarge;
      sent.push(response);
    };
    const noticed: unknown[] = [];
    guardOversizedReply(publish, (error) => noticed.push(error))({ response: 'x'.repeat(10), isDisposed: true });
    expect(sent).toEqual([{ err: REPLY_TOO_LARGE, response: null, isDisposed: true }]);
    expect(noticed).toEqual([tooLarge]);
  });

  it('passes other replies through and rethrows other errors', () => {
    const sent: unknown[] = [];
    guardOversizedReply((response) => sent.push(response), () => undefined)({ response: 1 });
    expect(sent).toEqual([{ response: 1 }]);
    const broken = guardOversizedReply(() => { throw new Error('closed'); }, () => undefined);
    expect(() => broken({ response: 1 })).toThrow('closed');
  });
});
