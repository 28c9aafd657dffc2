/**
 * The implementation of the JUnit extension: settings, store entries, injection, diagnostics.
 *
 * <p>Internal: no compatibility promise. Use {@link dev.ivschat.testkit.junit5.IvsChatExtension}
 * and {@link dev.ivschat.testkit.junit5.IvsChatTest} instead.
 */
package dev.ivschat.testkit.junit5.internal;
