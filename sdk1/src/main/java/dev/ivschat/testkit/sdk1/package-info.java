/**
 * The AWS SDK for Java v1 front door: {@link dev.ivschat.testkit.sdk1.FakeAmazonivschat} (an
 * {@code Amazonivschat}) and {@link dev.ivschat.testkit.sdk1.FakeAmazonivschatAsync} (an {@code
 * AmazonivschatAsync}) over the in-memory IVS Chat of {@code ivschat-testkit-core}. Each is also
 * the {@link dev.ivschat.testkit.IvsChatControl control surface} of the {@link
 * dev.ivschat.testkit.IvsChat} it works on; several front doors (v1 and v2) can share one.
 */
package dev.ivschat.testkit.sdk1;
