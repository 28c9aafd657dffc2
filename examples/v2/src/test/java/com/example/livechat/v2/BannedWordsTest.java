package com.example.livechat.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The review function on its own, as the review Lambda runs it. */
class BannedWordsTest {
  private final BannedWords banned = new BannedWords(List.of("heck", "darn it"));

  @Test
  void each_banned_word_is_masked_whatever_its_case_with_one_asterisk_a_character() {
    assertThat(banned.mask("Heck, HECK! darn it, Darn It"))
        .isEqualTo("****, ****! *******, *******");
  }

  @Test
  void a_word_that_only_contains_a_banned_word_is_left_alone() {
    assertThat(banned.mask("checkmate, darned")).isEqualTo("checkmate, darned");
  }

  @Test
  void text_that_looks_like_a_regex_replacement_is_kept_as_it_is() {
    assertThat(banned.mask("$1 \\ heck $0")).isEqualTo("$1 \\ **** $0");
  }

  @Test
  void no_words_or_a_blank_one_is_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new BannedWords(List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> new BannedWords(List.of("heck", " ")));
  }
}
