package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.FakeClock;
import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.RemoteFrontDoor;
import dev.ivschat.testkit.junit5.CurrentIvsChat;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Which parameters the extension injects, and what it injects for each type. All of them come
 * from one IVS Chat: the handle and its control surface, its clock, faults and configuration, and
 * the clients of every installed front door, opened on it (in server mode, the real clients of the
 * remote front door, on the local server that serves it).
 */
public final class Injection {
  private static final Map<Class<?>, Function<Holder, Object>> NEUTRAL = Map.of(
      IvsChat.class, Holder::ivsChat,
      IvsChatControl.class, Holder::ivsChat,
      Faults.class, h -> h.ivsChat().faults(),
      IvsChatConfig.class, h -> h.ivsChat().config());

  private Injection() {
  }

  /**
   * Whether the extension takes the parameter: a neutral type, a client type of an installed
   * front door, in server mode a client type of the remote front door (the local server), or (to
   * fail with a helpful message) a type a front door calls a mistake, on a parameter without
   * annotations (which other extensions, such as Mockito's {@code @Mock}, use to claim
   * parameters). Outside server mode the remote front door's own types (the server and the
   * account) are left to other resolvers.
   *
   * @param parameterContext the parameter
   * @param settings the registration's settings, read only for the remote front door's types
   * @return true to resolve it
   */
  public static boolean supports(ParameterContext parameterContext, Supplier<Settings> settings) {
    Class<?> type = parameterContext.getParameter().getType();
    if (injects(type) || Doors.remoteOwns(type) && settings.get().server()) {
      return true;
    }
    return parameterContext.getParameter().getAnnotations().length == 0
        && Doors.misuse(type).isPresent();
  }

  private static boolean injects(Class<?> type) {
    return NEUTRAL.containsKey(type) || type == FakeClock.class || type == CurrentIvsChat.class
        || Doors.owning(type).isPresent();
  }

  /**
   * The value for a parameter.
   *
   * @param parameterContext the parameter
   * @param context the context asking
   * @param settings the registration's settings
   * @return the value
   * @throws ParameterResolutionException when the type is not injectable or there is no IVS Chat
   *     here
   */
  public static Object resolve(ParameterContext parameterContext, ExtensionContext context,
      Settings settings) {
    Class<?> type = parameterContext.getParameter().getType();
    boolean remote = settings.server() && Doors.remoteOwns(type);
    if (!injects(type) && !remote) {
      String misuse = Doors.misuse(type).orElse("");
      RemoteFrontDoor door = settings.server() ? Servers.door() : null;
      throw new ParameterResolutionException(door == null
          ? Messages.unsupportedType(parameterContext, misuse)
          : Messages.unsupportedTypeInServerMode(parameterContext, misuse, door));
    }
    Holder holder = Holders.holder(context, settings).orElseThrow(
        () -> new ParameterResolutionException(noneHere(parameterContext, context)));
    if (type == CurrentIvsChat.class) {
      return CurrentHandle.of(context, holder);
    }
    if (type == FakeClock.class) {
      try {
        return holder.ivsChat().clock();
      } catch (IllegalStateException notFake) {
        throw new ParameterResolutionException(
            Messages.notAFakeClock(parameterContext, notFake.getMessage()), notFake);
      }
    }
    Function<Holder, Object> neutral = NEUTRAL.get(type);
    if (neutral != null) {
      return neutral.apply(holder);
    }
    RemoteFrontDoor served = holder.remoteDoor();
    if (served != null && !served.clientTypes().contains(type)) {
      throw new ParameterResolutionException(Messages.inProcessTypeInServerMode(parameterContext,
          Doors.owning(type).orElseThrow(), served));
    }
    return holder.client(type);
  }

  /**
   * Why a class-level context in scope PER_TEST has no IVS Chat: the class has none, or, for the
   * constructor of a per-method instance, JUnit is too old to give it the test's context.
   */
  private static String noneHere(ParameterContext parameterContext, ExtensionContext context) {
    boolean perMethodInstance = context.getTestInstanceLifecycle()
        .orElse(TestInstance.Lifecycle.PER_METHOD) == TestInstance.Lifecycle.PER_METHOD;
    if (parameterContext.getDeclaringExecutable() instanceof Constructor && perMethodInstance
        && !JUnitVersion.hasConstructorInjection()) {
      return Messages.constructorNeedsNewerJUnit(parameterContext, JUnitVersion.current());
    }
    return Messages.noIvsChatAtClassLevel(parameterContext);
  }
}
