package dev.ivschat.testkit;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing, as the fake journals the outcome of {@code ListRooms} and
 * {@code ListLoggingConfigurations}.
 *
 * @param items the page's items
 * @param nextToken the token of the next page, or null on the last page
 * @param <T> {@link Room} or {@link LoggingConfiguration}
 */
public record Page<T>(List<T> items, String nextToken) {
  /**
   * Copies the items.
   *
   * @param items items
   * @param nextToken next token
   */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * The next token, if there is a next page.
   *
   * @return the token
   */
  public Optional<String> next() {
    return Optional.ofNullable(nextToken);
  }
}
