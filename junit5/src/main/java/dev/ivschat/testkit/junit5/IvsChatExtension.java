package dev.ivschat.testkit.junit5;

import dev.ivschat.testkit.ConfigBuilder;
import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.junit5.internal.AnnotationSettings;
import dev.ivschat.testkit.junit5.internal.Diagnostics;
import dev.ivschat.testkit.junit5.internal.DynamicTests;
import dev.ivschat.testkit.junit5.internal.Holders;
import dev.ivschat.testkit.junit5.internal.Injection;
import dev.ivschat.testkit.junit5.internal.Registrations;
import dev.ivschat.testkit.junit5.internal.Servers;
import dev.ivschat.testkit.junit5.internal.Settings;
import java.util.Objects;
import java.util.function.Consumer;
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
 * A fresh, isolated in-memory {@link IvsChat} for every test, with the clients of every installed
 * front door on it, injected as parameters; the extension behind {@link IvsChatTest}, and the one
 * to register with {@code @RegisterExtension} for settings the annotation does not have.
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
 * the types {@link IvsChat}, {@code IvsChatControl}, {@code FakeClock}, {@link Faults},
 * {@link IvsChatConfig} and {@link CurrentIvsChat}, and of every client type of every installed
 * {@link FrontDoor} (with {@code ivschat-testkit-sdk1} on the test classpath {@code Amazonivschat}
 * and the like, with {@code ivschat-testkit-sdk2} {@code IvschatClient} and the like). Within one
 * test they all belong to one IVS Chat, so v1 and v2 clients see the same rooms.
 *
 * <p><b>Against a local server.</b> With {@link IvsChatTest#server()} (or
 * {@link Builder#server(boolean)}) and {@code ivschat-testkit-server} on the test classpath, one
 * local server runs per top-level test class, each IVS Chat is served on it under an access key id
 * of its own, and the client parameters get real SDK clients pointed at it.
 *
 * <p><b>Scope.</b> See {@link IvsChatScope}: a fresh IVS Chat per test by default, one per
 * top-level class on request. They live in the JUnit {@link ExtensionContext.Store} of their test
 * or class and are closed with it, with every client made on them; the extension itself holds only
 * its settings, so the same instance serves tests running in parallel, in static and instance
 * fields alike.
 *
 * <p><b>Determinism.</b> Unless a seed is set, each IVS Chat's ids and tokens are seeded from the
 * unique id of its test, so a test sees the same ids on every run.
 *
 * <p><b>Diagnostics.</b> When a test that used its IVS Chat fails, an {@link IvsChatDiagnostics}
 * listing its last calls and sent events is added to the failure as a suppressed exception.
 *
 * <p><b>Other extensions</b> find the IVS Chat of a test in the store under {@link #NAMESPACE}
 * and the key {@link #STORE_KEY}, or through {@link #ivsChat(ExtensionContext)} and
 * {@link #client(ExtensionContext, Class)}.
 */
public final class IvsChatExtension implements BeforeAllCallback, BeforeEachCallback,
    ParameterResolver, TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler,
    InvocationInterceptor {

  /** The store namespace under which each test's (or class's) IVS Chat is published. */
  public static final Namespace NAMESPACE = Namespace.create(IvsChatExtension.class);

  /** The key of the IVS Chat in the {@link #NAMESPACE} store; its value is an {@link IvsChat}. */
  public static final Class<IvsChat> STORE_KEY = IvsChat.class;

  /** The builder's settings, or null to read {@link IvsChatTest} from the test class. */
  private final Settings settings;

  /**
   * The extension as {@link IvsChatTest} (or {@code @ExtendWith(IvsChatExtension.class)})
   * registers it: it takes its settings from the {@link IvsChatTest} annotations of the test class
   * and the classes it is nested in, or the defaults.
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
   * The IVS Chat of a test, for other extensions: its own in scope PER_TEST (from the test's
   * {@code beforeEach} callbacks on), its class's in scope PER_CLASS (from {@code beforeAll} on).
   * Register the extension that asks after this one.
   *
   * @param context the context of a test or class
   * @return the IVS Chat
   * @throws IllegalStateException when there is none for the context, saying why
   */
  public static IvsChat ivsChat(ExtensionContext context) {
    return Holders.requireIvsChat(context);
  }

  /**
   * A client of an installed front door on the IVS Chat of a test, for other extensions: the same
   * object the test's parameters of that type get, closed with it.
   *
   * @param context the context of a test or class
   * @param type a client type of an installed front door, e.g. {@code Amazonivschat.class}
   * @param <T> the type
   * @return the client
   * @throws IllegalStateException when there is no IVS Chat for the context, saying why
   * @throws IllegalArgumentException when no installed front door makes the type
   */
  public static <T> T client(ExtensionContext context, Class<T> type) {
    return Holders.requireClient(context, type);
  }

  private Settings settings(ExtensionContext context) {
    Registrations.requireSingle(context);
    return settings != null ? settings : AnnotationSettings.of(context);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Settings s = settings(context);
    if (s.server()) {
      Servers.prepare(context);
    }
    if (s.scope() == IvsChatScope.PER_CLASS) {
      Holders.prepare(context, s);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Holders.prepare(context, settings(context));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
    if (!Injection.supports(parameterContext, () -> settings(context))) {
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
   * parameters get the test's own IVS Chat (JUnit Jupiter 5.12 and later ask for this).
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
   * Builds an {@link IvsChatExtension}. It has every setting of core's {@link ConfigBuilder}
   * (region, account, quotas, {@code clockStart} or a {@code clockFactory}, seed, journal and the
   * service choices) and the extension's own: preset faults, scope, report size, and whether the
   * seed comes from the test's identity. Each setter checks its value at once; what it does not
   * set keeps the default that {@link IvsChatTest} also has.
   */
  public static final class Builder extends ConfigBuilder<Builder> {
    private Consumer<? super Faults> faults = Settings.NO_FAULTS;
    private IvsChatScope scope = IvsChatScope.PER_TEST;
    private int diagnostics = IvsChatTest.DEFAULT_DIAGNOSTICS;
    private boolean seedFromTestId = true;
    private boolean server;

    private Builder() {
    }

    /**
     * Gives every IVS Chat this seed for its ids and tokens, instead of one derived from its
     * test's unique id.
     *
     * @param seed any value
     * @return this builder
     */
    @Override
    public Builder idSeed(long seed) {
      seedFromTestId = false;
      return super.idSeed(seed);
    }

    /**
     * Derives each IVS Chat's seed from the unique id of its test (the default), undoing an
     * earlier {@link #idSeed(long)} or {@link #config(IvsChatConfig)}.
     *
     * @return this builder
     */
    public Builder idSeedFromTestId() {
      seedFromTestId = true;
      return this;
    }

    /**
     * Takes every setting of a configuration, its seed included: every IVS Chat then gets that
     * seed, unless {@link #idSeedFromTestId()} follows.
     *
     * @param config the configuration
     * @return this builder
     */
    @Override
    public Builder config(IvsChatConfig config) {
      super.config(config);
      seedFromTestId = false;
      return this;
    }

    /**
     * Adds fault scripts that every new IVS Chat starts with. {@code reset()} and
     * {@code Faults.clear()} remove them like any other.
     *
     * <pre>{@code
     * .faults(f -> f.on(Operation.CREATE_ROOM).nthCall(1).fail(ServiceError.internalServer()))
     * }</pre>
     *
     * @param preset run on each new IVS Chat's {@link Faults}, after earlier presets
     * @return this builder
     */
    public Builder faults(Consumer<? super Faults> preset) {
      Objects.requireNonNull(preset, "faults");
      Consumer<? super Faults> before = faults;
      faults = f -> {
        before.accept(f);
        preset.accept(f);
      };
      return this;
    }

    /**
     * Sets which tests share an IVS Chat (default {@link IvsChatScope#PER_TEST}).
     *
     * @param scope the scope
     * @return this builder
     */
    public Builder scope(IvsChatScope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
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
      this.diagnostics = Settings.checkDiagnostics(entries);
      return this;
    }

    /**
     * Sets whether the tests talk to their IVS Chat through a local server (default false), as
     * {@link IvsChatTest#server()} describes: one server per top-level test class, each IVS Chat
     * served under an access key id of its own, and real SDK clients pointed at it injected.
     * Needs {@code dev.ivschat:ivschat-testkit-server} on the test class path.
     *
     * @param server true to serve the IVS Chats from a local server
     * @return this builder
     */
    public Builder server(boolean server) {
      this.server = server;
      return this;
    }

    /**
     * Builds the extension.
     *
     * @return the extension
     */
    public IvsChatExtension build() {
      return new IvsChatExtension(
          new Settings(buildConfig(), seedFromTestId, faults, scope, diagnostics, server));
    }
  }
}
