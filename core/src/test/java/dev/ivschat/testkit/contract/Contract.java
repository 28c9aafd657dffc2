package dev.ivschat.testkit.contract;

import dev.ivschat.testkit.IvsChatConfig;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * What every part of the contract suite stands on: a way to open the target under test on a fresh
 * IVS Chat. {@link ContractSuite} implements it; each part is an interface of default test
 * methods, so one concrete class per target runs them all.
 */
public interface Contract {
  /** Where the clock of {@link #openAtStart()} stands. */
  Instant START = Instant.parse("2024-05-01T12:00:00.123Z");

  /**
   * Opens the target on a fresh IVS Chat with this configuration; it is closed after the test.
   *
   * @param config the configuration
   * @return the service, every reply checked against the model
   */
  Service open(IvsChatConfig config);

  /** Opens the target on a fresh IVS Chat with the defaults. */
  default Service open() {
    return open(IvsChatConfig.defaults());
  }

  /** Opens the target on a fresh IVS Chat configured by the function. */
  default Service open(UnaryOperator<IvsChatConfig.Builder> configuration) {
    return open(configuration.apply(IvsChatConfig.builder()).build());
  }

  /** Opens the target on a fresh IVS Chat whose clock stands at {@link #START}. */
  default Service openAtStart() {
    return open(c -> c.clockStart(START));
  }

  /** A fresh fixture: one room and three logging configurations; close it after the test. */
  default Fixture fixture() {
    return new Fixture(open());
  }
}
