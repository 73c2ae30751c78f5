// Coalesces requests to run an operation (restarting the server): a request while a run is in progress schedules
// exactly one more run after it, shared by every request made meanwhile. Ten quick "Restart Server" commands or
// setting changes therefore cost at most two restarts, and the last one sees the latest settings.

export class Coalescer {
  private current: Promise<void> | undefined;
  private next: Promise<void> | undefined;
  private runs = 0;

  constructor(private readonly operation: () => Promise<void>) {}

  /** How many times the operation has started. */
  get runCount(): number {
    return this.runs;
  }

  get busy(): boolean {
    return this.current !== undefined;
  }

  run(): Promise<void> {
    if (this.current === undefined) return this.start();
    if (this.next === undefined) {
      const previous = this.current;
      this.next = previous.then(
        () => this.startQueued(),
        () => this.startQueued(),
      );
    }
    return this.next;
  }

  private startQueued(): Promise<void> {
    this.next = undefined;
    return this.start();
  }

  private start(): Promise<void> {
    this.runs++;
    let promise: Promise<void>;
    try {
      promise = Promise.resolve(this.operation());
    } catch (error) {
      promise = Promise.reject(error);
    }
    const tracked = promise.finally(() => {
      if (this.current === tracked) this.current = undefined;
    });
    this.current = tracked;
    return tracked;
  }
}
