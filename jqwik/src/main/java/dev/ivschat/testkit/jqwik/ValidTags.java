package dev.ivschat.testkit.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates valid tag maps (at most 50 tags, keys of 1 to 128 and values of 0 to 256 characters,
 * no {@code aws:} key) for a {@code Map<String, String>} parameter, as
 * {@link IvsChatArbitraries#tagMaps()} does.
 *
 * <pre>{@code
 * @Property
 * void example(@ForAll @ValidTags Map<String, String> tags) { ... }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ValidTags {
}
