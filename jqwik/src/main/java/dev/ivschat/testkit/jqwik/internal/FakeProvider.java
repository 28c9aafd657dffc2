package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.jqwik.IvsChatFakes;
import dev.ivschat.testkit.jqwik.IvsChatV1Arbitraries;
import dev.ivschat.testkit.jqwik.IvsChatV2Arbitraries;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides {@code @ForAll} parameters of the seeded fakes: {@code IvsChat},
 * {@code FakeAmazonivschat} (with ivschat-testkit-sdk1) and {@code FakeIvschatClient} (with
 * ivschat-testkit-sdk2).
 *
 * <p>Registered in {@code META-INF/services}, so jqwik loads it on every classpath, including
 * those that hold only one SDK or none. It therefore names the front doors' types only as strings:
 * a parameter of such a type means its class, and so its SDK, is present, and only then is the
 * SDK-typed factory called, which loads the SDK's classes.
 */
public final class FakeProvider implements ArbitraryProvider {
  static final String V1_FAKE = "dev.ivschat.testkit.sdk1.FakeAmazonivschat";
  static final String V2_FAKE = "dev.ivschat.testkit.sdk2.FakeIvschatClient";

  /** Made by {@code ServiceLoader}. */
  public FakeProvider() {
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return factory(targetType) != null;
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Supplier<Arbitrary<?>> factory = factory(targetType);
    if (factory == null) {
      return Set.of();
    }
    try {
      return Set.of(factory.get());
    } catch (LinkageError e) {
      throw new IllegalStateException("Cannot make a " + targetType.getRawType().getSimpleName()
          + ": a class it needs is missing from the test classpath (" + e + ")", e);
    }
  }

  private static Supplier<Arbitrary<?>> factory(TypeUsage type) {
    if (type.isOfType(IvsChat.class)) {
      return IvsChatFakes::seededIvsChats;
    }
    String name = type.getRawType().getName();
    if (name.equals(V1_FAKE)) {
      return () -> IvsChatV1Arbitraries.seededFakes();
    }
    if (name.equals(V2_FAKE)) {
      return () -> IvsChatV2Arbitraries.seededFakes();
    }
    return null;
  }
}
