package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.FakeAmazonivschatAsync;
import dev.ivschat.testkit.junit5.CurrentIvsChat;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;

/**
 * {@link CurrentIvsChat} for the context it was injected into. While a dynamic test below that
 * context runs, the interceptor binds the dynamic test's fake to the running thread.
 */
final class CurrentFake implements CurrentIvsChat {
  private static final Namespace NAMESPACE = Namespace.create(CurrentFake.class);

  private record Key(String uniqueId) {
  }

  private final FakeHolder own;
  private final ThreadLocal<Supplier<FakeHolder>> running = new ThreadLocal<>();

  private CurrentFake(FakeHolder own) {
    this.own = own;
  }

  /** The handle of a context, made on first use. */
  static CurrentFake of(ExtensionContext context, FakeHolder holder) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(new Key(context.getUniqueId()),
        k -> new CurrentFake(holder), CurrentFake.class);
  }

  /** The handle injected nearest above a context, if any. */
  static Optional<CurrentFake> nearest(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      CurrentFake h = c.getStore(NAMESPACE).get(new Key(c.getUniqueId()), CurrentFake.class);
      if (h != null) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /** Runs an invocation with {@link #fake()} giving the holder's fake on this thread. */
  void runAs(Supplier<FakeHolder> holder, Invocation<Void> invocation) throws Throwable {
    Supplier<FakeHolder> before = running.get();
    running.set(holder);
    try {
      invocation.proceed();
    } finally {
      if (before == null) {
        running.remove();
      } else {
        running.set(before);
      }
    }
  }

  private FakeHolder holder() {
    Supplier<FakeHolder> bound = running.get();
    return bound != null ? bound.get() : own;
  }

  @Override
  public FakeAmazonivschat fake() {
    return holder().fake();
  }

  @Override
  public FakeAmazonivschatAsync async() {
    return holder().async();
  }

  @Override
  public String toString() {
    return "CurrentIvsChat[" + holder().peek() + "]";
  }
}
