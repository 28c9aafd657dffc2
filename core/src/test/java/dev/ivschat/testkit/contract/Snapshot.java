package dev.ivschat.testkit.contract;

import dev.ivschat.testkit.ChatToken;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.SentEvent;
import java.util.List;

/** Everything a fake stores, to show that a rejected call stored nothing. */
record Snapshot(List<Room> rooms, List<LoggingConfiguration> loggingConfigurations,
    List<ChatToken> chatTokens, List<SentEvent> sentEvents) {

  static Snapshot of(IvsChatControl control) {
    return new Snapshot(control.rooms(), control.loggingConfigurations(), control.chatTokens(),
        control.sentEvents());
  }
}
