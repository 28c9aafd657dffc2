package dev.ivschat.testkit.junit5;

/**
 * How long an IVS Chat made by {@link IvsChatExtension} lives, and so which tests share it.
 *
 * <p>The default, {@link #PER_TEST}, isolates every test. {@link #PER_CLASS} lets a class set up
 * rooms once, in {@code @BeforeAll}, for all of its tests.
 */
public enum IvsChatScope {
  /**
   * A fresh IVS Chat for every test: each {@code @Test}, each repetition of a {@code @RepeatedTest},
   * each invocation of a {@code @ParameterizedTest} and each dynamic test. The test's
   * {@code @BeforeEach} and {@code @AfterEach} methods and (under the default per-method test
   * instance lifecycle) its constructor get the same IVS Chat as the test. There is none at class
   * level, so asking for one in {@code @BeforeAll} is an error.
   */
  PER_TEST,

  /**
   * One IVS Chat for a top-level test class, shared by all of its tests, including those of its
   * {@code @Nested} classes, and by its {@code @BeforeAll} and {@code @AfterAll} methods. It is
   * made before the class's first test and closed after its last.
   */
  PER_CLASS
}
