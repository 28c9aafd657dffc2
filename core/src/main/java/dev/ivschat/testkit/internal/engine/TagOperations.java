package dev.ivschat.testkit.internal.engine;

import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.LoggingConfiguration;
import dev.ivschat.testkit.Room;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TagResource, UntagResource and ListTagsForResource, on rooms and logging configurations alike.
 * Tagging does not change a resource's {@code updateTime}.
 */
public final class TagOperations {
  private static final int MAX_TAGS = 50;
  private final State state;

  TagOperations(State state) {
    this.state = state;
  }

  /**
   * TagResource: merges the tags into the resource's, refusing a result of more than 50 tags.
   *
   * @param c the call
   * @param in the request
   */
  public Void tag(CallContext c, IvsChatRequest.TagResource in) {
    state.validator.tagResource(in);
    Map<String, String> merged = new LinkedHashMap<>(tagsOf(in.resourceArn()));
    merged.putAll(in.tags());
    if (merged.size() > MAX_TAGS) {
      Violations v = new Violations();
      v.add("tags", null, "A resource can have at most " + MAX_TAGS + " tags; it has "
          + tagsOf(in.resourceArn()).size() + " and the request would bring it to "
          + merged.size());
      throw v.toException();
    }
    setTags(in.resourceArn(), merged);
    return null;
  }

  /**
   * UntagResource: removes the keys; keys the resource does not have are ignored (the operation is
   * idempotent).
   *
   * @param c the call
   * @param in the request
   */
  public Void untag(CallContext c, IvsChatRequest.UntagResource in) {
    state.validator.untagResource(in);
    Map<String, String> rest = new LinkedHashMap<>(tagsOf(in.resourceArn()));
    rest.keySet().removeAll(in.tagKeys());
    setTags(in.resourceArn(), rest);
    return null;
  }

  /**
   * ListTagsForResource.
   *
   * @param c the call
   * @param in the request
   * @return the tags
   */
  public Map<String, String> list(CallContext c, IvsChatRequest.ListTagsForResource in) {
    state.validator.listTagsForResource(in);
    return tagsOf(in.resourceArn());
  }

  private Map<String, String> tagsOf(String arn) {
    return state.arns.isRoomArn(arn) ? state.requireRoom(arn).tags()
        : state.requireLoggingConfiguration(arn).tags();
  }

  private void setTags(String arn, Map<String, String> tags) {
    if (state.arns.isRoomArn(arn)) {
      Room r = state.requireRoom(arn);
      state.rooms.replaceInPlace(r.id(), r.withTags(tags));
    } else {
      LoggingConfiguration lc = state.requireLoggingConfiguration(arn);
      state.loggingConfigurations.replaceInPlace(lc.id(), lc.withTags(tags));
    }
  }
}
