package dev.ivschat.testkit.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates valid room names (0 to 128 characters of {@code [a-zA-Z0-9-_]}) for a
 * {@code String} parameter, as
 * {@link IvsChatArbitraries#roomNames()} does.
 *
 * <pre>{@code
 * @Property
 * void example(@ForAll @ValidRoomName String name) { ... }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ValidRoomName {
}
