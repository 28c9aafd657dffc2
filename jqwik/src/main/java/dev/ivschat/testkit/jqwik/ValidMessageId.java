package dev.ivschat.testkit.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates valid message ids (12 characters of {@code [a-zA-Z0-9]}) for a {@code String}
 * parameter, as
 * {@link IvsChatArbitraries#messageIds()} does.
 *
 * <pre>{@code
 * @Property
 * void example(@ForAll @ValidMessageId String messageId) { ... }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ValidMessageId {
}
