package dev.ivschat.testkit.sdk2.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The async fake's own executor, on which its futures complete. */
public final class AsyncExecutors {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private AsyncExecutors() {
  }

  /**
   * A small pool of daemon threads, named {@code ivschat-testkit-sdk2-async-<pool>-<thread>},
   * that end when idle, so a fake nobody closes keeps no JVM alive.
   *
   * @return the executor
   */
  public static ExecutorService newDefault() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 10, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r,
              "ivschat-testkit-sdk2-async-" + pool + "-" + threads.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
