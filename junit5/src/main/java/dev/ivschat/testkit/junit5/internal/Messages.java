package dev.ivschat.testkit.junit5.internal;

import java.lang.reflect.Parameter;
import java.util.List;
import org.junit.jupiter.api.extension.ParameterContext;

/** Every message the extension fails with when it is used wrongly, in one place. */
final class Messages {
  static final String INJECTABLE = "Amazonivschat, AmazonivschatAsync, FakeAmazonivschat, "
      + "FakeAmazonivschatAsync, IvsChatControl, IvsChatConfig, FakeClock, Faults and "
      + "CurrentIvsChat";

  private Messages() {
  }

  private static String cannotInject(ParameterContext parameterContext) {
    Parameter p = parameterContext.getParameter();
    return "IvsChatExtension cannot inject parameter " + Names.of(p) + " of "
        + Names.of(parameterContext.getDeclaringExecutable()) + ": ";
  }

  static String unsupportedType(ParameterContext parameterContext) {
    return cannotInject(parameterContext) + "it injects " + INJECTABLE
        + ". Declare the parameter as one of these (Amazonivschat or AmazonivschatAsync for the "
        + "code under test).";
  }

  static String noFakeAtClassLevel(ParameterContext parameterContext) {
    return cannotInject(parameterContext) + "in scope PER_TEST every test gets a fresh fake, so "
        + "there is none for the class as a whole (in @BeforeAll, @AfterAll, or the constructor "
        + "of a @TestInstance(PER_CLASS) class). Set the fake up in @BeforeEach, which gets the "
        + "test's fake, or choose scope PER_CLASS to share one fake across the class.";
  }

  static String notAFakeClock(ParameterContext parameterContext, Object clock) {
    return cannotInject(parameterContext) + "the fake runs on " + clock + ", which is not a "
        + "FakeClock. FakeClock can be injected when the extension makes the clock (the default, "
        + "or clockStart); inject IvsChatConfig to read a custom clock.";
  }

  static String registeredTwice(Class<?> testClass, List<String> registrations) {
    return "IvsChatExtension is registered " + registrations.size() + " times for "
        + Names.of(testClass) + ": " + String.join(", ", registrations)
        + ". Register it once, with @IvsChatTest or with one @RegisterExtension field.";
  }

  static String invalidAnnotation(Class<?> annotated, String problem) {
    return "Invalid @IvsChatTest on " + Names.of(annotated) + ": " + problem;
  }

  static String sharedFakeConfiguredDifferently(Class<?> testClass, Class<?> topLevel,
      String wanted, String shared) {
    return Names.of(testClass) + " asks for a PER_CLASS fake with [" + wanted + "], but "
        + Names.of(topLevel) + " already shares one with [" + shared + "]. In scope PER_CLASS "
        + "a top-level class and its @Nested classes share one fake: configure it once, on the "
        + "top-level class, or give the @Nested class scope PER_TEST.";
  }

  static String noFake(String displayName) {
    return "There is no IVS Chat fake for '" + displayName + "'. Register IvsChatExtension (or "
        + "use @IvsChatTest); in scope PER_TEST a test's fake exists from its beforeEach "
        + "callbacks on, in scope PER_CLASS from the class's beforeAll callbacks on.";
  }
}
