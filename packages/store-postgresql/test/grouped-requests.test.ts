import { GroupedRequests } from '../src/connection/grouped-requests';

/** A sender whose statements the test finishes one at a time, noting each group it was given. */
const heldSender = () => {
  const sent: Array<ReadonlyArray<number>> = [];
  const finishers: Array<(outcome: 'answer' | 'fail' | 'short') => void> = [];
  const send = (group: ReadonlyArray<number>): Promise<ReadonlyArray<string>> => {
    sent.push(group);
    return new Promise((resolve, reject) => {
      finishers.push((outcome) => {
        if (outcome === 'fail') reject(new Error(`the statement for ${group.join(', ')} failed`));
        else resolve((outcome === 'short' ? group.slice(1) : group).map((request) => `answer to ${request}`));
      });
    });
  };
  const finish = async (index: number, outcome: 'answer' | 'fail' | 'short' = 'answer') => {
    finishers[index]?.(outcome);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { sent, send, finish };
};

describe('grouped requests', () => {
  it('sends at once while fewer than its limit are in flight, gathers the rest into the next statement, and answers each in order', async () => {
    const sender = heldSender();
    const groups = new GroupedRequests(2, sender.send);
    const answers = [1, 2, 3, 4, 5].map((request) => groups.ask(request));
    expect(sender.sent).toEqual([[1], [2]]);
    await sender.finish(0);
    expect(sender.sent).toEqual([[1], [2], [3, 4, 5]]);
    await sender.finish(1);
    await sender.finish(2);
    expect(await Promise.all(answers)).toEqual(['answer to 1', 'answer to 2', 'answer to 3', 'answer to 4', 'answer to 5']);
  });

  it('fails every request of a failed statement and no other, and refuses a statement that answered too few', async () => {
    const sender = heldSender();
    const groups = new GroupedRequests(1, sender.send);
    const first = groups.ask(1);
    const gathered = [2, 3].map((request) => groups.ask(request));
    await sender.finish(0, 'fail');
    await expect(first).rejects.toThrow('the statement for 1 failed');
    const later = [4, 5].map((request) => groups.ask(request).catch((error: Error) => error.message));
    await sender.finish(1);
    expect(await Promise.all(gathered)).toEqual(['answer to 2', 'answer to 3']);
    await sender.finish(2, 'short');
    expect(await Promise.all(later)).toEqual(Array(2).fill('A grouped statement gave 1 answers for 2 requests.'));
  });
});
