package dev.ivschat.testkit.sdk2.internal;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Outcome;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.ivschat.model.IvschatRequest;
import software.amazon.awssdk.services.ivschat.model.IvschatResponse;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The steps of one call that the sync and async fakes share: translate the request, run it on the
 * engine, and turn the outcome into the v2 response or exception.
 */
public final class V2Calls {
  private V2Calls() {
  }

  /**
   * Translates a request as the client marshals it.
   *
   * @param request the caller's request
   * @param in the translation
   * @param <S> the v2 request type
   * @param <R> the result type
   * @return the neutral request
   * @throws NullPointerException for a null request, as the real client does
   * @throws software.amazon.awssdk.core.exception.SdkClientException where the real client's
   *     marshaller fails
   */
  public static <S extends IvschatRequest, R> IvsChatRequest<R> translate(S request,
      Function<S, ? extends IvsChatRequest<R>> in) {
    if (request == null) {
      throw V2ClientErrors.nullRequest();
    }
    return in.apply(request);
  }

  /**
   * Runs the call on the engine, journaling the v2 request itself (v2 requests are immutable, so
   * the journal's copy is the object).
   *
   * @param ivsChat the engine
   * @param neutral the neutral request
   * @param request the caller's request
   * @param <S> the v2 request type
   * @param <R> the result type
   * @return the outcome
   */
  public static <S extends IvschatRequest, R> Outcome<R> run(IvsChat ivsChat,
      IvsChatRequest<R> neutral, S request) {
    return ivsChat.call(neutral, request, UnaryOperator.identity());
  }

  /**
   * The response of a successful outcome, with the HTTP response and metadata the real client
   * sets; or the exception of a failed one.
   *
   * @param outcome the outcome
   * @param out builds the response's members from the result
   * @param <R> the result type
   * @param <T> the response type
   * @param <B> its builder type
   * @return the response
   * @throws software.amazon.awssdk.services.ivschat.model.IvschatException when the call failed
   */
  public static <R, T extends IvschatResponse,
      B extends IvschatResponse.Builder & SdkBuilder<B, T>> T respond(Outcome<R> outcome,
      Function<R, B> out) {
    if (outcome.failed()) {
      throw V2Exceptions.toV2(outcome.error(), outcome.requestId(), outcome.time());
    }
    B builder = out.apply(outcome.value());
    SdkHttpResponse http =
        V2Http.success(outcome.httpStatus(), outcome.requestId(), outcome.time());
    builder.sdkHttpResponse(http);
    builder.responseMetadata(V2Http.metadata(http, outcome.requestId()));
    return builder.build();
  }
}
