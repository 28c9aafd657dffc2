/**
 * The internals of the AssertJ assertions: the failure-message factories and the text that shows
 * the fake's state in them.
 *
 * <p><strong>No compatibility promise:</strong> everything in this package may change or disappear
 * in any release. Use {@link dev.ivschat.testkit.assertj.IvsChatAssertions} instead.
 */
package dev.ivschat.testkit.assertj.internal;
