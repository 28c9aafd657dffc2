package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.junit5.IvsChatDiagnostics;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Adds the {@link Report} of a failed test's IVS Chat to its exception, as a suppressed
 * {@link IvsChatDiagnostics}, where IDEs and build logs show it. Skipped tests, tests that never
 * touched their IVS Chat, and a report size of 0 get none.
 */
public final class Diagnostics {
  private Diagnostics() {
  }

  /**
   * Attaches the report, once.
   *
   * @param failure the test's exception
   * @param context the failing test's (or class's) context
   * @param settings the registration's settings
   */
  public static void attach(Throwable failure, ExtensionContext context, Settings settings) {
    if (settings.diagnostics() == 0 || failure instanceof TestAbortedException
        || Arrays.stream(failure.getSuppressed()).anyMatch(IvsChatDiagnostics.class::isInstance)) {
      return;
    }
    Optional<Holder> holder = Holders.nearest(context).filter(Holder::used);
    if (holder.isEmpty()) {
      return;
    }
    String report = Report.of(holder.get(), settings.diagnostics());
    IvsChatDiagnostics diagnostics = new IvsChatDiagnostics(report);
    failure.addSuppressed(diagnostics);
    if (!Arrays.asList(failure.getSuppressed()).contains(diagnostics)) {
      context.publishReportEntry("ivschat", report);
    }
  }
}
