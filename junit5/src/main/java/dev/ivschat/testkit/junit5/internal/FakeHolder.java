package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.FakeAmazonivschatAsync;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One fake as the store keeps it: the fake, its async view (made on first use), the settings it
 * was made with and the test or class it belongs to. The store closes it at the end of its owner.
 */
final class FakeHolder implements AutoCloseable {
  private final FakeAmazonivschat fake;
  private final Settings settings;
  private final String owner;
  private final AtomicBoolean handedOut = new AtomicBoolean();
  private FakeAmazonivschatAsync async;

  FakeHolder(FakeAmazonivschat fake, Settings settings, String owner) {
    this.fake = fake;
    this.settings = settings;
    this.owner = owner;
  }

  /** The fake, marked as used by the test. */
  FakeAmazonivschat fake() {
    handedOut.set(true);
    return fake;
  }

  /** The async view over the same engine, marked as used. */
  synchronized FakeAmazonivschatAsync async() {
    handedOut.set(true);
    if (async == null) {
      async = fake.async();
    }
    return async;
  }

  /** The fake, without marking it used. */
  FakeAmazonivschat peek() {
    return fake;
  }

  Settings settings() {
    return settings;
  }

  /** What the fake belongs to, for reports: "this test" or "all tests of OrderTest". */
  String owner() {
    return owner;
  }

  /** Whether a test got hold of the fake or something called it. */
  boolean used() {
    return handedOut.get() || !fake.calls().isEmpty();
  }

  @Override
  public synchronized void close() {
    if (async != null) {
      async.shutdown();
    }
    fake.shutdown();
  }
}
