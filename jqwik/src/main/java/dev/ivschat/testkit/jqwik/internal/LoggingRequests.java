package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.IvsChatRequest.CreateLoggingConfiguration;
import dev.ivschat.testkit.IvsChatRequest.DestinationConfiguration;
import dev.ivschat.testkit.jqwik.Invalid;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** CreateLoggingConfiguration requests. */
public final class LoggingRequests {
  private LoggingRequests() {
  }

  /**
   * Valid CreateLoggingConfiguration requests.
   *
   * @return the requests
   */
  public static Arbitrary<CreateLoggingConfiguration> create() {
    return Combinators.combine(Values.loggingConfigurationNames().injectNull(0.3),
        Destinations.valid(), new DefaultTagMapArbitrary().injectNull(0.3))
        .as(CreateLoggingConfiguration::new);
  }

  /**
   * CreateLoggingConfiguration requests wrong in one member.
   *
   * @return the requests
   */
  public static Arbitrary<Invalid<CreateLoggingConfiguration>> invalidCreate() {
    Arbitrary<Invalid<DestinationConfiguration>> missing = Arbitraries.just(
        new Invalid<>(null, Destinations.FIELD, "is missing but required"));
    return OneWrong.of(create())
        .member(Values.invalidLoggingConfigurationNames(),
            (r, v) -> new CreateLoggingConfiguration(v, r.destinationConfiguration(), r.tags()))
        .member(Destinations.invalid(),
            (r, v) -> new CreateLoggingConfiguration(r.name(), v, r.tags()))
        .member(missing, (r, v) -> new CreateLoggingConfiguration(r.name(), v, r.tags()))
        .member(InvalidMaps.tags(),
            (r, v) -> new CreateLoggingConfiguration(r.name(), r.destinationConfiguration(), v))
        .build();
  }
}
