/**
 * The implementation of the jqwik support.
 *
 * <p>Internal: no compatibility promise. Use the types of {@code dev.ivschat.testkit.jqwik}.
 */
package dev.ivschat.testkit.jqwik.internal;
