import { allStarted, Stoppables } from './stoppables';

describe('Stoppables', () => {
  it('stops newest first, once', async () => {
    const stopped: string[] = [];
    const stoppables = new Stoppables();
    stoppables.defer(() => stopped.push('state dir'));
    const nats = stoppables.add({ name: 'nats' }, (thing) => stopped.push(thing.name));
    stoppables.add('service', async (name) => stopped.push(name));
    expect(nats).toEqual({ name: 'nats' });
    await stoppables.stopAll();
    await stoppables.stopAll();
    expect(stopped).toEqual(['service', 'nats', 'state dir']);
  });

  it('keeps stopping after a failure and then reports it', async () => {
    const stopped: string[] = [];
    const stoppables = new Stoppables();
    stoppables.defer(() => stopped.push('database'));
    stoppables.defer(() => {
      throw new Error('nats would not stop');
    });
    await expect(stoppables.stopAll()).rejects.toThrow('nats would not stop');
    expect(stopped).toEqual(['database']);
  });

  it('stops what a failed start registered and rethrows its error', async () => {
    const stopped: string[] = [];
    const stoppables = new Stoppables();
    const failing = stoppables.startOrStopAll(async () => {
      stoppables.defer(() => stopped.push('nats'));
      throw new Error('service never got ready');
    });
    await expect(failing).rejects.toThrow('service never got ready');
    expect(stopped).toEqual(['nats']);
  });
});

describe('allStarted', () => {
  it('waits for the slow starts before it rejects with the failure', async () => {
    const order: string[] = [];
    const slow = new Promise((resolve) => setTimeout(() => resolve(order.push('slow started')), 20));
    const failed = Promise.reject(new Error('no database'));
    await expect(allStarted([slow, failed])).rejects.toThrow('no database');
    expect(order).toEqual(['slow started']);
  });

  it('answers the values in order', async () => {
    await expect(allStarted([Promise.resolve(1), Promise.resolve('two')])).resolves.toEqual([1, 'two']);
  });
});
