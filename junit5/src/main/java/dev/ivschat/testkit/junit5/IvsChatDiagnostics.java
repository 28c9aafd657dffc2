package dev.ivschat.testkit.junit5;

/**
 * What a failed test did with its IVS Chat: the last calls (with their requests and errors)
 * and the last events sent to rooms.
 *
 * <p>{@link IvsChatExtension} adds one to the exception of a failed test as a suppressed exception,
 * so it is printed under the failure in the IDE and in the build log:
 *
 * <pre>
 * org.opentest4j.AssertionFailedError: expected: 1 but was: 0
 *     at ...
 *     Suppressed: dev.ivschat.testkit.junit5.IvsChatDiagnostics: IVS Chat: 2 calls (1 failed) ...
 * </pre>
 *
 * <p>It has no stack trace of its own.
 */
public final class IvsChatDiagnostics extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A report.
   *
   * @param report the readable summary
   */
  public IvsChatDiagnostics(String report) {
    super(report, null, false, false);
  }
}
