package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.IvsChatRequest.MessageReviewHandler;
import dev.ivschat.testkit.jqwik.Invalid;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Message review handlers: a Lambda ARN (or the empty string) and a fallback result. */
public final class Handlers {
  /** Field of the handler's uri. */
  public static final String URI = "messageReviewHandler.uri";
  /** Field of the handler's fallback result. */
  public static final String FALLBACK = "messageReviewHandler.fallbackResult";

  private Handlers() {
  }

  /**
   * Valid handlers: mostly a Lambda ARN, sometimes the empty uri (no handler), with or without a
   * fallback result.
   *
   * @return the handlers
   */
  public static Arbitrary<MessageReviewHandler> valid() {
    Arbitrary<String> uris = Arbitraries.frequencyOf(List.of(
        Tuple.of(9, DefaultArnArbitrary.lambdaFunctions()), Tuple.of(1, Arbitraries.just(""))));
    return Combinators.combine(uris, fallbacks()).as(Handlers::handler);
  }

  /**
   * Handlers wrong in the uri or in the fallback result.
   *
   * @return the invalid handlers
   */
  public static Arbitrary<Invalid<MessageReviewHandler>> invalid() {
    Arbitrary<Invalid<MessageReviewHandler>> badUri = Combinators.combine(invalidUris(), fallbacks())
        .as((bad, fallback) -> bad.map(uri -> handler(uri, fallback)));
    Arbitrary<Invalid<MessageReviewHandler>> badFallback = Combinators
        .combine(DefaultArnArbitrary.lambdaFunctions(),
            Violating.enumValues(FALLBACK, Model.FALLBACK_RESULT))
        .as((uri, bad) -> bad.map(fallback -> handler(uri, fallback)));
    return Gen.oneOf(List.of(badUri, badFallback));
  }

  /**
   * Handler uris that are too long or not a Lambda function ARN.
   *
   * @return the invalid uris, reported on {@code messageReviewHandler.uri}
   */
  public static Arbitrary<Invalid<String>> invalidUris() {
    int max = Model.LAMBDA_ARN.max();
    String prefix = "arn:aws:lambda:" + IvsChatConfig.DEFAULT_REGION + ":"
        + IvsChatConfig.DEFAULT_ACCOUNT_ID + ":function:";
    Arbitrary<Invalid<String>> tooLong = Gen.withBoundaries(
        Gen.strings(Alphabets.NAME, max + 1 - prefix.length(), max + 40 - prefix.length()),
        List.of("f".repeat(max + 1 - prefix.length())))
        .map(name -> prefix + name)
        .map(uri -> new Invalid<>(uri, URI, "has " + uri.length()
            + " characters, more than the maximum of " + max));
    Arbitrary<String> names = Gen.strings(Alphabets.NAME, 1, 30);
    return Gen.oneOf(List.of(tooLong,
        names.map(n -> new Invalid<>(n, URI, "is a bare function name, not an ARN")),
        names.map(n -> new Invalid<>("arn:aws:lambda:us-east-1:12345678901:function:" + n, URI,
            "has an 11-digit account; Lambda ARNs have 12")),
        names.map(n -> new Invalid<>(prefix.replace(":function:", ":layer:") + n, URI,
            "is a layer ARN, not a function ARN")),
        names.map(n -> new Invalid<>(prefix.replace("arn:aws:", "arn:aws-cn:") + n, URI,
            "is in the aws-cn partition, which the model's pattern does not allow")),
        Arbitraries.just(new Invalid<>(prefix, URI, "has no function name"))));
  }

  private static Arbitrary<String> fallbacks() {
    return Arbitraries.of(Model.FALLBACK_RESULT.enumValues()).injectNull(0.3);
  }

  private static MessageReviewHandler handler(String uri, String fallback) {
    return new MessageReviewHandler(uri, fallback);
  }
}
