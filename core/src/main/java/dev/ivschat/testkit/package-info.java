/**
 * An in-memory Amazon IVS Chat for tests, independent of any AWS SDK: {@link
 * dev.ivschat.testkit.IvsChat} (one service, and its control surface {@link
 * dev.ivschat.testkit.IvsChatControl}), the operations' neutral requests ({@link
 * dev.ivschat.testkit.IvsChatRequest}) and results ({@link dev.ivschat.testkit.Room}, {@link
 * dev.ivschat.testkit.SentEvent}, ...), the error catalogue ({@link dev.ivschat.testkit.ServiceError}),
 * its configuration ({@link dev.ivschat.testkit.IvsChatConfig}) and the {@link
 * dev.ivschat.testkit.FrontDoor} SPI. The SDK fakes are in the modules {@code ivschat-testkit-sdk1}
 * and {@code ivschat-testkit-sdk2}.
 */
package dev.ivschat.testkit;
