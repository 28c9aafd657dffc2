package dev.ivschat.testkit.junit5.internal;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatAsync;
import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.FakeAmazonivschatAsync;
import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.junit5.CurrentIvsChat;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Which parameters the extension injects, and what it injects for each type. All of them come
 * from one fake: the SDK interfaces and the control surface are the fake itself, the async ones
 * its async view, the clock, faults and configuration its own.
 */
public final class Injection {
  private static final Map<Class<?>, Function<FakeHolder, Object>> BY_TYPE = Map.of(
      Amazonivschat.class, FakeHolder::fake,
      FakeAmazonivschat.class, FakeHolder::fake,
      IvsChatControl.class, FakeHolder::fake,
      AmazonivschatAsync.class, FakeHolder::async,
      FakeAmazonivschatAsync.class, FakeHolder::async,
      FakeClock.class, h -> h.fake().clock(),
      Faults.class, h -> h.fake().faults(),
      IvsChatConfig.class, h -> h.fake().config());

  /**
   * The package of the SDK's client classes ({@code AmazonivschatClient} and the like): a test that
   * declares one of them meant to get a client from us. Types of other packages, such as this
   * toolkit's {@code Room} or {@code Operation}, may well be arguments of a parameterized test,
   * so they are left to other resolvers.
   */
  private static final String SDK_CLIENT_PACKAGE = "com.amazonaws.services.ivschat";

  private Injection() {
  }

  /**
   * Whether the extension takes the parameter: one of the injectable types, or (to fail with a
   * helpful message) another client type of the IVS Chat SDK on a parameter without annotations
   * (which other extensions, such as Mockito's {@code @Mock}, use to claim parameters).
   *
   * @param parameterContext the parameter
   * @return true to resolve it
   */
  public static boolean supports(ParameterContext parameterContext) {
    Class<?> type = parameterContext.getParameter().getType();
    if (BY_TYPE.containsKey(type) || type == CurrentIvsChat.class) {
      return true;
    }
    return type.getPackageName().equals(SDK_CLIENT_PACKAGE)
        && parameterContext.getParameter().getAnnotations().length == 0;
  }

  /**
   * The value for a parameter.
   *
   * @param parameterContext the parameter
   * @param context the context asking
   * @param settings the registration's settings
   * @return the value
   * @throws ParameterResolutionException when the type is not injectable or there is no fake here
   */
  public static Object resolve(ParameterContext parameterContext, ExtensionContext context,
      Settings settings) {
    Class<?> type = parameterContext.getParameter().getType();
    if (!BY_TYPE.containsKey(type) && type != CurrentIvsChat.class) {
      throw new ParameterResolutionException(Messages.unsupportedType(parameterContext));
    }
    FakeHolder holder = FakeStore.holder(context, settings).orElseThrow(
        () -> new ParameterResolutionException(Messages.noFakeAtClassLevel(parameterContext)));
    if (type == CurrentIvsChat.class) {
      return CurrentFake.of(context, holder);
    }
    if (type == FakeClock.class) {
      Clock clock = holder.peek().config().clock();
      if (!(clock instanceof FakeClock)) {
        throw new ParameterResolutionException(Messages.notAFakeClock(parameterContext, clock));
      }
    }
    return BY_TYPE.get(type).apply(holder);
  }
}
