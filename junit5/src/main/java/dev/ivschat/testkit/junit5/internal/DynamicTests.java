package dev.ivschat.testkit.junit5.internal;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;

/**
 * Runs a dynamic test: JUnit calls no callbacks and no exception handlers for dynamic tests, so
 * the interceptor binds the test's IVS Chat to {@link dev.ivschat.testkit.junit5.CurrentIvsChat} and
 * attaches the diagnostics itself.
 */
public final class DynamicTests {
  private DynamicTests() {
  }

  /**
   * Runs one dynamic test.
   *
   * @param invocation the dynamic test
   * @param context its context
   * @param settings the registration's settings
   * @throws Throwable what the test throws, with diagnostics attached
   */
  public static void run(Invocation<Void> invocation, ExtensionContext context,
      Settings settings) throws Throwable {
    Optional<CurrentHandle> current = CurrentHandle.nearest(context);
    try {
      if (current.isPresent()) {
        current.get().runAs(() -> Holders.holder(context, settings).orElseThrow(), invocation);
      } else {
        invocation.proceed();
      }
    } catch (Throwable t) {
      Diagnostics.attach(t, context, settings);
      throw t;
    }
  }
}
