package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatControl;
import net.jqwik.api.SampleReportingFormat;

/**
 * Reports a generated fake (an {@code IvsChat}, a {@code FakeAmazonivschat}, a
 * {@code FakeIvschatClient}) with its idSeed, the value that replays it. It tests for core's
 * {@link IvsChatControl}, which every fake implements, so it loads no SDK class.
 */
public final class FakeReportingFormat implements SampleReportingFormat {
  /** Made by {@code ServiceLoader} and by the domains. */
  public FakeReportingFormat() {
  }

  @Override
  public boolean appliesTo(Object value) {
    return value instanceof IvsChatControl;
  }

  @Override
  public Object report(Object value) {
    IvsChatConfig config = ((IvsChatControl) value).config();
    return SampleReportingFormat.plainLabel(value.getClass().getSimpleName() + "[idSeed="
        + config.idSeed() + ", region=" + config.region() + ", accountId=" + config.accountId()
        + "]");
  }
}
