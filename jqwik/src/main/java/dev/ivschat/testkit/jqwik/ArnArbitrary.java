package dev.ivschat.testkit.jqwik;

import dev.ivschat.testkit.IvsChatConfig;
import net.jqwik.api.Arbitrary;

/**
 * ARNs of one resource type, in random regions and accounts unless fixed. Each method returns a
 * new arbitrary and leaves this one unchanged.
 *
 * <pre>{@code
 * Arbitrary<String> arns = IvsChatArbitraries.roomArns().inRegion("eu-west-1");
 * Arbitrary<String> ofTheFake = IvsChatArbitraries.roomArns().matching(fake.config());
 * }</pre>
 *
 * <p>Ids are 12 characters of {@code [a-zA-Z0-9]}, as the service makes them; one edge case fills
 * the ARN to the longest length the model allows.
 */
public interface ArnArbitrary extends Arbitrary<String> {

  /**
   * Fixes the region.
   *
   * @param region lower-case letters, digits and dashes, e.g. {@code eu-west-1}
   * @return a new arbitrary
   * @throws IllegalArgumentException when the region has another form or makes the ARN too long
   */
  ArnArbitrary inRegion(String region);

  /**
   * Fixes the account.
   *
   * @param accountId exactly 12 digits
   * @return a new arbitrary
   * @throws IllegalArgumentException when it is not 12 digits
   */
  ArnArbitrary inAccount(String accountId);

  /**
   * Fixes region and account to those of a fake's configuration.
   *
   * @param config the configuration, e.g. {@code fake.config()}
   * @return a new arbitrary
   */
  default ArnArbitrary matching(IvsChatConfig config) {
    return inRegion(config.region()).inAccount(config.accountId());
  }
}
