package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.FakeAmazonivschat;
import dev.ivschat.testkit.junit5.IvsChatExtension;
import dev.ivschat.testkit.junit5.IvsChatScope;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Keeps fakes in the {@link ExtensionContext.Store} of the context they belong to: the test's own
 * context in scope {@link IvsChatScope#PER_TEST}, the top-level class's context in scope
 * {@link IvsChatScope#PER_CLASS}. The store closes them when that context ends. Each fake is also
 * published under {@link IvsChatExtension#NAMESPACE} and the key {@code FakeAmazonivschat.class}.
 */
public final class FakeStore {
  private static final Namespace PRIVATE = Namespace.create(FakeStore.class);

  /** The key of a fake in its owner's store; unique per owner, so a parent's never matches. */
  private record HolderKey(String ownerUniqueId) {
  }

  private FakeStore() {
  }

  /**
   * The fake for a context, made on first use.
   *
   * @param context the context asking
   * @param settings the settings of the registration asking
   * @return the holder, or empty when the context is class-level in scope PER_TEST
   * @throws ExtensionConfigurationException when a {@code @Nested} class asks for a shared fake
   *     configured differently
   */
  static Optional<FakeHolder> holder(ExtensionContext context, Settings settings) {
    Optional<ExtensionContext> owner = settings.scope() == IvsChatScope.PER_CLASS
        ? Optional.of(Contexts.topLevelClass(context)) : Contexts.nearestTest(context);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    ExtensionContext o = owner.get();
    FakeHolder holder = o.getStore(PRIVATE).getOrComputeIfAbsent(
        new HolderKey(o.getUniqueId()), k -> create(o, settings), FakeHolder.class);
    if (!holder.settings().describe().equals(settings.describe())) {
      throw new ExtensionConfigurationException(Messages.sharedFakeConfiguredDifferently(
          Contexts.classChain(context).get(0), o.getRequiredTestClass(), settings.describe(),
          holder.settings().describe()));
    }
    return Optional.of(holder);
  }

  /**
   * Makes sure the fake of a context exists (and is published), if the context has one.
   *
   * @param context a test or class context
   * @param settings the registration's settings
   */
  public static void prepare(ExtensionContext context, Settings settings) {
    holder(context, settings);
  }

  /**
   * The fake nearest to a context that already exists: its own, a dynamic test's factory's, or
   * the shared one of its class.
   *
   * @param context any context
   * @return the holder, if there is one
   */
  static Optional<FakeHolder> nearest(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      FakeHolder h = c.getStore(PRIVATE).get(new HolderKey(c.getUniqueId()), FakeHolder.class);
      if (h != null) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /**
   * The fake nearest to a context, marked as used.
   *
   * @param context any context
   * @return the fake
   * @throws IllegalStateException when there is none
   */
  public static FakeAmazonivschat requireFake(ExtensionContext context) {
    return nearest(context).map(FakeHolder::fake)
        .orElseThrow(() -> new IllegalStateException(Messages.noFake(context.getDisplayName())));
  }

  private static FakeHolder create(ExtensionContext owner, Settings settings) {
    FakeAmazonivschat fake = new FakeAmazonivschat(
        settings.configFor(Seeds.of(owner.getUniqueId())));
    settings.faults().accept(fake.faults());
    String description = Contexts.isClassLevel(owner)
        ? "the fake shared by all tests of " + Names.of(owner.getRequiredTestClass())
        : "the fake of this test";
    owner.getStore(IvsChatExtension.NAMESPACE).put(FakeAmazonivschat.class, fake);
    return new FakeHolder(fake, settings, description);
  }
}
