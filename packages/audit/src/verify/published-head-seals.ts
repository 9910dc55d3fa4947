import { checkSeal, headSealText, type Sealer } from '@send-hub/event-store';
import type { PublishedHead } from './published-heads';
import type { HeadProblem } from './verification-problems';

/** A head signed with the sealing key, so a list of published heads cannot be forged along with the history. */
export const sealPublishedHead = async (head: Omit<PublishedHead, 'seal'>, sealer: Sealer): Promise<PublishedHead> => {
  const [mac] = await sealer.seal([headSealText(head.position, head.headHash)]);
  return { position: head.position, headHash: head.headHash, seal: { keyId: sealer.keyId, mac: mac ?? '' } };
};

const headProblem = (head: PublishedHead, code: 'published-head-not-sealed' | 'published-head-seal-wrong', why: string): HeadProblem => ({
  _tag: 'HeadProblem',
  code,
  position: head.position,
  message: `The head published for position ${head.position.toString()} ${why}`,
});

/** With sealing checked, every published head must carry the sealing key's seal of its position and hash. */
export const checkPublishedHeadSeals = async (heads: ReadonlyArray<PublishedHead>, sealers: ReadonlyArray<Sealer>): Promise<ReadonlyArray<HeadProblem>> => {
  const byKey = new Map(sealers.map((sealer) => [sealer.keyId, sealer]));
  const problems: HeadProblem[] = [];
  for (const head of heads) {
    if (head.seal === undefined) problems.push(headProblem(head, 'published-head-not-sealed', 'is not signed: it cannot be told from one made up along with a forged history.'));
    else if ((await checkSeal(byKey, headSealText(head.position, head.headHash), head.seal)) !== 'sound') {
      problems.push(headProblem(head, 'published-head-seal-wrong', 'is not signed by the sealing key: its position, its hash or its signature was changed, or it was made up.'));
    }
  }
  return problems;
};
