package dev.ivschat.testkit.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates valid reasons (1 to 256 characters) for a {@code String} parameter, as
 * {@link IvsChatArbitraries#reasons()} does.
 *
 * <pre>{@code
 * @Property
 * void example(@ForAll @ValidReason String reason) { ... }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ValidReason {
}
