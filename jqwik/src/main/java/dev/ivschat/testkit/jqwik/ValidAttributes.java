package dev.ivschat.testkit.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates valid attribute maps (at most 1024 UTF-8 bytes of keys and values) for a
 * {@code Map<String, String>} parameter, as
 * {@link IvsChatArbitraries#attributeMaps()} does.
 *
 * <pre>{@code
 * @Property
 * void example(@ForAll @ValidAttributes Map<String, String> attributes) { ... }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ValidAttributes {
}
