package dev.ivschat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.ServiceConstraints;
import dev.ivschat.testkit.internal.engine.Shape;
import dev.ivschat.testkit.internal.engine.Shapes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The engine's one constraint table against the service model, shape by shape. */
class ShapesTableTest {
  private static final ServiceModel MODEL = ServiceModel.get();

  @TestFactory
  Stream<DynamicTest> each_shape_of_the_table_has_exactly_the_model_constraints() {
    return Shapes.MODEL_SHAPES.values().stream().map(shape -> DynamicTest.dynamicTest(
        shape.name() + " matches the model", () -> {
          String name = shape.name();
          assertThat(shape.type()).as("type").isEqualTo(MODEL.type(name));
          assertThat(shape.min()).as("min").isEqualTo(MODEL.min(name));
          assertThat(shape.max()).as("max").isEqualTo(MODEL.max(name));
          assertThat(shape.pattern()).as("pattern").isEqualTo(MODEL.pattern(name));
          assertThat(shape.enumValues()).as("enum").isEqualTo(MODEL.enumValues(name));
          assertThat(shape.sensitive()).as("sensitive").isEqualTo(MODEL.sensitive(name));
        }));
  }

  @TestFactory
  Stream<DynamicTest> the_public_constraint_view_shows_the_model_constraints() {
    return ServiceConstraints.shapeNames().stream().map(name -> DynamicTest.dynamicTest(name,
        () -> {
          ServiceConstraints.Constraint c = ServiceConstraints.of(name);
          assertThat(c.shape()).isEqualTo(name);
          assertThat(c.type()).isEqualTo(MODEL.type(name));
          assertThat(c.min()).isEqualTo(MODEL.min(name));
          assertThat(c.max()).isEqualTo(MODEL.max(name));
          assertThat(c.pattern()).isEqualTo(MODEL.pattern(name));
          assertThat(c.enumValues()).isEqualTo(MODEL.enumValues(name));
        }));
  }

  @Test
  void every_constrained_shape_an_operation_input_reaches_is_in_the_table() {
    Set<String> reachable = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    MODEL.operations().forEach(op -> todo.add(MODEL.inputShape(op)));
    while (!todo.isEmpty()) {
      String shape = todo.pop();
      if (!seen.add(shape)) {
        continue;
      }
      if (MODEL.constrained(shape)) {
        reachable.add(shape);
      }
      switch (MODEL.type(shape)) {
        case "structure" -> todo.addAll(MODEL.members(shape).values());
        case "list" -> todo.add(MODEL.listMember(shape));
        case "map" -> {
          todo.add(MODEL.mapKey(shape));
          todo.add(MODEL.mapValue(shape));
        }
        default -> {
        }
      }
    }

    assertThat(Shapes.MODEL_SHAPES.keySet()).containsAll(reachable);
    assertThat(reachable).contains("RoomIdentifier", "BucketName", "LambdaArn", "TagKey",
        "ResourceArn", "ChatTokenCapability");
  }

  @Test
  void the_models_resource_arn_pattern_matches_no_real_arn_which_is_why_the_fake_does_not_apply_it() {
    Pattern literal = Pattern.compile(MODEL.pattern("ResourceArn"));
    try (Fixture f = new Fixture(engine())) {
      assertThat(literal.matcher(f.roomArn).matches()).isFalse();
      assertThat(literal.matcher(f.loggingConfigurationArns.get(0)).matches()).isFalse();
    }
    assertThat(Shapes.TAGGABLE_ARN.pattern()).isNotEqualTo(Shapes.RESOURCE_ARN.pattern());
    assertThat(Shapes.TAGGABLE_ARN).extracting(Shape::min, Shape::max)
        .containsExactly(MODEL.min("ResourceArn"), MODEL.max("ResourceArn"));
  }

  @Test
  void tag_operations_accept_real_room_and_logging_configuration_arns() {
    try (Fixture f = new Fixture(engine())) {
      for (String arn : List.of(f.roomArn, f.loggingConfigurationArns.get(0))) {
        f.service.ok("TagResource", Wire.of("resourceArn", arn,
            "tags", Wire.of("team", "chat", "stage", "prod")));
        f.service.ok("UntagResource", Wire.of("resourceArn", arn, "tagKeys", List.of("stage")));

        assertThat(f.service.tagsOf(arn)).as(arn).containsExactly(Map.entry("team", "chat"));
      }
    }
  }

  private static Service engine() {
    return new Service(new EngineTarget(new IvsChat()), () -> { });
  }
}
