package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.RemoteFrontDoor;
import java.lang.reflect.Parameter;
import java.util.List;
import org.junit.jupiter.api.extension.ParameterContext;

/** Every message the extension fails with when it is used wrongly, in one place. */
final class Messages {
  /** The types injected whatever front doors are installed. */
  static final String NEUTRAL = "IvsChat, IvsChatControl, FakeClock, Faults, IvsChatConfig and "
      + "CurrentIvsChat";

  private Messages() {
  }

  /** What the extension injects, with the client types of the installed front doors. */
  static String injectable() {
    String clients = Doors.clientTypes();
    return NEUTRAL + (clients == null ? ", and no front door is installed (add "
        + "ivschat-testkit-sdk1 or ivschat-testkit-sdk2 in test scope for SDK clients)"
        : ", and the clients of the installed front doors: " + clients);
  }

  /** What the extension injects in server mode, with the remote front door's client types. */
  static String injectableInServerMode(RemoteFrontDoor door) {
    return NEUTRAL + ", and the clients of the " + door.name() + ": " + Doors.clientTypes(door);
  }

  private static String cannotInject(ParameterContext parameterContext) {
    Parameter p = parameterContext.getParameter();
    return "IvsChatExtension cannot inject parameter " + Names.of(p) + " of "
        + Names.of(parameterContext.getDeclaringExecutable());
  }

  static String unsupportedType(ParameterContext parameterContext, String misuse) {
    return cannotInject(parameterContext) + ". " + misuse + " It injects " + injectable() + ".";
  }

  static String unsupportedTypeInServerMode(ParameterContext parameterContext, String misuse,
      RemoteFrontDoor door) {
    return cannotInject(parameterContext) + ". " + misuse + " In server mode it injects "
        + injectableInServerMode(door) + ".";
  }

  static String inProcessTypeInServerMode(ParameterContext parameterContext,
      FrontDoor inProcess, RemoteFrontDoor door) {
    String type = parameterContext.getParameter().getType().getSimpleName();
    return cannotInject(parameterContext) + ": in server mode the clients are real SDK clients "
        + "talking to the " + door.name() + ", and " + type + " is an in-process client of the "
        + inProcess.name() + " front door. Declare the SDK's client interface instead, or turn "
        + "server mode off for the in-process fakes. In server mode it injects "
        + injectableInServerMode(door) + ".";
  }

  static String notARemoteClientType(Class<?> type, RemoteFrontDoor door) {
    return type.getName() + " is not a client type of the " + door.name() + " (server mode); "
        + "it makes " + Doors.clientTypes(door) + ".";
  }

  static String noServerModule(String registration) {
    return "IvsChatExtension runs in server mode (" + registration + "), which needs the local "
        + "IVS Chat server, but it is not on the test class path: add "
        + "dev.ivschat:ivschat-testkit-server in test scope, next to the AWS SDK whose real "
        + "clients the tests take.";
  }

  static String noIvsChatAtClassLevel(ParameterContext parameterContext) {
    return cannotInject(parameterContext) + ": in scope PER_TEST every test gets a fresh IVS Chat, "
        + "so there is none for the class as a whole (in @BeforeAll, @AfterAll, or the "
        + "constructor of a @TestInstance(PER_CLASS) class). Set it up in @BeforeEach, which gets "
        + "the test's, or choose scope PER_CLASS to share one IVS Chat across the class.";
  }

  static String constructorNeedsNewerJUnit(ParameterContext parameterContext, String version) {
    return cannotInject(parameterContext) + ": " + constructorNeedsNewerJUnit(version);
  }

  /** The reason part of {@link #constructorNeedsNewerJUnit(ParameterContext, String)}. */
  static String constructorNeedsNewerJUnit(String version) {
    return "a constructor gets the IVS Chat of the test it is made for on JUnit Jupiter "
        + JUnitVersion.CONSTRUCTOR_INJECTION + " or later (which lets an extension ask for the "
        + "test's context when the instance is made), but this is JUnit Jupiter "
        + (version == null ? "of an unknown version" : version) + ". Upgrade junit-jupiter to "
        + JUnitVersion.CONSTRUCTOR_INJECTION + " or later, or take the IVS Chat in @BeforeEach.";
  }

  static String notAFakeClock(ParameterContext parameterContext, String why) {
    return cannotInject(parameterContext) + ": " + why + (why.endsWith(".") ? "" : ".")
        + " FakeClock can be injected when the extension makes the clock (the default, or "
        + "clockStart); with a clockFactory, read the time from the clocks it makes.";
  }

  static String notAClientType(Class<?> type) {
    String clients = Doors.clientTypes();
    return type.getName() + " is not a client type of an installed front door; "
        + (clients == null ? "no front door is installed (add ivschat-testkit-sdk1 or "
        + "ivschat-testkit-sdk2 in test scope)" : "they make " + clients) + ".";
  }

  static String closed(String ownerName) {
    return "The IVS Chat of " + ownerName + " was closed when it ended, with every client made on "
        + "it: a client or CurrentIvsChat kept past its test cannot reach it.";
  }

  static String registeredTwice(Class<?> testClass, List<String> registrations) {
    return "IvsChatExtension is registered " + registrations.size() + " times for "
        + Names.of(testClass) + ": " + String.join(", ", registrations)
        + ". Register it once, with @IvsChatTest or with one @RegisterExtension field.";
  }

  static String invalidAnnotation(Class<?> annotated, String problem) {
    return "Invalid @IvsChatTest on " + Names.of(annotated) + ": " + problem;
  }

  static String sharedConfiguredDifferently(Class<?> testClass, Class<?> topLevel,
      String wanted, String shared) {
    return Names.of(testClass) + " asks for a PER_CLASS IVS Chat with " + wanted + ", but "
        + Names.of(topLevel) + " already shares one with " + shared + ". In scope PER_CLASS a "
        + "top-level class and its @Nested classes share one IVS Chat: configure it once, on the "
        + "top-level class, or give the @Nested class scope PER_TEST.";
  }

  static String notRegistered(String displayName) {
    return "There is no IVS Chat for '" + displayName + "': IvsChatExtension is not registered "
        + "for it. Register it with @IvsChatTest or a @RegisterExtension field.";
  }

  static String noneForTheClass(String displayName, String registration) {
    return "There is no IVS Chat for '" + displayName + "': IvsChatExtension is registered ("
        + registration + ") in scope PER_TEST, where every test gets its own IVS Chat and there "
        + "is none for the class as a whole. Ask for it from a beforeEach callback on, or choose "
        + "scope PER_CLASS.";
  }

  static String notYet(String displayName, String registration) {
    return "There is no IVS Chat for '" + displayName + "' yet: IvsChatExtension is registered ("
        + registration + "), but the extension asking ran before it: IvsChatExtension makes a "
        + "test's IVS Chat in its beforeEach callback (in scope PER_CLASS, the class's in its "
        + "beforeAll callback), and JUnit calls extensions in the order they are registered. "
        + "Register the extension that asks after IvsChatExtension: in a later @ExtendWith, or "
        + "in a @RegisterExtension field that @Order puts after IvsChatExtension's field.";
  }
}
