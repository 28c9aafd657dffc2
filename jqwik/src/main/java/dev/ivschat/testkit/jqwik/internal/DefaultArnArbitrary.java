package dev.ivschat.testkit.jqwik.internal;

import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.ServiceConstraints.Constraint;
import dev.ivschat.testkit.jqwik.ArnArbitrary;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** ARNs of rooms, logging configurations or Lambda functions. */
public final class DefaultArnArbitrary extends ArbitraryDecorator<String> implements ArnArbitrary {
  /** The regions where IVS Chat is offered (AWS General Reference). */
  public static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "ap-south-1",
      "ap-northeast-1", "ap-northeast-2", "eu-central-1", "eu-west-1");

  private final String service;
  private final String resourceType;
  private final Constraint constraint;
  private final Arbitrary<String> resourceIds;
  private final int longestId;
  private String region;
  private String account;

  private DefaultArnArbitrary(String service, String resourceType, Constraint constraint,
      Arbitrary<String> resourceIds, int longestId) {
    this.service = service;
    this.longestId = longestId;
    this.resourceType = resourceType;
    this.constraint = constraint;
    this.resourceIds = resourceIds;
  }

  /**
   * Room ARNs.
   *
   * @return the arbitrary
   */
  public static DefaultArnArbitrary rooms() {
    return new DefaultArnArbitrary("ivschat", "room/", Model.ROOM_IDENTIFIER, ids(), 12);
  }

  /**
   * Logging-configuration ARNs.
   *
   * @return the arbitrary
   */
  public static DefaultArnArbitrary loggingConfigurations() {
    return new DefaultArnArbitrary("ivschat", "logging-configuration/",
        Model.LOGGING_CONFIGURATION_IDENTIFIER, ids(), 12);
  }

  /**
   * Lambda function ARNs, as message review handlers name them.
   *
   * @return the arbitrary
   */
  public static DefaultArnArbitrary lambdaFunctions() {
    return new DefaultArnArbitrary("lambda", "function:", Model.LAMBDA_ARN,
        Gen.strings(Alphabets.NAME, 1, 64), 64);
  }

  /**
   * Ids as the service makes them: 12 characters of {@code [a-zA-Z0-9]}.
   *
   * @return the ids
   */
  public static Arbitrary<String> ids() {
    return Gen.strings(Alphabets.ALNUM, 12, 12);
  }

  @Override
  protected Arbitrary<String> arbitrary() {
    Arbitrary<String> regions = region != null ? Arbitraries.just(region) : Arbitraries.of(REGIONS);
    Arbitrary<String> accounts = account != null ? Arbitraries.just(account)
        : Gen.withBoundaries(Arbitraries.strings().numeric().ofLength(12),
            List.of(IvsChatConfig.DEFAULT_ACCOUNT_ID));
    Arbitrary<String> random = Combinators.combine(regions, accounts, resourceIds)
        .as(this::arn);
    String prefix = prefix(region != null ? region : IvsChatConfig.DEFAULT_REGION,
        account != null ? account : IvsChatConfig.DEFAULT_ACCOUNT_ID);
    String longest = prefix + "a".repeat(constraint.max() - prefix.length());
    return Gen.withBoundaries(random, List.of(longest));
  }

  @Override
  public ArnArbitrary inRegion(String newRegion) {
    IvsChatConfig.builder().region(newRegion);
    checkLength(newRegion, account != null ? account : IvsChatConfig.DEFAULT_ACCOUNT_ID);
    DefaultArnArbitrary clone = typedClone();
    clone.region = newRegion;
    return clone;
  }

  @Override
  public ArnArbitrary inAccount(String accountId) {
    IvsChatConfig.builder().accountId(accountId);
    DefaultArnArbitrary clone = typedClone();
    clone.account = accountId;
    return clone;
  }

  private void checkLength(String r, String a) {
    int room = constraint.max() - prefix(r, a).length();
    if (room < longestId) {
      throw new IllegalArgumentException("region '" + r + "' leaves room for only " + room
          + " of the " + longestId + " id characters in an ARN of at most " + constraint.max()
          + " characters");
    }
  }

  private String arn(String r, String a, String id) {
    return prefix(r, a) + id;
  }

  private String prefix(String r, String a) {
    return "arn:aws:" + service + ":" + r + ":" + a + ":" + resourceType;
  }
}
