package dev.ivschat.testkit.jqwik.internal;

import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
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
  public static Arbitrary<CreateLoggingConfigurationRequest> create() {
    return Combinators.combine(Values.loggingConfigurationNames().injectNull(0.3),
        Destinations.valid(), new DefaultTagMapArbitrary().injectNull(0.3))
        .as((name, destination, tags) -> new CreateLoggingConfigurationRequest().withName(name)
            .withDestinationConfiguration(destination).withTags(tags));
  }

  /**
   * CreateLoggingConfiguration requests wrong in one member.
   *
   * @return the requests
   */
  public static Arbitrary<Invalid<CreateLoggingConfigurationRequest>> invalidCreate() {
    Arbitrary<Invalid<DestinationConfiguration>> missing = Arbitraries.just(
        new Invalid<>(null, Destinations.FIELD, "is missing but required"));
    return OneWrong.of(create(), CreateLoggingConfigurationRequest::clone)
        .member(Values.invalidLoggingConfigurationNames(),
            CreateLoggingConfigurationRequest::setName)
        .member(Destinations.invalid(),
            CreateLoggingConfigurationRequest::setDestinationConfiguration)
        .member(missing, CreateLoggingConfigurationRequest::setDestinationConfiguration)
        .member(InvalidMaps.tags(), CreateLoggingConfigurationRequest::setTags)
        .build();
  }
}
