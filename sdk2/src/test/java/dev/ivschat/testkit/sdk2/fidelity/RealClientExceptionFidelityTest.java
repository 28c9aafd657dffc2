package dev.ivschat.testkit.sdk2.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Quotas;
import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.sdk2.FakeIvschatAsyncClient;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * Holds the fake's exceptions to the real v2 client's: for every kind of error in the catalogue,
 * the loopback service answers with the service's error response for that {@link ServiceError}
 * and the fake's exception must equal what the real client builds from it, field by field.
 */
class RealClientExceptionFidelityTest {
  /** Reason phrases for the statuses the JDK server sends none for. */
  private static final Map<Integer, String> STANDARD_PHRASES =
      Map.of(402, "Payment Required", 429, "Too Many Requests");

  private static RealService service;
  private static IvschatClient realSync;
  private static IvschatAsyncClient realAsync;

  @BeforeAll
  static void start() {
    service = RealService.start();
    realSync = service.newSyncClient();
    realAsync = service.newAsyncClient();
  }

  @AfterAll
  static void stop() {
    realSync.close();
    realAsync.close();
    service.close();
  }

  static Stream<Arguments> catalogue() {
    return Stream.of(
        Arguments.of("validation, one field", ServiceError.validation("name",
            "Member must satisfy regular expression pattern: ^[a-zA-Z0-9-_]*$")),
        Arguments.of("validation, two fields", ServiceError.validation("2 validation errors",
            List.of(new ServiceError.Field("name", "too long"),
                new ServiceError.Field("messageReviewHandler.uri", "not a Lambda ARN")))),
        Arguments.of("validation, reason OTHER", ServiceError.validationOther("bad request")),
        Arguments.of("not found, room", ServiceError.notFound("g1H2I3j4k5L6", ServiceError.ROOM)),
        Arguments.of("not found, logging configuration",
            ServiceError.notFound("ABcdef34ghIJ", ServiceError.LOGGING_CONFIGURATION)),
        Arguments.of("conflict", ServiceError.conflict("ABcdef34ghIJ",
            ServiceError.LOGGING_CONFIGURATION, "Logging configuration is not ACTIVE")),
        Arguments.of("quota exceeded", ServiceError.quotaExceeded("123456789012",
            ServiceError.LOGGING_CONFIGURATION, 10, "Limit of 10 logging configurations")),
        Arguments.of("throttling", ServiceError.throttling(100)),
        Arguments.of("throttling, a room", ServiceError.throttling("g1H2I3j4k5L6",
            ServiceError.ROOM, 5)),
        Arguments.of("access denied", ServiceError.accessDenied()),
        Arguments.of("pending verification", ServiceError.pendingVerification()),
        Arguments.of("internal server", ServiceError.internalServer()),
        Arguments.of("a code the SDK does not model", new ServiceError(
            "UnrecognizedClientException", 403, false,
            "The security token included in the request is invalid.", null, List.of(), null,
            null, null)),
        Arguments.of("a message that needs escaping", ServiceError.validationOther(
            "bad \"name\" \\ – ünïcode ✓\n\tnext line")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void the_sync_fake_throws_what_the_real_client_throws(String kind, ServiceError error) {
    FakeIvschatClient fake = new FakeIvschatClient();
    fake.faults().on(Operation.CREATE_ROOM).fail(error);
    AwsServiceException fromFake = catchThrowableOfType(AwsServiceException.class,
        () -> fake.createRoom(r -> r.name("lobby")));

    WireErrors.answer(service, error, fromFake.requestId());
    AwsServiceException fromReal = catchThrowableOfType(AwsServiceException.class,
        () -> realSync.createRoom(r -> r.name("lobby")));

    assertSame(fromFake, fromReal);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void the_async_fake_fails_its_future_as_the_real_client_does(String kind, ServiceError error) {
    try (FakeIvschatAsyncClient fake = new FakeIvschatAsyncClient()) {
      fake.faults().on(Operation.CREATE_ROOM).fail(error);
      Throwable fromFake = fake.createRoom(r -> r.name("lobby")).handle((v, t) -> t).join();
      String requestId = ((AwsServiceException) fromFake.getCause()).requestId();

      WireErrors.answer(service, error, requestId);
      Throwable fromReal = realAsync.createRoom(r -> r.name("lobby")).handle((v, t) -> t).join();

      assertThat(fromReal).isExactlyInstanceOf(CompletionException.class);
      assertThat(fromFake).isExactlyInstanceOf(CompletionException.class)
          .hasMessage(fromReal.getMessage());
      assertSame((AwsServiceException) fromFake.getCause(),
          (AwsServiceException) fromReal.getCause());
    }
  }

  static Stream<Arguments> engineErrors() {
    return Stream.of(
        Arguments.of("GetRoom of a room that does not exist", (Consumer<FakeIvschatClient>)
            f -> f.getRoom(r -> r.identifier(
                "arn:aws:ivschat:us-east-1:123456789012:room/g1H2I3j4k5L6"))),
        Arguments.of("CreateRoom with a bad name and rate", (Consumer<FakeIvschatClient>)
            f -> f.createRoom(r -> r.name("not valid!").maximumMessageRatePerSecond(0))),
        Arguments.of("GetRoom with a bare id", (Consumer<FakeIvschatClient>)
            f -> f.getRoom(r -> r.identifier("g1H2I3j4k5L6"))),
        Arguments.of("a second logging configuration over a quota of one",
            (Consumer<FakeIvschatClient>) f -> {
              f.createLoggingConfiguration(r -> r.destinationConfiguration(
                  d -> d.s3(s -> s.bucketName("logs-bucket"))));
              f.createLoggingConfiguration(r -> r.destinationConfiguration(
                  d -> d.s3(s -> s.bucketName("logs-bucket"))));
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engineErrors")
  void errors_the_engine_raises_itself_look_the_same(String what,
      Consumer<FakeIvschatClient> failingCall) {
    FakeIvschatClient fake = FakeIvschatClient.builder()
        .quotas(Quotas.defaults().withMaxLoggingConfigurations(1)).build();
    AwsServiceException fromFake = catchThrowableOfType(AwsServiceException.class,
        () -> failingCall.accept(fake));
    ServiceError error = fake.lastCalls(1).get(0).error();

    WireErrors.answer(service, error, fromFake.requestId());
    AwsServiceException fromReal = catchThrowableOfType(AwsServiceException.class,
        () -> realSync.createRoom(r -> r.name("lobby")));

    assertSame(fromFake, fromReal);
  }

  private static void assertSame(AwsServiceException fromFake, AwsServiceException fromReal) {
    assertThat(fromFake).isNotNull();
    assertThat(fromReal).isNotNull();
    int status = fromReal.statusCode();
    boolean realSentPhrase =
        !fromReal.awsErrorDetails().sdkHttpResponse().statusText().orElse("").isEmpty();
    assertThat(ExceptionFields.of(fromFake, realSentPhrase))
        .isEqualTo(ExceptionFields.of(fromReal, realSentPhrase));
    if (!realSentPhrase) {
      assertThat(fromFake.awsErrorDetails().sdkHttpResponse().statusText())
          .contains(STANDARD_PHRASES.get(status));
    }
  }
}
