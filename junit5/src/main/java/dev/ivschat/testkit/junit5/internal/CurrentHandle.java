package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.junit5.CurrentIvsChat;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;

/**
 * {@link CurrentIvsChat} for the context it was injected into. While a dynamic test below that
 * context runs, the interceptor binds the dynamic test's IVS Chat to the running thread.
 */
final class CurrentHandle implements CurrentIvsChat {
  private static final Namespace NAMESPACE = Namespace.create(CurrentHandle.class);

  private record Key(String uniqueId) {
  }

  private final Holder own;
  private final ThreadLocal<Supplier<Holder>> running = new ThreadLocal<>();

  private CurrentHandle(Holder own) {
    this.own = own;
  }

  /** The handle of a context, made on first use. */
  static CurrentHandle of(ExtensionContext context, Holder holder) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(new Key(context.getUniqueId()),
        k -> new CurrentHandle(holder), CurrentHandle.class);
  }

  /** The handle injected nearest above a context, if any. */
  static Optional<CurrentHandle> nearest(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      CurrentHandle h = c.getStore(NAMESPACE).get(new Key(c.getUniqueId()), CurrentHandle.class);
      if (h != null) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /** Runs an invocation with this handle giving the holder's IVS Chat on this thread. */
  void runAs(Supplier<Holder> holder, Invocation<Void> invocation) throws Throwable {
    Supplier<Holder> before = running.get();
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

  private Holder holder() {
    Supplier<Holder> bound = running.get();
    return bound != null ? bound.get() : own;
  }

  @Override
  public IvsChat ivsChat() {
    return holder().ivsChat();
  }

  @Override
  public <T> T client(Class<T> type) {
    return type.cast(holder().client(type));
  }

  @Override
  public String toString() {
    return "CurrentIvsChat[" + holder().peek() + "]";
  }
}
