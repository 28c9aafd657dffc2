package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.jqwik.IvsChatFakes;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/** Provides {@code @ForAll FakeAmazonivschat} parameters: {@link IvsChatFakes#seededFakes()}. */
public final class FakeProvider implements ArbitraryProvider {
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(FakeAmazonivschat.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(IvsChatFakes.seededFakes());
  }
}
