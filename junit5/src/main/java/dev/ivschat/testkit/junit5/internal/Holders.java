package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.junit5.IvsChatExtension;
import dev.ivschat.testkit.junit5.IvsChatScope;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Keeps IVS Chats in the {@link ExtensionContext.Store} of the context they belong to: the test's
 * own context in scope {@link IvsChatScope#PER_TEST}, the top-level class's context in scope
 * {@link IvsChatScope#PER_CLASS}. The store closes them (and their clients) when that context
 * ends. Each is also published under {@link IvsChatExtension#NAMESPACE} and the key
 * {@code IvsChat.class}.
 */
public final class Holders {
  private static final Namespace PRIVATE = Namespace.create(Holders.class);

  /** The key of a holder in its owner's store; unique per owner, so a parent's never matches. */
  private record HolderKey(String ownerUniqueId) {
  }

  private Holders() {
  }

  /**
   * The IVS Chat for a context, made on first use.
   *
   * @param context the context asking
   * @param settings the settings of the registration asking
   * @return the holder, or empty when the context is class-level in scope PER_TEST
   * @throws ExtensionConfigurationException when a {@code @Nested} class asks for a shared IVS
   *     Chat configured differently
   */
  static Optional<Holder> holder(ExtensionContext context, Settings settings) {
    Optional<ExtensionContext> owner = settings.scope() == IvsChatScope.PER_CLASS
        ? Optional.of(Contexts.topLevelClass(context)) : Contexts.nearestTest(context);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    ExtensionContext o = owner.get();
    Holder holder = o.getStore(PRIVATE).getOrComputeIfAbsent(
        new HolderKey(o.getUniqueId()), k -> create(o, settings), Holder.class);
    if (!holder.settings().describe().equals(settings.describe())) {
      throw new ExtensionConfigurationException(Messages.sharedConfiguredDifferently(
          Contexts.classChain(context).get(0), o.getRequiredTestClass(), settings.describe(),
          holder.settings().describe()));
    }
    return Optional.of(holder);
  }

  /**
   * Makes sure the IVS Chat of a context exists (and is published), if the context has one.
   *
   * @param context a test or class context
   * @param settings the registration's settings
   */
  public static void prepare(ExtensionContext context, Settings settings) {
    holder(context, settings);
  }

  /**
   * The holder nearest to a context that already exists: its own, a dynamic test's factory's, or
   * the shared one of its class.
   *
   * @param context any context
   * @return the holder, if there is one
   */
  static Optional<Holder> nearest(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      Holder h = c.getStore(PRIVATE).get(new HolderKey(c.getUniqueId()), Holder.class);
      if (h != null) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /**
   * The IVS Chat nearest to a context, marked as used.
   *
   * @param context any context
   * @return the IVS Chat
   * @throws IllegalStateException when there is none, saying why
   */
  public static IvsChat requireIvsChat(ExtensionContext context) {
    return require(context).ivsChat();
  }

  /**
   * A front door's client on the IVS Chat nearest to a context, marked as used.
   *
   * @param context any context
   * @param type one of the installed front doors' client types
   * @param <T> the type
   * @return the client, the same object the test's parameters of that type get
   * @throws IllegalStateException when there is no IVS Chat, saying why
   * @throws IllegalArgumentException when no installed front door makes the type
   */
  public static <T> T requireClient(ExtensionContext context, Class<T> type) {
    return type.cast(require(context).client(type));
  }

  private static Holder require(ExtensionContext context) {
    return nearest(context).orElseThrow(() -> new IllegalStateException(whyNone(context)));
  }

  private static String whyNone(ExtensionContext context) {
    String name = context.getDisplayName();
    List<String> registrations = Registrations.of(context);
    if (registrations.isEmpty()) {
      return Messages.notRegistered(name);
    }
    if (Contexts.isClassLevel(context) && Registrations.byAnnotation(context)
        && AnnotationSettings.of(context).scope() == IvsChatScope.PER_TEST) {
      return Messages.noneForTheClass(name, registrations.get(0));
    }
    return Messages.notYet(name, registrations.get(0));
  }

  private static Holder create(ExtensionContext owner, Settings settings) {
    IvsChat ivsChat = new IvsChat(settings.configFor(Seeds.of(owner.getUniqueId())));
    settings.faults().accept(ivsChat.faults());
    boolean classLevel = Contexts.isClassLevel(owner);
    String report = classLevel
        ? "shared by all tests of " + Names.of(owner.getRequiredTestClass()) : "of this test";
    String name = classLevel ? Names.of(owner.getRequiredTestClass())
        : "'" + owner.getDisplayName() + "'";
    Servers.Opened served = null;
    if (settings.server()) {
      try {
        served = Servers.open(owner, ivsChat);
      } catch (RuntimeException e) {
        ivsChat.close();
        throw e;
      }
    }
    owner.getStore(IvsChatExtension.NAMESPACE).put(IvsChat.class, ivsChat);
    return new Holder(ivsChat, settings, report, name, served);
  }
}
