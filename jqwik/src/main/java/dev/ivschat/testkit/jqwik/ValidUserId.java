package dev.ivschat.testkit.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates valid chat user ids (1 to 128 characters) for a {@code String} parameter, as
 * {@link IvsChatArbitraries#userIds()} does.
 *
 * <pre>{@code
 * @Property
 * void example(@ForAll @ValidUserId String userId) { ... }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ValidUserId {
}
