package dev.ivschat.testkit.junit5;

import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.junit5.internal.AnnotationSettings;
import dev.ivschat.testkit.junit5.internal.Diagnostics;
import dev.ivschat.testkit.junit5.internal.DynamicTests;
import dev.ivschat.testkit.junit5.internal.FakeStore;
import dev.ivschat.testkit.junit5.internal.Injection;
import dev.ivschat.testkit.junit5.internal.Registrations;
import dev.ivschat.testkit.junit5.internal.Settings;
import dev.ivschat.testkit.junit5.internal.SettingsBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A fresh, isolated {@link FakeAmazonivschat} for every test, injected as a parameter; the
 * extension behind {@link IvsChatTest}, and the one to register with {@code @RegisterExtension}
 * for settings the annotation does not have.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final IvsChatExtension IVSCHAT = IvsChatExtension.builder()
 *     .region("eu-west-1")
 *     .quotas(Quotas.defaults().withMaxRooms(2))
 *     .faults(f -> f.on(Operation.SEND_EVENT).nthCall(2).fail(ServiceError.internalServer()))
 *     .build();
 *
 * @Test
 * void retries_a_failed_send(Amazonivschat ivschat, IvsChatControl control) { ... }
 * }</pre>
 *
 * <p><b>Injection.</b> Test methods, lifecycle methods and constructors can declare parameters of
 * the types {@code Amazonivschat}, {@code AmazonivschatAsync}, {@link FakeAmazonivschat},
 * {@code FakeAmazonivschatAsync}, {@code IvsChatControl}, {@code IvsChatConfig},
 * {@code FakeClock}, {@link Faults} and {@link CurrentIvsChat}; within one test they all belong to
 * one fake.
 *
 * <p><b>Scope.</b> See {@link IvsChatScope}: a fresh fake per test by default, one per top-level
 * class on request. Fakes live in the JUnit {@link ExtensionContext.Store} of their test or class
 * and are closed with it; the extension itself holds only its settings, so the same instance
 * serves tests running in parallel, in static and instance fields alike.
 *
 * <p><b>Determinism.</b> Unless a seed is set, each fake's ids and tokens are seeded from the unique
 * id of its test, so a test sees the same ids on every run.
 *
 * <p><b>Diagnostics.</b> When a test that used its fake fails, an {@link IvsChatDiagnostics}
 * listing its last calls and sent events is added to the failure as a suppressed exception.
 *
 * <p><b>Other extensions</b> find the fake of a test in the store under {@link #NAMESPACE} and the
 * key {@link #STORE_KEY}, or through {@link #fake(ExtensionContext)}.
 */
public final class IvsChatExtension implements BeforeAllCallback, BeforeEachCallback,
    ParameterResolver, TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler,
    InvocationInterceptor {

  /** The store namespace under which each test's (or class's) fake is published. */
  public static final Namespace NAMESPACE = Namespace.create(IvsChatExtension.class);

  /** The key of the fake in the {@link #NAMESPACE} store; its value is a {@link FakeAmazonivschat}. */
  public static final Class<FakeAmazonivschat> STORE_KEY = FakeAmazonivschat.class;

  /** The builder's settings, or null to read {@link IvsChatTest} from the test class. */
  private final Settings settings;

  /**
   * The extension as {@link IvsChatTest} (or {@code @ExtendWith(IvsChatExtension.class)})
   * registers it: it takes its settings from the nearest {@link IvsChatTest}, or the defaults.
   */
  public IvsChatExtension() {
    this.settings = null;
  }

  private IvsChatExtension(Settings settings) {
    this.settings = settings;
  }

  /**
   * A builder for a {@code @RegisterExtension} field, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The fake of a test, for other extensions: its own in scope PER_TEST (from the test's
   * {@code beforeEach} callbacks on), its class's in scope PER_CLASS.
   *
   * @param context the context of a test or class
   * @return the fake
   * @throws IllegalStateException when there is no fake for the context
   */
  public static FakeAmazonivschat fake(ExtensionContext context) {
    return FakeStore.requireFake(context);
  }

  private Settings settings(ExtensionContext context) {
    Registrations.requireSingle(context);
    return settings != null ? settings : AnnotationSettings.of(context);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Settings s = settings(context);
    if (s.scope() == IvsChatScope.PER_CLASS) {
      FakeStore.prepare(context, s);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    FakeStore.prepare(context, settings(context));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
    if (!Injection.supports(parameterContext)) {
      return false;
    }
    settings(context);
    return true;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    return Injection.resolve(parameterContext, context, settings(context));
  }

  /**
   * Makes constructors get the context of the test they are created for, so that constructor
   * parameters get the test's own fake.
   *
   * @param rootContext the root context
   * @return {@code TEST_METHOD}
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  @Override
  public void interceptDynamicTest(Invocation<Void> invocation,
      DynamicTestInvocationContext invocationContext, ExtensionContext context) throws Throwable {
    DynamicTests.run(invocation, context, settings(context));
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw withDiagnostics(context, throwable);
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context,
      Throwable throwable) throws Throwable {
    throw withDiagnostics(context, throwable);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context,
      Throwable throwable) throws Throwable {
    throw withDiagnostics(context, throwable);
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context,
      Throwable throwable) throws Throwable {
    throw withDiagnostics(context, throwable);
  }

  @Override
  public void handleAfterAllMethodExecutionException(ExtensionContext context,
      Throwable throwable) throws Throwable {
    throw withDiagnostics(context, throwable);
  }

  private Throwable withDiagnostics(ExtensionContext context, Throwable throwable) {
    Settings s;
    try {
      s = settings(context);
    } catch (RuntimeException misconfigured) {
      return throwable; // reported where the configuration is read; the failure stays as it is
    }
    Diagnostics.attach(throwable, context, s);
    return throwable;
  }

  @Override
  public String toString() {
    return "IvsChatExtension[" + (settings == null ? "from @IvsChatTest"
        : settings.scope() + ", " + settings.describe()) + "]";
  }

  /**
   * Builds an {@link IvsChatExtension}; each setter checks its value at once, and what it does
   * not set keeps the default that {@link IvsChatTest} also has.
   */
  public static final class Builder {
    private final SettingsBuilder settings = new SettingsBuilder();

    private Builder() {
    }

    /**
     * Sets the region in the fakes' ARNs (default {@code us-east-1}).
     *
     * @param region lower-case letters, digits and dashes
     * @return this builder
     * @throws IllegalArgumentException when the region does not have that form
     */
    public Builder region(String region) {
      settings.region(region);
      return this;
    }

    /**
     * Sets the account id in the fakes' ARNs (default {@code 123456789012}).
     *
     * @param accountId 12 digits
     * @return this builder
     * @throws IllegalArgumentException when it is not 12 digits
     */
    public Builder accountId(String accountId) {
      settings.accountId(accountId);
      return this;
    }

    /**
     * Gives every fake this seed for its ids and tokens, instead of one derived from its test.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder idSeed(long seed) {
      settings.idSeed(seed);
      return this;
    }

    /**
     * Derives each fake's seed from the unique id of its test (the default).
     *
     * @return this builder
     */
    public Builder idSeedFromTestId() {
      settings.idSeedFromTestId();
      return this;
    }

    /**
     * Starts each fake's {@code FakeClock} at an instant, instead of at the time it is made.
     *
     * @param start the instant
     * @return this builder
     */
    public Builder clockStart(Instant start) {
      settings.clockStart(start);
      return this;
    }

    /**
     * Gives each fake a clock from a supplier, e.g. {@code Clock::systemUTC}. The supplier is
     * called once per fake, so fakes never share a clock that a test moves. With a clock that is
     * not a {@code FakeClock}, {@code FakeClock} parameters cannot be injected.
     *
     * @param clock makes a clock for each fake
     * @return this builder
     */
    public Builder clock(Supplier<? extends Clock> clock) {
      settings.clock(clock);
      return this;
    }

    /**
     * Sets the quotas (default {@link Quotas#defaults()}).
     *
     * @param quotas the quotas
     * @return this builder
     */
    public Builder quotas(Quotas quotas) {
      settings.quotas(quotas);
      return this;
    }

    /**
     * Enforces the documented API rate quotas from the start (default off).
     *
     * @param enforce true to enforce
     * @return this builder
     */
    public Builder enforceRateQuotas(boolean enforce) {
      settings.enforceRateQuotas(enforce);
      return this;
    }

    /**
     * Chooses whether tag keys starting with {@code aws:} are rejected (default true).
     *
     * @param reject true to reject
     * @return this builder
     */
    public Builder rejectReservedTagKeys(boolean reject) {
      settings.rejectReservedTagKeys(reject);
      return this;
    }

    /**
     * Chooses whether deleting a logging configuration that rooms use fails (default true) or
     * detaches it.
     *
     * @param reject true for {@code ConflictException}
     * @return this builder
     */
    public Builder rejectDeletingReferencedLoggingConfigurations(boolean reject) {
      settings.rejectDeletingReferencedLoggingConfigurations(reject);
      return this;
    }

    /**
     * Adds fault scripts that every new fake starts with. {@code reset()} and
     * {@code Faults.clear()} remove them like any other.
     *
     * <pre>{@code
     * .faults(f -> f.on(Operation.CREATE_ROOM).nthCall(1).fail(ServiceError.internalServer()))
     * }</pre>
     *
     * @param preset run on each new fake's {@link Faults}, after earlier presets
     * @return this builder
     */
    public Builder faults(Consumer<? super Faults> preset) {
      settings.faults(preset);
      return this;
    }

    /**
     * Sets which tests share a fake (default {@link IvsChatScope#PER_TEST}).
     *
     * @param scope the scope
     * @return this builder
     */
    public Builder scope(IvsChatScope scope) {
      settings.scope(scope);
      return this;
    }

    /**
     * Sets how many of the last calls and sent events the report on a failed test lists (default
     * {@value IvsChatTest#DEFAULT_DIAGNOSTICS}); 0 turns the report off.
     *
     * @param entries 0 or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder diagnostics(int entries) {
      settings.diagnostics(entries);
      return this;
    }

    /**
     * Builds the extension.
     *
     * @return the extension
     */
    public IvsChatExtension build() {
      return new IvsChatExtension(settings.build());
    }
  }
}
