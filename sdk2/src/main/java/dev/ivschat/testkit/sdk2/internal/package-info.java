/**
 * Translation between the AWS SDK for Java v2 {@code ivschat} model and the SDK-neutral engine
 * of {@code ivschat-testkit-core}: requests in, responses and exceptions out, and what the real
 * client's marshaller and HTTP layer add. Internal: no compatibility promise; use the types of
 * {@link dev.ivschat.testkit.sdk2} instead.
 */
package dev.ivschat.testkit.sdk2.internal;
