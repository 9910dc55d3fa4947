import { isLeft } from 'fp-ts/Either';
import { collect, storeOnFake } from './support/fake-store';
import { newEvent } from './support/new-event';

const twoCouncils = () => {
  const staffordshire = storeOnFake({ namespace: 'staffordshire/' });
  const shropshire = storeOnFake({ namespace: 'shropshire/' }, staffordshire.gateway);
  const plain = storeOnFake({}, staffordshire.gateway);
  return { staffordshire: staffordshire.store, shropshire: shropshire.store, plain: plain.store, gateway: staffordshire.gateway };
};

describe('stores sharing one server through namespaces', () => {
  it('store streams under the namespace and read them back under their own ids', async () => {
    const { staffordshire, gateway } = twoCouncils();
    await staffordshire.append('case-1', [newEvent(1)], 'no_stream');
    expect(gateway.log[gateway.log.length - 1]?.streamId).toBe('staffordshire/case-1');
    expect((await staffordshire.readStream('case-1')).map((event) => event.streamId)).toEqual(['case-1']);
    const conflict = await staffordshire.append('case-1', [newEvent(2)], 'no_stream');
    expect(isLeft(conflict) && conflict.left.streamId).toBe('case-1');
  });

  it('see only their own streams in readAll, subscriptions and the head position', async () => {
    const { staffordshire, shropshire, plain } = twoCouncils();
    expect(await shropshire.headPosition()).toBeUndefined();
    await staffordshire.append('case-1', [newEvent(1)], 'any');
    await shropshire.append('case-1', [newEvent(2)], 'any');
    await shropshire.append('meeting-1', [newEvent(3)], 'any');
    await staffordshire.append('case-2', [newEvent(4)], 'any');
    const ownIds = async (store: typeof plain, streamPrefix?: string) =>
      (await collect(store.readAll({ streamPrefix }))).map((event) => event.streamId);
    expect(await ownIds(staffordshire)).toEqual(['case-1', 'case-2']);
    expect(await ownIds(shropshire)).toEqual(['case-1', 'meeting-1']);
    expect(await ownIds(shropshire, 'meeting-')).toEqual(['meeting-1']);
    expect(await ownIds(plain)).toEqual(['staffordshire/case-1', 'shropshire/case-1', 'shropshire/meeting-1', 'staffordshire/case-2']);
    const shropshireEvents = await collect(shropshire.readAll());
    expect(await shropshire.headPosition()).toBe(shropshireEvents[1]?.position);

    const iterator = shropshire.subscribeToAll()[Symbol.asyncIterator]();
    const messages = [await iterator.next(), await iterator.next(), await iterator.next()].map((step) => step.value);
    expect(messages.map((message) => (message?.kind === 'event' ? message.event.streamId : message?.kind))).toEqual([
      'case-1',
      'meeting-1',
      'caughtUp',
    ]);
    await staffordshire.append('case-3', [newEvent(5)], 'any');
    await shropshire.append('case-3', [newEvent(6)], 'any');
    const live = await iterator.next();
    expect(live.done !== true && live.value.kind === 'event' && live.value.event.streamId).toBe('case-3');
    expect(live.done !== true && live.value.kind === 'event' && live.value.event.data).toEqual(newEvent(6).data);
    await shropshire.dispose();
  });

  it('refuses a namespace that would make its streams system streams', () => {
    expect(() => storeOnFake({ namespace: '$hub/' })).toThrow('"namespace" must be text not starting with "$"');
  });
});
