import { NotificationListener } from '../src/subscriptions/notification-listener';
import { describeWithServer, testConnectionString, withClient } from './support/server';

const until = async (condition: () => boolean, milliseconds = 5_000): Promise<void> => {
  const deadline = Date.now() + milliseconds;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('The condition did not hold in time.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describeWithServer('the notification listener', () => {
  it('wakes once for an append of this process, and for every notification of others', async () => {
    const channel = `send_hub_listener_${process.pid}`;
    const listener = new NotificationListener(testConnectionString, channel);
    let wakes = 0;
    let connected = false;
    const stop = listener.listen(() => {
      // The first wake says the connection is listening (notifications sent before were lost).
      if (!connected) connected = true;
      else wakes += 1;
    });
    try {
      await until(() => connected);
      const notifyFromServer = (payload: string) => withClient((client) => client.query('SELECT pg_notify($1, $2)', [channel, payload]));
      // This process appended up to position 41: it woke everyone itself, so the server's notification of it is skipped.
      listener.notify(41n);
      expect(wakes).toBe(1);
      await notifyFromServer('41');
      // Another process's append, and an earlier position committed later, each wake everyone.
      await notifyFromServer('40');
      await notifyFromServer('57');
      await until(() => wakes >= 3);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(wakes).toBe(3);
    } finally {
      stop();
      await listener.stop();
    }
  });
});
