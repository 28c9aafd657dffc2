package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.internal.ShouldHaveLogged.shouldHaveLogged;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.ivschat.testkit.ChatFrame;
import dev.ivschat.testkit.ChatLogRecord;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on what chat logging destinations received: a list of {@link ChatLogRecord}s, such
 * as {@code chatLog("my-bucket")} or {@code chatLogs()} of the fake. A failure lists the records.
 *
 * <pre>{@code
 * assertThat(fake).chatLog("my-bucket").hasRecordCount(2).loggedMessage("hi");
 * assertThat(fake).chatLog("my-bucket").messages().containsExactly("hi");
 * }</pre>
 */
public class ChatLogAssert extends AbstractAssert<ChatLogAssert, List<ChatLogRecord>> {
  private Navigation navigation = Navigation.HARD;
  private String log = "chat log";

  /**
   * An assert on chat log records.
   *
   * @param actual the records, oldest first
   */
  public ChatLogAssert(List<ChatLogRecord> actual) {
    super(actual, ChatLogAssert.class);
  }

  /**
   * Verifies that the actual value is not null.
   *
   * @return this assertion object
   * @throws AssertionError if it is null
   */
  @Override
  public ChatLogAssert isNotNull() {
    if (actual == null) {
      throwAssertionError(shouldNotBeNull());
    }
    return myself;
  }

  ChatLogAssert navigation(Navigation navigation) {
    this.navigation = navigation;
    return this;
  }

  ChatLogAssert log(String name) {
    this.log = name;
    return this;
  }

  /**
   * Verifies the number of records.
   *
   * @param expected the expected number
   * @return this assertion object
   * @throws AssertionError if there are more or fewer; the message lists them
   */
  public ChatLogAssert hasRecordCount(int expected) {
    isNotNull();
    if (actual.size() != expected) {
      throwAssertionError(shouldHaveLogged(log, expected + " record(s)", actual));
    }
    return myself;
  }

  /**
   * Verifies that nothing was logged.
   *
   * @return this assertion object
   * @throws AssertionError if something was; the message lists it
   */
  public ChatLogAssert hasNoRecords() {
    isNotNull();
    if (!actual.isEmpty()) {
      throwAssertionError(shouldHaveLogged(log, "nothing", actual));
    }
    return myself;
  }

  /**
   * Verifies that a MESSAGE with this content was logged.
   *
   * @param content the content
   * @return this assertion object
   * @throws AssertionError if none was; the message lists the records
   */
  public ChatLogAssert loggedMessage(String content) {
    return logged(ChatFrame.Message.class, m -> m.content().equals(content),
        "a MESSAGE \"" + content + "\"");
  }

  /**
   * Verifies that an EVENT with this name was logged.
   *
   * @param eventName the event name
   * @return this assertion object
   * @throws AssertionError if none was; the message lists the records
   */
  public ChatLogAssert loggedEvent(String eventName) {
    return logged(ChatFrame.Event.class, e -> e.eventName().equals(eventName),
        "an EVENT " + eventName);
  }

  /**
   * Navigates to the contents of the logged MESSAGEs, oldest first.
   *
   * @return an assert on the contents
   */
  public ListAssert<String> messages() {
    return navigate(records -> records.stream().map(ChatLogRecord::payload)
        .filter(ChatFrame.Message.class::isInstance).map(f -> ((ChatFrame.Message) f).content())
        .toList());
  }

  /**
   * Navigates to the names of the logged EVENTs, oldest first.
   *
   * @return an assert on the event names
   */
  public ListAssert<String> events() {
    return navigate(records -> records.stream().map(ChatLogRecord::payload)
        .filter(ChatFrame.Event.class::isInstance).map(f -> ((ChatFrame.Event) f).eventName())
        .toList());
  }

  /**
   * Navigates to the records themselves, for AssertJ's list assertions.
   *
   * @return an assert on the records
   */
  public ListAssert<ChatLogRecord> records() {
    return navigate(records -> records);
  }

  private <T> ListAssert<T> navigate(Function<List<ChatLogRecord>, List<T>> values) {
    if (actual == null) {
      navigation.fail(assertionError(shouldNotBeNull()));
    }
    return navigation.list(actual == null ? null : values.apply(actual), this);
  }

  private <T extends ChatFrame> ChatLogAssert logged(Class<T> type, Predicate<T> matches,
      String expected) {
    isNotNull();
    if (actual.stream().map(ChatLogRecord::payload).filter(type::isInstance).map(type::cast)
        .noneMatch(matches)) {
      throwAssertionError(shouldHaveLogged(log, expected, actual));
    }
    return myself;
  }
}
