package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.junit5.IvsChatScope;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything one registration of the extension says about its IVS Chats: core's configuration
 * plus what only the extension has. The annotation and the builder both produce one.
 *
 * @param config the configuration of each IVS Chat (its seed is used only when
 *     {@code seedFromTestId} is false)
 * @param seedFromTestId whether each IVS Chat's seed is derived from its owner's unique id
 * @param faults preset fault scripts, run on each new IVS Chat
 * @param scope which tests share an IVS Chat
 * @param diagnostics how many calls and events a failure report lists (0: none)
 * @param server whether each IVS Chat is served by a local server (one per top-level class) and
 *     the clients injected are real SDK clients talking to it
 */
public record Settings(IvsChatConfig config, boolean seedFromTestId,
    Consumer<? super Faults> faults, IvsChatScope scope, int diagnostics, boolean server) {

  /** No preset faults. */
  public static final Consumer<Faults> NO_FAULTS = f -> { };

  /**
   * Checks the components.
   *
   * @param config configuration
   * @param seedFromTestId seed derivation
   * @param faults presets
   * @param scope scope
   * @param diagnostics report size
   * @param server server mode
   */
  public Settings {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(faults, "faults");
    Objects.requireNonNull(scope, "scope");
    checkDiagnostics(diagnostics);
  }

  /**
   * Checks a report size, for the builder and the annotation alike.
   *
   * @param entries the value
   * @return the value
   * @throws IllegalArgumentException when negative
   */
  public static int checkDiagnostics(int entries) {
    if (entries < 0) {
      throw new IllegalArgumentException(
          "diagnostics must be between 0 and " + Integer.MAX_VALUE + ", but was " + entries);
    }
    return entries;
  }

  /**
   * The configuration of one IVS Chat.
   *
   * @param derivedSeed the seed derived from the owner's unique id
   * @return the configuration
   */
  public IvsChatConfig configFor(long derivedSeed) {
    return seedFromTestId ? config.toBuilder().idSeed(derivedSeed).build() : config;
  }

  /**
   * The settings that shape an IVS Chat's state, as text: two registrations with the same text
   * make equal IVS Chats (preset faults are left out), served the same way.
   *
   * @return a description
   */
  public String describe() {
    String served = server ? ", served by the local server" : "";
    if (!seedFromTestId) {
      return config + served;
    }
    String withZero = config.toBuilder().idSeed(0).build().toString();
    return withZero.replace(", idSeed=0,", ", idSeed=from test id,") + served;
  }
}
