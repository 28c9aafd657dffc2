package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.junit5.IvsChatTest;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

// README: nested settings
@IvsChatTest(clockStart = "2025-01-01T00:00:00Z", idSeed = 7)
class NestedSettingsExampleTest {

  @Nested
  @IvsChatTest(region = "eu-west-1")               // names the region, inherits the rest
  class InEurope {
    @Test
    void the_region_is_its_own_and_the_clock_and_seed_the_outer_ones(IvsChatControl control) {
      assertThat(control.config().region()).isEqualTo("eu-west-1");
      assertThat(control.clock().instant()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
      assertThat(control.config().idSeed()).isEqualTo(7);
    }
  }
}
// README: end
