/**
 * An in-memory Amazon IVS Chat for tests: {@link dev.ivschat.testkit.FakeAmazonivschat} (the SDK v1
 * {@code Amazonivschat}), {@link dev.ivschat.testkit.FakeAmazonivschatAsync}, and the control
 * surface {@link dev.ivschat.testkit.IvsChatControl} with its SDK-neutral snapshot types.
 */
package dev.ivschat.testkit;
