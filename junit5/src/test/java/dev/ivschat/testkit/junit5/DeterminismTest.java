package dev.ivschat.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.junit5.internal.Seeds;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Ids and tokens follow from the test's identity, or from a seed the test sets. */
class DeterminismTest {

  static void publishIds(Amazonivschat client, IvsChatConfig config, TestReporter reporter) {
    String arn = client.createRoom(new CreateRoomRequest()).getArn();
    String token = client.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(arn)
        .withUserId("u")).getToken();
    reporter.publishEntry(Map.of("arn", arn, "token", token,
        "seed", Long.toString(config.idSeed())));
  }

  @Fixture
  @IvsChatTest
  static class SeededFromTestId {
    @Test
    void first(Amazonivschat client, IvsChatConfig config, TestReporter reporter) {
      publishIds(client, config, reporter);
    }

    @Test
    void second(Amazonivschat client, IvsChatConfig config, TestReporter reporter) {
      publishIds(client, config, reporter);
    }

    @RepeatedTest(2)
    void repeated(Amazonivschat client, IvsChatConfig config, TestReporter reporter) {
      publishIds(client, config, reporter);
    }
  }

  @Test
  void a_test_gets_the_same_ids_and_tokens_on_every_run_and_other_tests_other_ones() {
    EngineExecutionResults run1 = Fixtures.run(SeededFromTestId.class);
    EngineExecutionResults run2 = Fixtures.run(SeededFromTestId.class);

    Map<String, String> arns = Fixtures.published(run1, "arn");
    assertThat(arns).hasSize(4);
    assertThat(Fixtures.published(run2, "arn")).isEqualTo(arns);
    assertThat(Fixtures.published(run2, "token")).isEqualTo(Fixtures.published(run1, "token"));
    assertThat(arns.values()).doesNotHaveDuplicates();
  }

  @Test
  void the_seed_is_the_stable_hash_of_the_unique_id() {
    Map<String, String> seeds = Fixtures.published(Fixtures.run(SeededFromTestId.class), "seed");

    seeds.forEach((uniqueId, seed) ->
        assertThat(Long.parseLong(seed)).as(uniqueId).isEqualTo(Seeds.of(uniqueId)));
  }

  @Test
  void the_seed_ignores_the_engines_above_jupiter_so_it_is_the_same_inside_a_suite() {
    String id = "[class:com.example.OrderTest]/[method:pays()]";

    assertThat(Seeds.of("[engine:junit-jupiter]/" + id)).isEqualTo(Seeds.of(id))
        .isEqualTo(Seeds.of("[engine:junit-platform-suite]/[suite:com.example.AllTests]/"
            + "[engine:junit-jupiter]/" + id))
        .isNotEqualTo(Seeds.of("[engine:junit-jupiter]/[class:com.example.OrderTest]/"
            + "[method:refunds()]"));
  }

  @Test
  void the_seed_derivation_never_changes_between_releases() {
    // FNV-1a 64 of "[class:com.example.OrderTest]/[method:pays()]", then SplitMix64's finaliser,
    // computed independently of this code.
    assertThat(Seeds.of("[engine:junit-jupiter]/[class:com.example.OrderTest]/[method:pays()]"))
        .isEqualTo(-7814855516266581820L);
  }

  @Fixture
  @IvsChatTest(idSeed = 42)
  static class FixedSeed {
    @Test
    void first(Amazonivschat client, IvsChatConfig config, TestReporter reporter) {
      publishIds(client, config, reporter);
    }

    @Test
    void second(Amazonivschat client, IvsChatConfig config, TestReporter reporter) {
      publishIds(client, config, reporter);
    }
  }

  @Test
  void a_seed_attribute_gives_every_test_that_seed() {
    String expected = new FakeAmazonivschat(IvsChatConfig.builder().idSeed(42).build())
        .createRoom(new CreateRoomRequest()).getArn();

    assertThat(Fixtures.published(Fixtures.run(FixedSeed.class), "arn").values())
        .containsExactly(expected, expected);
  }
}
