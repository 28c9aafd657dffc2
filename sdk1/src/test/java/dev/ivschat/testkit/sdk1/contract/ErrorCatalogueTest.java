package dev.ivschat.testkit.sdk1.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.AmazonServiceException.ErrorType;
import com.amazonaws.services.ivschat.model.AmazonivschatException;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.ServiceError;
import java.lang.reflect.Method;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every error shape of the model, built by the {@link ServiceError} catalogue and thrown by the
 * fake, arrives as the modelled v1 exception class with the model's HTTP status, fault side and
 * required members.
 */
class ErrorCatalogueTest {
  private static final ServiceModel MODEL = ServiceModel.get();

  @TestFactory
  Stream<DynamicTest> every_error_shape_of_the_model_is_thrown_as_its_v1_class_with_the_model_status() {
    return MODEL.shapeNames().stream()
        .filter(name -> MODEL.shape(name).path("exception").asBoolean(false))
        .map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
  }

  private static void check(String shape) throws ReflectiveOperationException {
    JsonNode model = MODEL.shape(shape);
    ServiceError error = catalogueEntry(shape);
    Fixture f = new Fixture();
    f.fake.faults().on(Operation.GET_ROOM).fail(error);

    AmazonivschatException e = catchThrowableOfType(AmazonivschatException.class,
        () -> f.fake.getRoom(new GetRoomRequest().withIdentifier(f.roomArn)));

    assertThat(e.getClass().getName()).isEqualTo(Fixture.MODEL_PACKAGE + shape
        + (shape.endsWith("Exception") ? "" : "Exception"));
    assertThat(e.getErrorCode()).isEqualTo(shape);
    assertThat(e.getStatusCode()).isEqualTo(model.get("error").get("httpStatusCode").asInt());
    assertThat(e.getErrorType()).isEqualTo(
        model.path("fault").asBoolean(false) ? ErrorType.Service : ErrorType.Client);
    assertThat(e.getServiceName()).isEqualTo("Amazonivschat");
    assertThat(e.getRequestId()).isNotBlank();
    assertThat(e.getErrorMessage()).isEqualTo(error.message());
    for (String member : MODEL.required(shape)) {
      if (!member.equals("message")) {
        Method getter = e.getClass().getMethod(
            "get" + Character.toUpperCase(member.charAt(0)) + member.substring(1));
        assertThat(getter.invoke(e)).as(member).isNotNull();
      }
    }
  }

  private static ServiceError catalogueEntry(String shape) {
    return switch (shape) {
      case "AccessDeniedException" -> ServiceError.accessDenied();
      case "ConflictException" -> ServiceError.conflict("g1H2I3j4k5L6", ServiceError.ROOM, "busy");
      case "InternalServerException" -> ServiceError.internalServer();
      case "PendingVerification" -> ServiceError.pendingVerification();
      case "ResourceNotFoundException" -> ServiceError.notFound("g1H2I3j4k5L6", ServiceError.ROOM);
      case "ServiceQuotaExceededException" ->
          ServiceError.quotaExceeded("123456789012", ServiceError.ROOM, 3, "too many");
      case "ThrottlingException" -> ServiceError.throttling(100);
      case "ValidationException" -> ServiceError.validation("name", "Member is bad");
      default -> throw new IllegalStateException(
          "The model has an error " + shape + " that the ServiceError catalogue does not build");
    };
  }
}
