package com.example.chat;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import java.util.Map;

/** A small piece of application code that uses IVS Chat: what the README's examples test. */
public class Moderation {
  private final Amazonivschat ivschat;

  public Moderation(Amazonivschat ivschat) {
    this.ivschat = ivschat;
  }

  /** Disconnects a user and tells the room why. */
  public void ban(String roomArn, String userId) {
    ivschat.disconnectUser(new DisconnectUserRequest().withRoomIdentifier(roomArn)
        .withUserId(userId).withReason("banned"));
    ivschat.sendEvent(new SendEventRequest().withRoomIdentifier(roomArn)
        .withEventName("app:banned").withAttributes(Map.of("userId", userId)));
  }
}
