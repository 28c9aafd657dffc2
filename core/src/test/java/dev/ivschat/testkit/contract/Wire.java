package dev.ivschat.testkit.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds and edits operation inputs in the wire vocabulary of {@link ContractTarget#call}. */
public final class Wire {
  private Wire() {
  }

  /**
   * A mutable input or structure of the given members; a null value leaves its member unset.
   *
   * @param membersAndValues member name, value, member name, value, ...
   * @return the members
   */
  public static Map<String, Object> of(Object... membersAndValues) {
    if (membersAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("members and values come in pairs");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < membersAndValues.length; i += 2) {
      if (membersAndValues[i + 1] != null) {
        map.put((String) membersAndValues[i], membersAndValues[i + 1]);
      }
    }
    return map;
  }

  /** The destination union of an S3 bucket. */
  public static Map<String, Object> s3(String bucketName) {
    return of("s3", of("bucketName", bucketName));
  }

  /** The destination union of a CloudWatch Logs group. */
  public static Map<String, Object> cloudWatchLogs(String logGroupName) {
    return of("cloudWatchLogs", of("logGroupName", logGroupName));
  }

  /** The destination union of a Firehose delivery stream. */
  public static Map<String, Object> firehose(String deliveryStreamName) {
    return of("firehose", of("deliveryStreamName", deliveryStreamName));
  }

  /** The bare id at the end of an ARN. */
  public static String id(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  /**
   * Sets the member at a path of an operation's input, making the structures on the way; a null
   * value unsets the member. Descending into one member of a union unsets its other members, so
   * the union stays valid.
   *
   * @param input the operation's input, changed in place
   * @param inputShape its shape in the model
   * @param path the member, e.g. {@code [destinationConfiguration, s3, bucketName]}
   * @param value the wire value
   * @param model the model
   */
  @SuppressWarnings("unchecked")
  public static void set(Map<String, Object> input, String inputShape, List<String> path,
      Object value, ServiceModel model) {
    Map<String, Object> target = input;
    String shape = inputShape;
    for (int i = 0; i < path.size() - 1; i++) {
      String member = path.get(i);
      String childShape = model.memberShape(shape, member);
      Map<String, Object> child = (Map<String, Object>) target.get(member);
      if (child == null) {
        child = new LinkedHashMap<>();
        target.put(member, child);
      }
      if (model.isUnion(childShape)) {
        child.keySet().retainAll(List.of(path.get(i + 1)));
      }
      target = child;
      shape = childShape;
    }
    String last = path.get(path.size() - 1);
    model.memberShape(shape, last);
    if (value == null) {
      target.remove(last);
    } else {
      target.put(last, value);
    }
  }
}
