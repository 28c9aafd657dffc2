package dev.ivschat.testkit.junit5.internal;

import dev.ivschat.testkit.FrontDoor;
import dev.ivschat.testkit.RemoteFrontDoor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The installed front doors (and the remote one of server mode) as the extension sees them: whose
 * client a type is, and lists.
 */
final class Doors {
  private Doors() {
  }

  /** The installed front door that makes clients of exactly this type. */
  static Optional<FrontDoor> owning(Class<?> type) {
    return FrontDoor.installed().stream().filter(d -> d.clientTypes().contains(type)).findFirst();
  }

  /** What an installed front door says about a type a test declared by mistake. */
  static Optional<String> misuse(Class<?> type) {
    return FrontDoor.installed().stream().map(d -> d.misuse(type)).filter(Objects::nonNull)
        .findFirst();
  }

  /** Whether the installed remote front door (the local server) makes clients of this type. */
  static boolean remoteOwns(Class<?> type) {
    RemoteFrontDoor door = Servers.door();
    return door != null && door.clientTypes().contains(type);
  }

  /**
   * The client types of a remote front door, e.g. {@code "Amazonivschat, IvsChatServer and
   * ServerAccount"}.
   */
  static String clientTypes(RemoteFrontDoor door) {
    return Names.and(door.clientTypes().stream().map(Class::getSimpleName)
        .collect(Collectors.toList()));
  }

  /**
   * The client types of every installed front door, e.g. {@code "Amazonivschat,
   * AmazonivschatAsync, FakeAmazonivschat and FakeAmazonivschatAsync (AWS SDK for Java v1)"},
   * one group per front door, or null when none is installed.
   */
  static String clientTypes() {
    List<FrontDoor> doors = FrontDoor.installed();
    if (doors.isEmpty()) {
      return null;
    }
    return doors.stream().map(d -> Names.and(d.clientTypes().stream().map(Class::getSimpleName)
        .collect(Collectors.toList())) + " (" + d.name() + ")").collect(Collectors.joining("; "));
  }
}
