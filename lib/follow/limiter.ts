/**
 * At most `all` fetches at once and `perHost` to any one site: following a chain must never hammer a site.
 * Tasks start in the order they were queued, as soon as their host and a slot are free.
 */
export type Limited = <T>(host: string, task: () => Promise<T>) => Promise<T>;

export function limiter(all = 4, perHost = 1): Limited {
  const queue: { host: string; start: () => void }[] = [];
  const byHost = new Map<string, number>();
  let running = 0;

  const pump = () => {
    for (let i = 0; i < queue.length && running < all; ) {
      const next = queue[i]!;
      if ((byHost.get(next.host) ?? 0) >= perHost) {
        i++;
        continue;
      }
      queue.splice(i, 1);
      running++;
      byHost.set(next.host, (byHost.get(next.host) ?? 0) + 1);
      next.start();
    }
  };

  return (host, task) =>
    new Promise((resolve, reject) => {
      queue.push({
        host,
        start: () => {
          task()
            .then(resolve, reject)
            .finally(() => {
              running--;
              byHost.set(host, byHost.get(host)! - 1);
              pump();
            });
        },
      });
      pump();
    });
}
