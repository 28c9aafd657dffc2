package dev.ivschat.testkit.sdk2.internal;

import dev.ivschat.testkit.Room;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.services.ivschat.model.RoomSummary;

/**
 * The v2 {@link RoomSummary} of each room snapshot, made once. v2 model objects are immutable and
 * so are the engine's snapshots (a change makes a new one), so a summary can be handed to every
 * caller that lists the same snapshot; a listing of unchanged rooms then builds nothing. Entries
 * are keyed by ARN and checked by snapshot identity, so a changed room, or the same ARN in another
 * fake, is built afresh. Bounded: past {@value #MAX_ENTRIES} entries the cache starts over.
 */
final class RoomSummaries {
  private static final int MAX_ENTRIES = 100_000;
  private static final ConcurrentHashMap<String, Entry> CACHE = new ConcurrentHashMap<>();

  private record Entry(Room room, RoomSummary summary) {
  }

  private RoomSummaries() {
  }

  static RoomSummary of(Room room, Function<Room, RoomSummary> build) {
    Entry entry = CACHE.get(room.arn());
    if (entry != null && entry.room == room) {
      return entry.summary;
    }
    RoomSummary summary = build.apply(room);
    if (CACHE.size() >= MAX_ENTRIES) {
      CACHE.clear();
    }
    CACHE.put(room.arn(), new Entry(room, summary));
    return summary;
  }
}
