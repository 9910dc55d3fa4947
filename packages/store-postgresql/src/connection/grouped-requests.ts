interface Pending<Request, Answer> {
  readonly request: Request;
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Requests that arrive together, sent to the server as one statement. While `inFlight`
 * statements are on their way, the next requests gather, and the first statement to come
 * back sends all of them at once: every round trip costs the client and the server a
 * system call or two and a wake-up, and a write a flush of its own. A request waits at
 * most for one statement before its own is sent, so it sees what was committed before it
 * was asked, as it would on its own. `send` answers a group one for one, in the order it was
 * given; a failure fails every request of that group, and no other.
 */
export class GroupedRequests<Request, Answer> {
  private readonly waiting: Array<Pending<Request, Answer>> = [];
  private sending = 0;

  constructor(
    private readonly inFlight: number,
    private readonly send: (group: ReadonlyArray<Request>) => Promise<ReadonlyArray<Answer>>,
  ) {}

  ask(request: Request): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      this.sendWaiting();
    });
  }

  private sendWaiting(): void {
    while (this.sending < this.inFlight && this.waiting.length > 0) {
      const group = this.waiting.splice(0);
      this.sending += 1;
      void this.sendGroup(group).finally(() => {
        this.sending -= 1;
        this.sendWaiting();
      });
    }
  }

  private async sendGroup(group: ReadonlyArray<Pending<Request, Answer>>): Promise<void> {
    try {
      const answers = await this.send(group.map((pending) => pending.request));
      // Answers that do not match the requests one for one cannot be trusted for any of them.
      if (answers.length !== group.length) throw new Error(`A grouped statement gave ${answers.length} answers for ${group.length} requests.`);
      group.forEach((pending, index) => pending.resolve(answers[index] as Answer));
    } catch (error) {
      for (const pending of group) pending.reject(error);
    }
  }
}
