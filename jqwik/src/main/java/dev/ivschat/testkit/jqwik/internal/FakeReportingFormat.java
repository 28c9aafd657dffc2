package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.IvsChatConfig;
import net.jqwik.api.SampleReportingFormat;

/** Reports a generated fake with its idSeed, the value that replays it. */
public final class FakeReportingFormat implements SampleReportingFormat {
  @Override
  public boolean appliesTo(Object value) {
    return value instanceof FakeAmazonivschat;
  }

  @Override
  public Object report(Object value) {
    IvsChatConfig config = ((FakeAmazonivschat) value).config();
    return SampleReportingFormat.plainLabel("FakeAmazonivschat[idSeed=" + config.idSeed()
        + ", region=" + config.region() + ", accountId=" + config.accountId() + "]");
  }
}
